import { appendFileSync } from 'node:fs';
import type { Problem } from './problem.ts';
import { formatAnnotations } from './report.ts';

/** A markdown table cell: no line breaks, no stray pipes. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * The job summary GitHub shows on a run's page: one line when all is well, otherwise a table of every
 * problem (where, what, what to do, and its kind to look up in the error catalogue).
 */
export function stepSummary(title: string, problems: readonly Problem[], ok: string): string {
  if (!problems.length) return `### ${title}\n\n${ok}\n\n`;
  const rows = problems.map(
    (p) =>
      `| \`${p.file}${p.line ? `:${p.line}` : ''}\` | ${cell(p.field ?? '')} | ${cell(p.message)} | ${cell(p.hint)} | \`${p.kind}\` |`,
  );
  return [
    `### ${title}: ${problems.length} fejl`,
    '',
    '| fil | felt | fejl | sådan retter du det | fejltype |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '',
  ].join('\n');
}

/**
 * In GitHub Actions: one annotation per problem (shown at the line on the pull request) and the job
 * summary. Outside GitHub Actions it does nothing.
 */
export function reportToGitHub(
  title: string,
  problems: readonly Problem[],
  ok: string,
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (env.GITHUB_ACTIONS !== 'true') return;
  if (problems.length) console.log(formatAnnotations(problems));
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, stepSummary(title, problems, ok));
}
