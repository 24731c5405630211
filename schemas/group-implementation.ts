import { z } from 'zod';
import { countSchema, figureSchema } from './figure.ts';
import { partialDateSchema } from './approval.ts';

/**
 * How far a patient group's offer has come, as NGC reports it: samples sequenced since the start,
 * and the share of the expected number for newly referred patients over a stated period.
 * The period belongs to the share, so the page never shows the share without it.
 * @example { proever: { vaerdi: 5089, kilde }, andelAfForventet: { vaerdi: 44, kilde }, periode: { fra: '2023-11-01', til: '2024-05-01' } }
 */
export const groupImplementationSchema = z
  .object({
    proever: countSchema.describe('antal sekventerede prøver for gruppen siden opstarten'),
    andelAfForventet: figureSchema.describe(
      'indsendte prøver i procent af det forventede antal for nyhenviste',
    ),
    periode: z
      .object({
        fra: partialDateSchema.describe('første dag i perioden, som andelen gælder'),
        til: partialDateSchema.describe('sidste dag i perioden'),
      })
      .strict()
      .superRefine((p, ctx) => {
        if (p.fra >= p.til) {
          ctx.addIssue({
            code: 'custom',
            path: ['til'],
            message: `Perioden skal starte før den slutter, men "fra" (${p.fra}) ligger ikke før "til" (${p.til}). Byt om på datoerne.`,
          });
        }
      })
      .describe('perioden som andelen af det forventede gælder for'),
  })
  .strict();

export type GroupImplementation = z.infer<typeof groupImplementationSchema>;
