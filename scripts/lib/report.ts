import type { Problem } from './problem.ts';

/** The document that explains every kind of error (scripts/lib/error-kinds.ts), kept in step by a test. */
export const ERROR_CATALOGUE = 'docs/fejlkatalog.md';
import type { CheckResult } from './check.ts';

/** One problem as an editor reads it: where, which field, what is wrong, what to do. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}${p.line && p.column ? `:${p.column}` : ''}`;
  return [
    `✖ ${where}${p.field ? `  felt: ${p.field}` : ''}`,
    `  ${p.message}`,
    `  Sådan retter du det: ${p.hint}`,
    // The kind is the heading to look up in the error catalogue, which explains each kind at length.
    `  Fejltype: ${p.kind} (se ${ERROR_CATALOGUE})`,
  ].join('\n');
}

/** All problems, grouped by file, with a Danish summary line at the end. */
export function formatReport(problems: readonly Problem[]): string {
  if (!problems.length) return '';
  const files = new Set(problems.map((p) => p.file));
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const body = sorted.map(formatProblem).join('\n\n');
  const count = problems.length === 1 ? '1 fejl' : `${problems.length} fejl`;
  const fileCount = files.size === 1 ? '1 fil' : `${files.size} filer`;
  return `${body}\n\n${count} i ${fileCount}. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet.`;
}

/**
 * GitHub Actions annotations, so problems show on the pull request's changed lines.
 * Workflow commands need `%`, CR and LF escaped in the message, and also `:` and `,` in property values.
 */
export function formatAnnotations(problems: readonly Problem[]): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return problems
    .map((p) => {
      const props = [
        `file=${property(p.file)}`,
        p.line ? `line=${p.line}` : '',
        p.line && p.column ? `col=${p.column}` : '',
        `title=${property(`${p.check}${p.field ? ` – ${p.field}` : ''}`)}`,
      ];
      return `::error ${props.filter(Boolean).join(',')}::${data(`${p.message} Sådan retter du det: ${p.hint}`)}`;
    })
    .join('\n');
}

/**
 * The short success summary of `npm run check`: files, checks, time and how the figures compared.
 * `reused`: nothing changed since the last run, so its outcome was given again without running the checks.
 */
export function formatSummary(result: CheckResult, ms: number, reused = false): string {
  const slowest = reused ? undefined : [...result.timings].sort((a, b) => b.ms - a.ms)[0];
  const figures = result.figures
    ? ` ${result.figures.agree} regnestykker går op${result.figures.acknowledged ? `, ${result.figures.acknowledged} afvigelse${result.figures.acknowledged === 1 ? '' : 'r'} i kilderne er anerkendt` : ''}.`
    : '';
  return `✔ ${result.entries} filer i content/ er gyldige: ${result.timings.length} tjek på ${Math.round(ms)} ms${reused ? ' (intet er ændret siden sidste kørsel)' : slowest ? ` (langsomst: ${slowest.name}, ${Math.round(slowest.ms)} ms)` : ''}.${figures}`;
}
