import { z } from 'zod';
import { sourceRefSchema } from './source-ref.ts';
import { sourcedTextSchema } from './sourced-text.ts';
import { figureSchema } from './figure.ts';
import { partialDateSchema } from './approval.ts';
import { picoSchema } from './pico.ts';

/**
 * One parameter of the steering group's evaluation model (model til belysning af klinisk effekt):
 * either implementation data (counts, process time) or one of the perspectives that show the effect.
 */
export const evaluationParameterSchema = z
  .object({
    navn: z.string().min(3).describe('parameterens navn, fx "Patientcases"'),
    omraade: z.enum(['implementering', 'effekt']).describe('implementeringsdata eller belysning af effekt'),
    tekst: z.string().min(10).describe('hvad parameteren belyser, med egne ord'),
    kilde: sourceRefSchema,
    note: z
      .string()
      .min(10)
      .optional()
      .describe('forbehold om parameteren, fx når kilden ikke siger, hvad der tælles'),
  })
  .strict();

/** A dated step or deadline in the work on a status report. */
export const milestoneSchema = z
  .object({
    dato: partialDateSchema.describe('datoen som ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM)'),
    tekst: z.string().min(5).describe('hvad der sker eller skal være gjort'),
    kilde: sourceRefSchema,
    note: z.string().min(10).optional().describe('forbehold, fx når kilden giver to forskellige frister'),
  })
  .strict();

/**
 * How a patient group's status report is made (statusrapport): the evaluation model and its
 * parameters, what was left out, the literature method with its PICO question, the patient cases,
 * the clinician interview and the timetable. The timetable must be in date order, so the page can
 * show it as a sequence without sorting away a conflict between two deadlines.
 */
export const statusReportSchema = z
  .object({
    titel: z.string().min(10).describe('statusrapportens titel, som kilden giver den'),
    formaal: z.array(sourcedTextSchema).min(1).describe('hvorfor rapporten laves, og hvor den ender'),
    parametre: z.array(evaluationParameterSchema).min(1).describe('evalueringsmodellens parametre'),
    udeladt: z.array(sourcedTextSchema).default([]).describe('det, modellen bevidst ikke måler, og hvorfor'),
    litteratur: z
      .object({
        pico: picoSchema.describe('det fokuserede kliniske spørgsmål'),
        metode: z.array(sourcedTextSchema).min(1).describe('hvordan litteraturen findes og udvælges'),
      })
      .strict()
      .describe('metoden for litteraturgennemgangen'),
    internationalt: z.array(sourcedTextSchema).default([]).describe('metoden for internationale erfaringer'),
    patientcases: z
      .object({
        antal: figureSchema.describe('hvor mange patientcases pr. gruppe, fx "op til 5"'),
        metode: z.array(sourcedTextSchema).min(1).describe('hvem skriver dem, og hvordan'),
        samtykke: z.array(sourcedTextSchema).default([]).describe('anonymisering og samtykke'),
      })
      .strict()
      .refine((p) => Number.isInteger(p.antal.vaerdi) && p.antal.vaerdi >= 1, {
        error:
          'Antallet af patientcases skal være et helt tal på mindst 1, fx 5 (brug kvalifikator: "op til").',
        path: ['antal', 'vaerdi'],
      })
      .describe('patientcases: hvor mange, hvem skriver dem, og samtykket'),
    interview: z.array(sourcedTextSchema).min(1).describe('det semistrukturerede interview'),
    tidsplan: z.array(milestoneSchema).default([]).describe('møder og frister i datoorden'),
  })
  .strict()
  .superRefine((r, ctx) => {
    r.tidsplan.forEach((m, i) => {
      const before = r.tidsplan[i - 1];
      if (before && m.dato < before.dato) {
        ctx.addIssue({
          code: 'custom',
          path: ['tidsplan', i, 'dato'],
          message: `Tidsplanen skal stå i datoorden, men ${m.dato} står efter ${before.dato}, som er en senere dato. Flyt punktet, så datoerne stiger nedad.`,
        });
      }
    });
  });

export type EvaluationParameter = z.infer<typeof evaluationParameterSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type StatusReport = z.infer<typeof statusReportSchema>;
