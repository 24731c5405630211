import { z } from 'zod';
import { sourceRefSchema } from './source-ref.ts';

/** A term's id is its file name and its anchor on /ordliste/: lower case, digits and dashes. */
export const termIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * One term in the glossary (ordliste): `content/ordliste/<id>.yaml`. Pages link to it with
 * `<Term id="<id>">ord</Term>`; the link goes to /ordliste/#<id>.
 * @example content/ordliste/germline.yaml
 */
export const glossaryTermSchema = z
  .object({
    term: z.string().min(2).describe('ordet som det skrives i løbende tekst, fx "germline"'),
    forkortelse: z.string().min(2).max(12).optional().describe('forkortelsen, fx "WGS"'),
    udskrevet: z
      .string()
      .min(3)
      .optional()
      .describe('hvad forkortelsen står for, fx "whole-genome sequencing"'),
    ogsaaKaldet: z
      .array(z.string().min(2))
      .default([])
      .describe('andre ord for det samme, fx "sekundære fund"'),
    kort: z.string().min(20).max(400).describe('forklaring i hverdagssprog, til patienter og pårørende'),
    klinisk: z
      .string()
      .min(20)
      .optional()
      .describe('fagligt præcis forklaring til fagfolk, hvor den er nyttig'),
    se: z.array(z.string().regex(termIdPattern)).default([]).describe('id på beslægtede ord i ordlisten'),
    kilder: z.array(sourceRefSchema).min(1).describe('hvor kilderne bruger eller forklarer ordet'),
    note: z.string().min(10).optional().describe('forbehold, fx når kilderne bruger ordet forskelligt'),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
