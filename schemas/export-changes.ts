import { z } from 'zod';
import { sourceRefSchema } from './source-ref.ts';

/**
 * /data/aendringer.json: the change log of the indications and groups, as the pages and the feed show it.
 * Kept apart from export.ts: it comes from the version history, not only from the content.
 */
export const exportChangeSchema = z
  .object({
    id: z.string().describe('fast id for posten: ændringen og filen, eller noten'),
    dato: z.string().describe('tidspunktet for ændringen (ISO 8601), eller notens dato (ÅÅÅÅ-MM-DD)'),
    type: z
      .enum(['ændring', 'note'])
      .describe('"ændring" er beregnet ud fra versionshistorikken; "note" er skrevet af redaktionen'),
    side: z.enum(['indikation', 'gruppe']).describe('om posten gælder en indikation eller en patientgruppe'),
    sideId: z.string().describe('indikationens kode eller gruppens slug'),
    titel: z.string().describe('sidens navn'),
    gruppe: z.string().describe('patientgruppens slug'),
    url: z.string().describe('sidens adresse på sitet (for en fjernet side: gruppens side)'),
    aendringer: z
      .array(z.string())
      .describe('hvad der er ændret, én dansk sætning pr. ændring; for en note dens tekst'),
    commit: z.string().optional().describe('id på ændringen i versionshistorikken'),
    commitUrl: z.string().optional().describe('ændringen i versionshistorikken på GitHub'),
    kilde: sourceRefSchema.optional().describe('notens kilde, når redaktionen har angivet en'),
  })
  .strict()
  .describe('en ændring af en indikation eller en patientgruppe');

export const exportChangesSchema = z
  .object({
    historikMedtaget: z
      .boolean()
      .describe('false, når sitet er bygget uden versionshistorikken; så er kun redaktionens noter med'),
    aendringer: z.array(exportChangeSchema).describe('alle ændringer, nyeste først'),
  })
  .strict()
  .describe('ændringer i indikationer og patientgrupper');

export type ExportChanges = z.infer<typeof exportChangesSchema>;
