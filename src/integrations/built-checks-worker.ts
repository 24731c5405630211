// Runs the checks on the built HTML on a worker thread (started by src/integrations/built-checks.ts), so
// that reading and parsing every page, most of the checks' time, runs on the second core while the main
// thread builds the search index. The pages are parsed at once; the checks run when the main thread
// says that every after-build step has written its files, and the result is plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { runBuiltChecks } from '../../scripts/lib/built-checks.ts';
import { readPages } from '../../scripts/lib/built-site.ts';
import { pageSourceResolver } from '../../scripts/lib/page-sources.ts';
import type { BuiltChecksInput } from './built-checks.ts';

const { root, dist, base, site, routes } = workerData as BuiltChecksInput;
const options = { base, site, sourceOf: pageSourceResolver(root, routes) };
const start = performance.now();
const pages = readPages(root, dist, options);
const early = { pages, ms: performance.now() - start };
parentPort!.once('message', () => {
  parentPort!.postMessage(runBuiltChecks(root, dist, options, early));
});
