// Runs the content checks on a worker thread for src/integrations/content-checks.ts: the checks read and parse
// every content file, and on the build's main thread that memory stayed with Astro's process (the V8 heap
// grows and is not given back) until the last page was rendered. A worker's memory goes when it ends; only
// the result, plain data, crosses to the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { runInBackground } from '../lib/background-thread.ts';

// Astro loads and bundles the site meanwhile, and renders nothing before the verdict: its thread goes first.
// The checks are imported after this, so loading their modules gives way too.
runInBackground();
const { runChecks } = await import('../../scripts/lib/check.ts');
parentPort!.postMessage(runChecks(workerData as string));
