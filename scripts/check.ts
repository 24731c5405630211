// `npm run check`: validates all content without building the site and prints every problem at once.
import { fileURLToPath } from 'node:url';
import { runChecks } from './lib/check.ts';
import { formatAnnotations, formatReport, formatSummary } from './lib/report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const start = performance.now();
const result = runChecks(root);
const ms = performance.now() - start;

if (result.problems.length) {
  console.error(formatReport(result.problems));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(formatAnnotations(result.problems));
  process.exitCode = 1;
} else {
  console.log(formatSummary(result, ms));
}
// On failure stdout carries only the GitHub annotations (one per problem), so the notes go with the report.
for (const note of result.notes) (result.problems.length ? console.error : console.log)(note);
