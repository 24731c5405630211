// `npm run check`: validates all content without building the site and prints every problem at once.
import { fileURLToPath } from 'node:url';
import { runChecks } from './lib/check.ts';
import { readContent } from './lib/content.ts';
import { openParseCache, parseCacheFile } from './lib/parse-cache.ts';
import { formatReport, formatSummary } from './lib/report.ts';
import { reportToGitHub } from './lib/github.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const start = performance.now();
// Files unchanged since the last run are not parsed again (scripts/lib/parse-cache.ts).
const cache = openParseCache(parseCacheFile(root));
const result = runChecks(root, readContent(root, undefined, cache));
const ms = performance.now() - start;

const summary = result.problems.length ? '' : formatSummary(result, ms);
if (result.problems.length) {
  console.error(formatReport(result.problems));
  process.exitCode = 1;
} else {
  console.log(summary);
}
reportToGitHub('Indholdstjek (npm run check)', result.problems, summary);
// On failure stdout carries only the GitHub annotations (one per problem), so the notes go with the report.
for (const note of result.notes) (result.problems.length ? console.error : console.log)(note);
// Last, after the report: the editor does not wait for the cache to be written.
cache.save();
