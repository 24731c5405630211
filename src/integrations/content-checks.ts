import type { AstroIntegration, AstroIntegrationLogger, HookParameters } from 'astro';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckResult } from '../../scripts/lib/check.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { liveChecksPlugin } from './live-checks.ts';
import { reportToGitHub } from '../../scripts/lib/github.ts';

/**
 * Runs the content checks before Astro loads any content, so an editor sees our Danish
 * messages (file:line, field, fix) instead of Astro's, and so problems Astro only logs
 * (missing references, totals that do not add up) stop the build.
 */
export function contentChecks(): AstroIntegration {
  let verdict: Promise<void> | undefined;
  return {
    name: 'genomvejledninger:content-checks',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig, injectScript }) => {
        const root = fileURLToPath(config.root);
        const checked = runChecksApart(root);
        if (command === 'build') {
          // What Astro does next (the routes, its Vite setup) reads no content, so it runs while the checks do
          // on their thread; the build waits for their verdict only when Astro is about to load the content.
          verdict = checked.then((result) => report(result, command, logger));
          // Handled where it is awaited; until then an early failure is not an unhandled rejection.
          verdict.catch(() => undefined);
          updateConfig({ vite: { plugins: [checksVerdictPlugin(() => verdict!)] } });
          return;
        }
        const result = await checked;
        if (command === 'dev') {
          // Live preview: the checks run again on every save under content/ and show on the page.
          updateConfig({ vite: { plugins: [liveChecksPlugin(root, logger, result.problems)] } });
          injectScript(
            'page',
            `import ${JSON.stringify(fileURLToPath(new URL('../scripts/dev-checks.ts', import.meta.url)))};`,
          );
        }
        report(result, command, logger);
      },
      // Should no Vite server resolve its config before the build starts, the verdict is still awaited here.
      'astro:build:start': async () => {
        await verdict;
      },
    },
  };
}

/**
 * A Vite plugin that holds Vite up until the content checks have given their verdict: Astro resolves the
 * config of the Vite server that loads the content before loading it, so an editor sees our Danish report
 * instead of Astro's own error for the same content.
 */
export function checksVerdictPlugin(verdict: () => Promise<void>): Plugin {
  return { name: 'genomvejledninger:content-checks-verdict', configResolved: () => verdict() };
}

/** Logs the checks' notes and verdict; a build (not a dev preview) stops on a problem. */
function report(
  { problems, entries, notes }: CheckResult,
  command: HookParameters<'astro:config:setup'>['command'],
  logger: AstroIntegrationLogger,
): void {
  for (const note of notes) logger.info(note);
  if (command === 'build')
    reportToGitHub('Indholdstjek (astro build)', problems, `${entries} indholdsfiler er gyldige.`);
  if (!problems.length) {
    logger.info(`${entries} indholdsfiler er gyldige.`);
    return;
  }
  const report = formatReport(problems);
  // In dev the editor keeps the preview open while fixing; only a build must stop.
  if (command === 'dev') logger.error(`\n${report}`);
  else {
    // The Danish report alone: a thrown error would reach the editor wrapped in Astro's English
    // "unhandled error in hook" line and a stack trace into this file, which say nothing about content.
    process.stderr.write(`\nIndholdet har fejl:\n\n${report}\n`);
    process.exit(1);
  }
}

/** runChecks(root) on a worker thread (src/integrations/content-checks-worker.ts); an error in it rejects. */
function runChecksApart(root: string): Promise<CheckResult> {
  const worker = new Worker(new URL('./content-checks-worker.ts', import.meta.url), { workerData: root });
  return new Promise<CheckResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`Indholdstjekket stoppede uden resultat (exit-kode ${code}).`)),
    );
  }).finally(() => void worker.terminate());
}
