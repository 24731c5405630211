import { compareGroupSums } from '../../src/lib/derived.ts';
import { consistencyProblems } from '../lib/consistency.ts';
import type { CheckContext } from '../lib/check.ts';
import type { Problem } from '../lib/problem.ts';

/** Per patient group: the sum of its indications against the group's stated patients and WGS. */
export function checkGroupSums(ctx: CheckContext): Problem[] {
  return consistencyProblems(ctx, 'gruppe-sum', compareGroupSums);
}
