import { z } from 'zod';
import { sourceRefSchema } from './source-ref.ts';

/**
 * Something a clinician would look for that the sources do not say (kilderne siger det ikke),
 * stated plainly on the page. It names the documents that were read for it, so an editor can
 * check the claim and remove it when a new source fills the gap.
 * @example { emne: 'Kriterier for henvisning', tekst: 'Kilderne angiver ingen kriterier …', gennemset: [{ dokument: '001_7389b4ecaf307271', sted: 'Hele dokumentet' }] }
 */
export const sourceGapSchema = z
  .object({
    emne: z.string().min(3).describe('hvad der mangler, kort, fx "Kriterier for henvisning"'),
    tekst: z.string().min(20).describe('hvad kilderne ikke siger, og hvad de siger i stedet, med egne ord'),
    gennemset: z
      .array(sourceRefSchema)
      .min(1, { error: 'Angiv mindst ét dokument under "gennemset", så man kan se, hvor der er ledt.' })
      .describe('de dokumenter (og afsnit), der er læst uden at finde oplysningen'),
  })
  .strict();

export type SourceGap = z.infer<typeof sourceGapSchema>;
