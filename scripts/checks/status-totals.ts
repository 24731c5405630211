import { compareStatusTotals } from '../../src/lib/derived.ts';
import { consistencyProblems } from '../lib/consistency.ts';
import type { CheckContext } from '../lib/check.ts';
import type { Problem } from '../lib/problem.ts';

/** Per status table: the groups against the total, and the total share against monthly volume, annual need and the groups' shares. */
export function checkStatusTotals(ctx: CheckContext): Problem[] {
  return consistencyProblems(ctx, 'status-total', compareStatusTotals);
}
