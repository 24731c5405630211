import { z } from 'zod';
import { sourcedTextSchema } from './sourced-text.ts';
import { sourceRefSchema } from './source-ref.ts';
import { groupRefSchema } from './group-ref.ts';

/** The countries the report compares Denmark with. */
export const comparisonCountries = ['England', 'Frankrig', 'Sverige'] as const;

/** The report's overlap ratings, in its own words, from most to least overlap. */
export const overlapRatings = ['stort set fuldt overlap', 'stort overlap'] as const;

const overlapRowSchema = groupRefSchema
  .extend({
    vurdering: z
      .enum(overlapRatings)
      .describe('rapportens vurdering af overlappet med indikationerne i udlandet'),
    note: z.string().min(10).optional(),
  })
  .strict();

const procedureRowSchema = z
  .object({
    land: z.enum(['Danmark', ...comparisonCountries]),
    tekst: z.string().min(10).describe('hvordan landet optager nye patientgrupper, med egne ord'),
    organer: z.array(z.string().min(2)).default([]).describe('de organer, kilden nævner ved navn'),
    link: z
      .url({ error: 'Skriv en fuld adresse, der begynder med https://.' })
      .optional()
      .describe('adresse, som kilden henviser til'),
    note: z.string().min(10).optional(),
  })
  .strict();

/**
 * The comparison of the Danish offer with England, France and Sweden (tables 3 and 4 of the
 * report), with its caveats. One entry: `content/international/international.yaml`.
 */
export const internationalComparisonSchema = z
  .object({
    titel: z.string().min(5),
    beskrivelse: z.string().min(20).max(300).describe('én til to sætninger til oversigter og søgeresultater'),
    formaal: sourcedTextSchema.describe('hvad sammenligningen skal vise'),
    landevalg: z.array(sourcedTextSchema).min(1).describe('hvorfor netop disse lande er valgt'),
    overlap: z
      .object({ kilde: sourceRefSchema, raekker: z.array(overlapRowSchema).min(1) })
      .strict()
      .describe('tabel 3: overlap mellem danske og udenlandske indikationer pr. gruppe'),
    procedurer: z
      .object({ kilde: sourceRefSchema, raekker: z.array(procedureRowSchema).min(1) })
      .strict()
      .describe('tabel 4: hvordan landene optager nye patientgrupper'),
    sammenfatning: z.array(sourcedTextSchema).min(1),
    forbehold: z.array(sourcedTextSchema).min(1).describe('hvad sammenligningen ikke siger; vises som noter'),
  })
  .strict()
  .superRefine((c, ctx) => {
    const groups = c.overlap.raekker.map((r) => r.navn);
    groups.forEach((g, i) => {
      if (groups.indexOf(g) !== i) {
        ctx.addIssue({
          code: 'custom',
          message: `Gruppen "${g}" står mere end én gang i tabellen over overlap. Slet den ene række.`,
          path: ['overlap', 'raekker', i, 'navn'],
        });
      }
    });
    const lands = c.procedurer.raekker.map((r) => r.land);
    lands.forEach((l, i) => {
      if (lands.indexOf(l) !== i) {
        ctx.addIssue({
          code: 'custom',
          message: `Landet "${l}" står mere end én gang i tabellen over procedurer. Slet den ene række.`,
          path: ['procedurer', 'raekker', i, 'land'],
        });
      }
    });
    for (const land of ['Danmark', ...comparisonCountries]) {
      if (!lands.includes(land as (typeof lands)[number])) {
        ctx.addIssue({
          code: 'custom',
          message: `Tabellen over procedurer mangler en række for ${land}. Danmark og alle tre sammenligningslande skal med.`,
          path: ['procedurer', 'raekker'],
        });
      }
    }
  });

export type InternationalComparison = z.infer<typeof internationalComparisonSchema>;
