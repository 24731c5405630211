import { readContent, type RawEntry } from './content.ts';
import { consistencyRules } from '../../src/domain/rules/index.ts';
import { consistencyCheck, figureSummary } from './consistency.ts';
import type { CheckContext, Rule } from './rule.ts';
import type { Problem } from './problem.ts';
import type { Remember } from './entry-memo.ts';
import { checkSchemas } from '../checks/schema.ts';
import { checkReferences } from '../checks/references.ts';
import { checkSingleEntries } from '../checks/single-entry.ts';
import { checkEvaluationParts } from '../checks/evaluation-parts.ts';
import { checkReadability, readabilitySummary } from '../checks/readability.ts';
import { checkPatientPages } from '../checks/patient-pages.ts';
import { checkGlossary } from '../checks/glossary.ts';
import { checkSearchTerms } from '../checks/search-terms.ts';
import { checkPlaceholders } from '../checks/placeholders.ts';
import { checkUnsourcedFigures } from '../checks/unsourced-figures.ts';
import { checkTolerances } from '../checks/tolerance.ts';
import { checkNoteNumbers } from '../checks/note-numbers.ts';

/**
 * The checks in the order they run. A new check is one file in scripts/checks/ (or, when it compares
 * figures, a rule in src/domain/rules/) and one line here.
 */
export const checks: Rule[] = [
  { id: 'skema', name: 'skema', run: checkSchemas },
  { id: 'referencer', name: 'referencer', run: checkReferences },
  { id: 'enkeltfil', name: 'enkeltfil', run: checkSingleEntries },
  { id: 'evaluering', name: 'evaluering', run: checkEvaluationParts },
  { id: 'tolerance', name: 'tolerance', run: checkTolerances },
  ...consistencyRules.map(consistencyCheck),
  { id: 'tal-i-noter', name: 'tal i noter', run: checkNoteNumbers, needsValidContent: true },
  { id: 'læsbarhed', name: 'læsbarhed', run: checkReadability, summary: readabilitySummary },
  { id: 'patientsider', name: 'patientsider', run: checkPatientPages },
  { id: 'ordliste', name: 'ordliste', run: checkGlossary },
  { id: 'søgeord', name: 'søgeord', run: checkSearchTerms, needsValidContent: true },
  { id: 'tal-med-kilde', name: 'tal med kilde', run: checkUnsourcedFigures },
  { id: 'pladsholdere', name: 'pladsholdere', run: checkPlaceholders },
];

export type { CheckContext, Rule };

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
export function runChecks(
  root: string,
  raw: RawEntry[] = readContent(root),
  rules: readonly Rule[] = checks,
  remember?: Remember,
): CheckResult {
  const ctx: CheckContext = { root, raw, remember };
  const problems: Problem[] = [];
  const timings: CheckResult['timings'] = [];
  const notes: string[] = [];
  for (const check of rules) {
    if (check.needsValidContent && problems.some((p) => p.check === 'skema' || p.check === 'referencer'))
      continue;
    const start = performance.now();
    const found = check.run(ctx);
    const foreign = found.find((p) => p.check !== check.id);
    if (foreign)
      throw new Error(
        `The check "${check.id}" reported a problem as "${foreign.check}"; a check reports under its own id.`,
      );
    timings.push({ name: check.name, ms: performance.now() - start, problems: found.length });
    problems.push(...found);
    if (check.summary) notes.push(...check.summary(ctx));
  }
  return {
    problems: withoutPlaceholderEchoes(problems),
    entries: raw.length,
    timings,
    notes,
    figures: problems.length ? undefined : figureSummary(raw, remember),
  };
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
