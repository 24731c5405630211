// The consistency rules in the order they run. A new rule is one file here and one line in this list.
// note-numbers.ts compares a figure with its note, not with other figures, so it is no consistency rule
// and is registered with the other checks (scripts/lib/check.ts).
import type { Comparison, ConsistencyRule } from '../comparison.ts';
import type { ContentModel } from '../model.ts';
import { indicationWgs } from './indication-wgs.ts';
import { groupSums } from './group-sums.ts';
import { germlineSomatic } from './germline-somatic.ts';
import { newlyPreviously } from './newly-previously.ts';
import { statusTotals } from './status-totals.ts';
import { statusShares } from './status-shares.ts';
import { programmeQuota } from './programme-quota.ts';

export const consistencyRules: readonly ConsistencyRule[] = [
  indicationWgs,
  groupSums,
  germlineSomatic,
  newlyPreviously,
  statusTotals,
  statusShares,
  programmeQuota,
];

/** Every comparison, in rule order. */
export function allComparisons(model: ContentModel): Comparison[] {
  return consistencyRules.flatMap((rule) => rule.compare(model));
}
