import { compareIndications } from '../../src/lib/derived.ts';
import { consistencyProblems } from '../lib/consistency.ts';
import type { CheckContext } from '../lib/check.ts';
import type { Problem } from '../lib/problem.ts';

/** Per indication: patients × WGS per patient against the stated WGS a year, per cohort and in total. */
export function checkIndicationWgs(ctx: CheckContext): Problem[] {
  return consistencyProblems(ctx, 'indikation-wgs', compareIndications);
}
