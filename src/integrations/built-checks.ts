import type { AstroIntegrationLogger } from 'astro';
import { Worker } from 'node:worker_threads';
import type { BuiltCheckResult } from '../../scripts/lib/built-checks.ts';
import type { HandOff } from '../../scripts/lib/hand-off.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { reportToGitHub } from '../../scripts/lib/github.ts';

// The checks of the finished HTML (scripts/lib/built-checks.ts: internal links, loaded files and #fragments
// exist, link texts say where they go, no JavaScript in HTML attributes), run after the build by
// src/integrations/after-build.ts. A problem fails the build and is reported at the content or source file
// it came from.

/**
 * Reports the built-HTML checks' result as every build step does: one line when all is well, otherwise
 * the Danish report alone on stderr (as for content errors, src/integrations/content-checks.ts), and the
 * same to GitHub when run there. True when the site has no problems.
 */
export function reportBuiltChecks(
  result: BuiltCheckResult,
  logger: Pick<AstroIntegrationLogger, 'info'>,
): boolean {
  const ms = result.timings.reduce((sum, t) => sum + t.ms, 0);
  const ok = `Links, linktekster og inline-script er i orden på ${result.pages} sider (${Math.round(ms)} ms).`;
  reportToGitHub('Links i det byggede site', result.problems, ok);
  if (!result.problems.length) {
    logger.info(ok);
    return true;
  }
  process.stderr.write(`\nDet byggede site har fejl:\n\n${formatReport(result.problems)}\n`);
  return false;
}

/** What the worker needs: plain data, since a function (the page-source lookup) cannot cross threads. */
export type BuiltChecksInput = HandOff;

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
