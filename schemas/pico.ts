import { z } from 'zod';
import { sourcedTextSchema } from './sourced-text.ts';

/**
 * A focused clinical question in the PICO form (Population, Intervention, Comparator, Outcomes)
 * that a literature review is built on. Each element is optional, because a source may describe
 * the method without giving the question itself; the page then says the element is not in the
 * sources instead of leaving it out.
 */
export const picoSchema = z
  .object({
    population: sourcedTextSchema.optional().describe('hvilke patienter spørgsmålet gælder'),
    intervention: sourcedTextSchema.optional().describe('hvilken undersøgelse der vurderes, fx WGS'),
    komparator: sourcedTextSchema.optional().describe('hvad undersøgelsen sammenlignes med'),
    effektmaal: sourcedTextSchema.optional().describe('hvilke udfald (effektmål) der ses på'),
    forbehold: z
      .string()
      .min(10)
      .optional()
      .describe('hvad kilden ikke oplyser om spørgsmålet, fx at det står i et bilag, der ikke er med'),
  })
  .strict();

export type Pico = z.infer<typeof picoSchema>;
