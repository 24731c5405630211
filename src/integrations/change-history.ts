import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PENDING_HISTORY, type PendingHistory } from '../lib/pending-history.ts';

/**
 * Starts reading the change log from git when a build starts, on a worker thread: the pages need it only
 * once they render, and until then the main thread is busy with the content checks and bundling while the
 * second core would idle. src/lib/changes.ts takes the result, or reads the history itself (in dev, or
 * if the worker failed).
 */
export function changeHistory(): AstroIntegration {
  return {
    name: 'genomvejledninger:change-history',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command !== 'build') return;
        const worker = new Worker(new URL('../lib/content-history-worker.ts', import.meta.url), {
          // resolve: the same form as process.cwd() (no trailing slash), under which the pages look the history up.
          workerData: { root: resolve(fileURLToPath(config.root)) },
        });
        const pending: PendingHistory = new Promise((resolve) => {
          worker.once('message', resolve);
          // Undefined: the pages read the history themselves, and any error is raised there.
          worker.once('error', () => resolve(undefined));
          worker.once('exit', () => resolve(undefined));
        });
        (globalThis as Record<symbol, unknown>)[PENDING_HISTORY] = pending;
      },
    },
  };
}
