// A stated figure compared with what its parts give. Each consistency rule in rules/ produces these;
// the check runner words the failing ones for editors, and the pages show acknowledged ones as notes.
import type { ConsistencyCheckId } from '../../schemas/discrepancy.ts';
import type { ContentModel, EntryRef } from './model.ts';

export type Relation = 'lig' | 'hoejst' | 'mindst';
export type Unit = 'patienter' | 'WGS' | 'prøver' | '%';

/**
 * One stated figure compared with what its parts give. `relation` says what must hold:
 * `lig` stated = computed (± tolerance), `hoejst` stated ≤ computed, `mindst` stated ≥ computed.
 */
export interface Comparison {
  tjek: ConsistencyCheckId;
  emne: string;
  where: EntryRef;
  /** Path of the stated number in the entry, for file:line. */
  path: (string | number)[];
  label: string;
  unit: Unit;
  stated: number;
  tolerance: number;
  computed: number;
  relation: Relation;
  /** The arithmetic in words and numbers, in Danish. */
  arithmetic: string;
  /** Where the parts live, for the editor's fix. */
  parts: EntryRef[];
  /** What to change, in Danish. */
  fix: string;
  /** The parts the computed figure adds up, when each is a whole (an indication), so a tolerance cannot hide one. */
  terms?: { name: string; value: number }[];
  /** The part a tolerance would hide: the difference is as large as it. The comparison then fails whatever the tolerance. */
  hiddenPart?: { name: string; value: number };
  ok: boolean;
}

export type ComparisonInput = Omit<Comparison, 'ok' | 'tolerance' | 'hiddenPart'> & { tolerance?: number };

export function compare(c: ComparisonInput): Comparison {
  const tolerance = c.tolerance ?? 0;
  const eps = 1e-9;
  const diff = Math.abs(c.stated - c.computed);
  // A tolerance allows for a source's rounding, never for a whole indication left out of (or added to) a total.
  const hiddenPart =
    tolerance > 0 && diff > eps ? c.terms?.find((t) => t.value > 0 && t.value <= diff + eps) : undefined;
  const ok = hiddenPart
    ? false
    : c.relation === 'lig'
      ? diff <= tolerance + eps
      : c.relation === 'hoejst'
        ? c.stated <= c.computed + tolerance + eps
        : c.stated + tolerance + eps >= c.computed;
  return { ...c, tolerance, ...(hiddenPart ? { hiddenPart } : {}), ok };
}

/** One consistency rule: its id (named in messages, acknowledgements and CONTRIBUTING) and its comparisons. */
export interface ConsistencyRule {
  id: ConsistencyCheckId;
  /** Short Danish name shown in the check summary. */
  name: string;
  compare: (model: ContentModel) => Comparison[];
  /**
   * What one group's (or one indication's) comparisons read: only that group and its indications (or
   * that indication alone), in the order of `model.groups` (or `model.indications`), one after the
   * other. `npm run check` then compares again only the groups and indications whose figures changed.
   * Leave it out for a rule that reads across groups.
   */
  per?: 'gruppe' | 'indikation';
}
