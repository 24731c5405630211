import { compareNewlyPreviously } from '../../src/lib/derived.ts';
import { consistencyProblems } from '../lib/consistency.ts';
import type { CheckContext } from '../lib/check.ts';
import type { Problem } from '../lib/problem.ts';

/** Per patient group: newly + previously referred (+ other kinds of patients) against the stated total. */
export function checkNewlyPreviously(ctx: CheckContext): Problem[] {
  return consistencyProblems(ctx, 'nye-tidligere', compareNewlyPreviously);
}
