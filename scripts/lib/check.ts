import { readContent, type RawEntry } from './content.ts';
import { figureSummary } from './consistency.ts';
import type { Problem } from './problem.ts';
import { checkSchemas } from '../checks/schema.ts';
import { checkReferences } from '../checks/references.ts';
import { checkSingleEntries } from '../checks/single-entry.ts';
import { checkEvaluationParts } from '../checks/evaluation-parts.ts';
import { checkIndicationWgs } from '../checks/indication-wgs.ts';
import { checkGroupSums } from '../checks/group-sums.ts';
import { checkGermlineSomatic } from '../checks/germline-somatic.ts';
import { checkNewlyPreviously } from '../checks/newly-previously.ts';
import { checkStatusTotals } from '../checks/status-totals.ts';
import { checkStatusShares } from '../checks/status-shares.ts';
import { checkProgrammeQuota } from '../checks/programme-quota.ts';
import { checkReadability, readabilitySummary } from '../checks/readability.ts';
import { checkPatientPages } from '../checks/patient-pages.ts';
import { checkGlossary } from '../checks/glossary.ts';
import { checkSearchTerms } from '../checks/search-terms.ts';
import { checkPlaceholders } from '../checks/placeholders.ts';
import { checkUnsourcedFigures } from '../checks/unsourced-figures.ts';
import { checkTolerances } from '../checks/tolerance.ts';
import { groupsWithoutIndications } from '../checks/groups-without-indications.ts';

export interface CheckContext {
  root: string;
  raw: RawEntry[];
}

export interface Check {
  /** Short Danish name shown in the summary. */
  name: string;
  run: (ctx: CheckContext) => Problem[];
  /** Only run when the schema and reference checks passed: it reads validated fields, and a broken reference would only repeat itself as sums that do not add up. */
  needsValidContent?: boolean;
  /** Lines for editors shown after the checks even when all is well, e.g. each page's LIX. */
  summary?: (ctx: CheckContext) => string[];
}

/** The checks in the order they run. A new check is one file in scripts/checks/ and one line here. */
export const checks: Check[] = [
  { name: 'skema', run: checkSchemas },
  { name: 'referencer', run: checkReferences, summary: groupsWithoutIndications },
  { name: 'enkeltfil', run: checkSingleEntries },
  { name: 'evaluering', run: checkEvaluationParts },
  { name: 'tolerance', run: checkTolerances },
  { name: 'indikationernes WGS', run: checkIndicationWgs, needsValidContent: true },
  { name: 'gruppernes summer', run: checkGroupSums, needsValidContent: true },
  { name: 'germline + somatiske', run: checkGermlineSomatic, needsValidContent: true },
  { name: 'nyhenviste + tidligere henviste', run: checkNewlyPreviously, needsValidContent: true },
  { name: 'statustabellens total', run: checkStatusTotals, needsValidContent: true },
  { name: 'statustabellens andele', run: checkStatusShares, needsValidContent: true },
  { name: 'programmets kvoter', run: checkProgrammeQuota, needsValidContent: true },
  { name: 'læsbarhed', run: checkReadability, summary: readabilitySummary },
  { name: 'patientsider', run: checkPatientPages },
  { name: 'ordliste', run: checkGlossary },
  { name: 'søgeord', run: checkSearchTerms, needsValidContent: true },
  { name: 'tal med kilde', run: checkUnsourcedFigures },
  { name: 'pladsholdere', run: checkPlaceholders },
];

export interface CheckResult {
  problems: Problem[];
  entries: number;
  /** How the stated figures compared with their parts, for the summary line. */
  figures?: { agree: number; acknowledged: number };
  timings: { name: string; ms: number; problems: number }[];
  /** Summary lines from the checks (see Check.summary). */
  notes: string[];
}

/** Runs every check over the content under `root` and collects all problems at once. */
export function runChecks(root: string, raw: RawEntry[] = readContent(root)): CheckResult {
  const ctx: CheckContext = { root, raw };
  const problems: Problem[] = [];
  const timings: CheckResult['timings'] = [];
  const notes: string[] = [];
  for (const check of checks) {
    if (check.needsValidContent && problems.some((p) => p.check === 'skema' || p.check === 'referencer')) continue;
    const start = performance.now();
    const found = check.run(ctx);
    timings.push({ name: check.name, ms: performance.now() - start, problems: found.length });
    problems.push(...found);
    if (check.summary) notes.push(...check.summary(ctx));
  }
  return { problems: withoutPlaceholderEchoes(problems), entries: raw.length, timings, notes, figures: problems.length ? undefined : figureSummary(raw) };
}

/**
 * A value still reading "UDFYLD: …" also breaks the schema or a reference on the same line; the
 * placeholder message says what to do, so the echoes of it are left out.
 */
function withoutPlaceholderEchoes(problems: Problem[]): Problem[] {
  const marked = new Set(problems.filter((p) => p.kind === 'pladsholder').map((p) => `${p.file}:${p.line}`));
  if (!marked.size) return problems;
  return problems.filter((p) => p.kind === 'pladsholder' || !marked.has(`${p.file}:${p.line}`));
}
