import { z } from 'zod';
import { sourceRefSchema } from './source-ref.ts';

/**
 * A partial ISO date: the sources often give only a year or a month.
 * Astro's YAML reader turns an unquoted 2022-06-03 into a Date and 2021 into a number, while
 * plain YAML 1.2 keeps them as text; both are normalised to text so every reader agrees.
 */
export const partialDateSchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'Skriv datoen som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, fx 2022-06-03.',
  }),
);

/**
 * One step of a recommendation's approval trail: prepared → commented → approved.
 * @example { trin: 'godkendt', af: 'Styregruppen for implementering af personlig medicin', dato: '2022-06-03', kilde: {…} }
 */
export const approvalStepSchema = z
  .object({
    trin: z
      .enum(['udarbejdet', 'kommenteret', 'godkendt', 'forelagt'])
      .describe('hvilket trin i godkendelsen'),
    af: z.string().min(3).describe('hvem der udførte trinnet'),
    fra: partialDateSchema.optional().describe('startdato, når trinnet strakte sig over en periode'),
    dato: partialDateSchema.describe('dato (eller slutdato) for trinnet'),
    kilde: z.lazy(() => sourceRefSchema),
    note: z.string().min(10).optional().describe('forbehold om trinnet, vist på siden'),
  })
  .strict()
  .refine((s) => s.fra === undefined || s.fra <= s.dato, {
    error: 'Startdatoen ("fra") ligger efter slutdatoen ("dato").',
    path: ['fra'],
  });

export type ApprovalStep = z.infer<typeof approvalStepSchema>;
