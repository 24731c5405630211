import { z } from 'zod';
import { sourceRefSchema } from './source-ref.ts';

/**
 * The consistency checks that compare a stated figure with what its parts give. An acknowledged
 * discrepancy names one of them, so an acknowledgement cannot point at a check that does not exist.
 */
export const consistencyCheckIds = [
  'indikation-wgs',
  'gruppe-sum',
  'germline-somatisk',
  'nye-tidligere',
  'status-total',
  'status-andel',
  'program-kvote',
] as const;

export type ConsistencyCheckId = (typeof consistencyCheckIds)[number];

/**
 * A discrepancy that the source itself contains, acknowledged by an editor: the check then passes
 * and the page shows the explanation. `angivet` and `beregnet` pin the figures, so the
 * acknowledgement stops matching (and fails as stale) as soon as either figure changes.
 * @example { tjek: 'status-andel', emne: 'haematologisk-cancer', angivet: 41, beregnet: 18, forklaring: '…', kilde: {…} }
 */
export const discrepancySchema = z
  .object({
    tjek: z.enum(consistencyCheckIds).describe('det tjek, som afvigelsen gælder (står i fejlbeskeden)'),
    emne: z
      .string()
      .min(2)
      .describe('hvilken sammenligning i tjekket det drejer sig om (står i fejlbeskeden)'),
    angivet: z.number().describe('tallet som kilden angiver det, da afvigelsen blev anerkendt'),
    beregnet: z.number().describe('tallet som delene gav, da afvigelsen blev anerkendt'),
    forklaring: z
      .string()
      .min(20)
      .describe('hvorfor tallene ikke går op, med egne ord; vises som note på siden'),
    kilde: sourceRefSchema.describe('hvor i kilden tallene står'),
  })
  .strict();

export type Discrepancy = z.infer<typeof discrepancySchema>;

/** Optional list of acknowledged discrepancies, shared by every entry that holds figures. */
export const discrepanciesField = z
  .array(discrepancySchema)
  .default([])
  .describe(
    'afvigelser i kilden, som en redaktør har anerkendt; tjekket består, og siden viser forklaringen',
  );
