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
  ok: boolean;
}


export type ComparisonInput = Omit<Comparison, 'ok' | 'tolerance'> & { tolerance?: number };

export function compare(c: ComparisonInput): Comparison {
  const tolerance = c.tolerance ?? 0;
  const eps = 1e-9;
  const ok =
    c.relation === 'lig'
      ? Math.abs(c.stated - c.computed) <= tolerance + eps
      : c.relation === 'hoejst'
        ? c.stated <= c.computed + tolerance + eps
        : c.stated + tolerance + eps >= c.computed;
  return { ...c, tolerance, ok };
}


/** One consistency rule: its id (named in messages, acknowledgements and CONTRIBUTING) and its comparisons. */
export interface ConsistencyRule {
  id: ConsistencyCheckId;
  /** Short Danish name shown in the check summary. */
  name: string;
  compare: (model: ContentModel) => Comparison[];
}
