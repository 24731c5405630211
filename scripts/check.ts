// `npm run check`: validates all content without building the site and prints every problem at once.
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckResult } from './lib/check.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// Node keeps each module's type-stripped and compiled code on disk, checked against its bytes, so the
// next run does not strip and compile the ~480 modules of the checks again (about a third of an editor's
// run after one edit at 2,000 indications). Only modules loaded after this line are kept, so everything
// below is imported here; `npm run check` sets NODE_COMPILE_CACHE to the same folder (package.json),
// which also spares stripping this file and loading Node's TypeScript stripper at all.
enableCompileCache(join(root, 'node_modules', '.cache', 'genomvejledninger', 'kompileret'));
const [
  { fingerprint, openResultCache, resultCacheFile },
  { formatReport, formatSummary },
  { reportToGitHub },
] = await Promise.all([
  import('./lib/result-cache.ts'),
  import('./lib/report.ts'),
  import('./lib/github.ts'),
]);
// The time printed runs from here to the report: fingerprinting the files, loading the checks when they
// must run, running them and wording the result. Node's own start-up and the loading of the three modules
// above are not in it; README gives the whole process's CPU time, the stricter figure.
const start = performance.now();
// Content and code unchanged since the last run: the same problems, without running the checks
// (scripts/lib/result-cache.ts). The checks, their schemas and parsers are only loaded when they run.
const results = openResultCache<CheckResult>(resultCacheFile(root));
const seen = fingerprint(root, { previous: results.previous });
const reused = results.get(seen.key);
let save = () => {};
let result: CheckResult;
if (reused) {
  result = reused;
  // Files rewritten with the same bytes were hashed again; noting their new times spares the next run that.
  if (seen.hashed) save = () => results.save(seen, reused);
} else {
  const [
    { runChecks },
    { readContent },
    { openParseCache, parseCacheFile },
    { openEntryMemo, entryMemoFile },
  ] = await Promise.all([
    import('./lib/check.ts'),
    import('./lib/content.ts'),
    import('./lib/parse-cache.ts'),
    import('./lib/entry-memo.ts'),
  ]);
  // What the checks found in each unchanged file, and the figures and names the checks across files
  // read from it, come from the last run (scripts/lib/entry-memo.ts), so only changed files are read and
  // parsed. When that store is empty or was made by other code, every file is worked through, and then
  // files whose text has not changed are not parsed again (scripts/lib/parse-cache.ts); after an edit,
  // reading that cache would cost more than parsing the one changed file.
  const memo = openEntryMemo(entryMemoFile(root), seen.code);
  const cache = memo.size ? undefined : openParseCache(parseCacheFile(root));
  const raw = readContent(root, undefined, cache, seen.read, (file) => seen.files[file]?.hash);
  const fresh = runChecks(root, raw, undefined, memo.remember);
  result = fresh;
  save = () => {
    cache?.save();
    memo.save();
    results.save(seen, fresh);
  };
}
const ms = performance.now() - start;

const summary = result.problems.length ? '' : formatSummary(result, ms, !!reused);
if (result.problems.length) {
  console.error(formatReport(result.problems));
  process.exitCode = 1;
} else {
  console.log(summary);
}
reportToGitHub('Indholdstjek (npm run check)', result.problems, summary);
// On failure stdout carries only the GitHub annotations (one per problem), so the notes go with the report.
for (const note of result.notes) (result.problems.length ? console.error : console.log)(note);
// Last, after the report: the editor does not wait for the caches to be written.
save();
