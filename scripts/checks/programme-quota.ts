import { compareProgramme } from '../../src/lib/derived.ts';
import { consistencyProblems } from '../lib/consistency.ts';
import type { CheckContext } from '../lib/check.ts';
import type { Problem } from '../lib/problem.ts';

/** The programme: the groups' WGS a year against the WGS it funds. Runs only when the content has the programme (collection `programmet`, figure `omfang.helgenomsekventeringer`). */
export function checkProgrammeQuota(ctx: CheckContext): Problem[] {
  return consistencyProblems(ctx, 'program-kvote', compareProgramme);
}
