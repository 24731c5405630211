import { z } from 'zod';
import { partialDateSchema } from './approval.ts';

/**
 * A source document (one of the NGC documents the site is built from).
 * The entry's id is the document's file name without `.txt`; figures cite it by that id.
 * @example content/kilder/003_08ae25ce05e9eb9b.yaml
 */
export const sourceSchema = z
  .object({
    titel: z.string().min(5).describe('dokumentets titel på dansk'),
    fil: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: 'Filnavnet skal have formen 003_08ae25ce05e9eb9b.txt.' })
      .describe('filnavnet på kildedokumentet'),
    art: z
      .enum(['anbefalinger', 'beslutningsoplæg', 'rapport', 'mødereferat'])
      .describe('hvilken slags dokument'),
    udgiver: z.string().min(2).describe('hvem der har udgivet dokumentet'),
    dato: partialDateSchema.describe('dokumentets dato, så præcist som den kendes'),
    beskrivelse: z.string().min(20).describe('hvad dokumentet er, med egne ord'),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
