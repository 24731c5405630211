import { z } from 'zod';
import { sourceRefSchema } from './source-ref.ts';
import { labelledFigureSchema } from './figure.ts';

/**
 * A statement in the site's own words, with the place in a source that supports it.
 * `note` flags what is unclear in the source; the page shows it as a note.
 */
export const sourcedTextSchema = z
  .object({
    tekst: z.string().min(3).describe('sagt med egne ord, ikke kopieret fra kilden'),
    kilde: sourceRefSchema,
    note: z.string().min(10).optional().describe('forbehold om det uklare i kilden'),
    tal: z.array(labelledFigureSchema).optional().describe('nøgletal der hører til udsagnet'),
  })
  .strict()
  .describe('et udsagn med egne ord og dets kilde');

export type SourcedText = z.infer<typeof sourcedTextSchema>;
