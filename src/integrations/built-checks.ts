import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BuiltCheckResult } from '../../scripts/lib/built-checks.ts';
import type { RouteInfo } from '../../scripts/lib/page-sources.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { reportToGitHub } from '../../scripts/lib/github.ts';

/**
 * Checks the finished HTML after `astro build`: internal links, loaded files and #fragments exist,
 * link texts say where they go, and no JavaScript sits in HTML attributes. A problem fails the build
 * and is reported at the content file or source file it came from.
 *
 * The checks run on a worker thread that starts parsing the pages as soon as they are written
 * (astro:build:generated), while the main thread builds the search index; they finish at this
 * integration's astro:build:done, once every step before it has written its files.
 */
export function builtChecks(): AstroIntegration {
  let root = '';
  let base = '/';
  let site: string | undefined;
  let routes: RouteInfo[] = [];
  let started: BuiltChecksRun | undefined;
  const start = (dir: URL) =>
    (started ??= startBuiltChecks({ root, dist: fileURLToPath(dir), base, site, routes }));
  return {
    name: 'genomvejledninger:built-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        site = config.site;
      },
      'astro:routes:resolved': ({ routes: resolved }) => {
        routes = resolved
          .filter((r) => r.type === 'page' && r.origin === 'project')
          .map((r) => ({ entrypoint: r.entrypoint, patternRegex: r.patternRegex, params: r.params }));
      },
      'astro:build:generated': ({ dir }) => {
        start(dir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const result = await start(dir).finish();
        const ms = result.timings.reduce((sum, t) => sum + t.ms, 0);
        const ok = `Links, linktekster og inline-script er i orden på ${result.pages} sider (${Math.round(ms)} ms).`;
        reportToGitHub('Links i det byggede site', result.problems, ok);
        if (!result.problems.length) {
          logger.info(ok);
          return;
        }
        // The Danish report alone, as for content errors (src/integrations/content-checks.ts).
        process.stderr.write(`\nDet byggede site har fejl:\n\n${formatReport(result.problems)}\n`);
        process.exit(1);
      },
    },
  };
}

/** What the worker needs: plain data, since a function (the page-source lookup) cannot cross threads. */
export interface BuiltChecksInput {
  root: string;
  dist: string;
  base: string;
  site: string | undefined;
  routes: RouteInfo[];
}

export interface BuiltChecksRun {
  /** Runs the checks on the build folder as it is now and gives their result; call it once. */
  finish(): Promise<BuiltCheckResult>;
}

/**
 * Starts the built-HTML checks on a worker thread, which parses the pages written so far right away.
 * Files written before finish() (the search index, the sitemap, a page) are seen by the checks. An
 * error in the worker rejects finish().
 */
export function startBuiltChecks(input: BuiltChecksInput): BuiltChecksRun {
  const worker = new Worker(new URL('./built-checks-worker.ts', import.meta.url), { workerData: input });
  // Until finish() waits for it, the worker must not keep a failed build's process alive.
  worker.unref();
  const result = new Promise<BuiltCheckResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`Tjekket af det byggede site stoppede uden resultat (exit-kode ${code}).`)),
    );
  });
  // A rejection before finish() is taken up is still reported there, not as an unhandled one.
  result.catch(() => {});
  return {
    finish: () => {
      worker.ref();
      worker.postMessage('finish');
      return result.finally(() => void worker.terminate());
    },
  };
}
