import { z } from 'zod';
import { sourceRefSchema } from './source-ref.ts';

/** Words the sources put in front of a figure; kept so the site states figures as the sources do. */
export const qualifiers = ['ca.', 'op til', 'højst', 'mindst', 'under', 'over'] as const;

/**
 * A figure exactly as a source states it, with its source.
 *
 * `til` turns the figure into a range ("15-20 %"). `tolerance` is the absolute slack that the
 * consistency checks allow for an approximate figure ("ca. 2.200" ± 10); it may not exceed what the
 * source's own rounding allows (scripts/checks/tolerance.ts).
 * @example { vaerdi: 2200, kvalifikator: 'ca.', tolerance: 10, kilde: { dokument: '003_08ae25ce05e9eb9b', sted: 'Resumé' } }
 */
function figureOf(value: z.ZodNumber) {
  return z
    .object({
      vaerdi: value,
      til: value.clone().optional().describe('øvre grænse, når kilden angiver et interval (fx 15-20)'),
      kvalifikator: z
        .enum(qualifiers)
        .optional()
        .describe('ord foran tallet i kilden, fx "ca." eller "op til"'),
      tolerance: z
        .number()
        .nonnegative()
        .optional()
        .describe('hvor meget summen af delene må afvige fra et omtrentligt tal; højst kildens afrunding'),
      kilde: sourceRefSchema,
      note: z
        .string()
        .min(10)
        .optional()
        .describe('forbehold som siden viser ved tallet, fx når kilden er uklar'),
    })
    .strict()
    .refine((f) => f.til === undefined || f.til >= f.vaerdi, {
      error: 'Et interval skal gå fra det mindste til det største tal: "til" er mindre end "vaerdi".',
      path: ['til'],
    });
}

export const figureSchema = figureOf(
  z.number().nonnegative().describe('tallet som kilden angiver det, uden enhed'),
).describe('et tal som kilden angiver det, med kilde');

/**
 * A count (patients, WGS, samples) as a source states it: a whole number. YAML reads the Danish
 * "1.450" as 1.45, so a count must be an integer for that slip to be caught.
 */
export const countSchema = figureOf(
  z
    .number()
    .int()
    .nonnegative()
    .describe('antallet som kilden angiver det: et helt tal uden punktum mellem tusinder, fx 1450'),
).describe('et antal som kilden angiver det, med kilde');

export type Figure = z.infer<typeof figureSchema>;

/** A figure with a label of its own, for lists of key figures (yield, turnaround …). */
export const labelledFigureSchema = z
  .object({
    betegnelse: z.string().min(3).describe('hvad tallet måler, fx "Acceptabel svartid ved aggressiv sygdom"'),
    enhed: z
      .enum([
        'patienter',
        'WGS',
        '%',
        'dage',
        'døgn',
        'uger',
        'år',
        'måneder',
        'x',
        'prøver',
        'score',
        // Counts the programme and evaluation pages report.
        'patientgrupper',
        'sygdomsområder',
        'publikationer',
        'patientcases',
        'personer',
        'møder',
        'specialistnetværk',
        // The rare-disease decision papers count diagnoses.
        'diagnoser',
        // The haematology recommendations count genes in prognostic scores and mutations per patient.
        'gener',
        'mutationer',
      ])
      .describe('tallets enhed'),
    tal: figureSchema.describe('tallet med kilde'),
  })
  .strict();

export type LabelledFigure = z.infer<typeof labelledFigureSchema>;
