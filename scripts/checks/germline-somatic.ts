import { compareGermlineSomatic } from '../../src/lib/derived.ts';
import { consistencyProblems } from '../lib/consistency.ts';
import type { CheckContext } from '../lib/check.ts';
import type { Problem } from '../lib/problem.ts';

/** Per patient group: germline + somatic WGS against the stated total. */
export function checkGermlineSomatic(ctx: CheckContext): Problem[] {
  return consistencyProblems(ctx, 'germline-somatisk', compareGermlineSomatic);
}
