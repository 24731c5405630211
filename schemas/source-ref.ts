import { z } from 'zod';

/**
 * Where in a source document a fact or figure comes from.
 *
 * Every figure on the site carries one, so a reader can open the document and find the place.
 * @example { dokument: '003_08ae25ce05e9eb9b', sted: 'Resumé af anbefalinger, s. 5' }
 */
export const sourceRefSchema = z
  .object({
    /** Id of an entry in `content/kilder/` (the seed file name without `.txt`). */
    dokument: z.string().min(1).describe('id på et kildedokument i content/kilder/ (filnavnet uden .txt)'),
    /** Section heading and/or page in the document, as a reader would look it up. */
    sted: z.string().min(3).describe('afsnit og/eller side i dokumentet, fx "Indikation 1, Antal patienter"'),
  })
  .strict()
  .describe('hvor oplysningen står: kildedokumentets id og stedet i dokumentet');

export type SourceRef = z.infer<typeof sourceRefSchema>;
