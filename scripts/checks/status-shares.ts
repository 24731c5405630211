import { compareStatusShares } from '../../src/lib/derived.ts';
import { consistencyProblems } from '../lib/consistency.ts';
import type { CheckContext } from '../lib/check.ts';
import type { Problem } from '../lib/problem.ts';

/** Per status row: the share of the expected number against what the group's expected WGS and its samples allow. */
export function checkStatusShares(ctx: CheckContext): Problem[] {
  return consistencyProblems(ctx, 'status-andel', compareStatusShares);
}
