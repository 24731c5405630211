import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer, HookParameters } from 'astro';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckResult } from '../../scripts/lib/check.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { liveChecksPlugin } from './live-checks.ts';
import { reportToGitHub } from '../../scripts/lib/github.ts';
import { awaitContentVerdict, dropHeldLog } from '../lib/content-verdict.ts';

/**
 * Runs the content checks while Astro loads the content, and stops the build on a problem before any page
 * is rendered, so an editor sees our Danish messages (file:line, field, fix) instead of Astro's, and so
 * problems Astro only logs (missing references, totals that do not add up) stop the build.
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
          // Astro loads the content and bundles the pages while the checks run on their thread, so the two
          // share the machine's cores. What Astro says about broken content meanwhile waits for the checks'
          // verdict (src/lib/content-verdict.ts), and no page is rendered before it.
          verdict = checked.then((result) => report(result, command, logger));
          // Handled where it is awaited; until then an early failure is not an unhandled rejection.
          verdict.catch(() => undefined);
          awaitContentVerdict(verdict);
          updateConfig({ vite: { plugins: [failureAwaitsVerdict(verdict)] } });
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
      // The pages are rendered from the content, so nothing is rendered from content the checks have not passed.
      'astro:build:start': ({ setPrerenderer }) => {
        if (verdict) setPrerenderer((prerenderer) => afterVerdict(prerenderer, verdict!));
      },
    },
  };
}

/** Astro's own prerenderer, which starts once the checks have passed: before it reads a page's paths. */
export function afterVerdict(prerenderer: AstroPrerenderer, verdict: Promise<void>): AstroPrerenderer {
  return {
    ...prerenderer,
    setup: async () => {
      await verdict;
      await prerenderer.setup?.();
    },
  };
}

/**
 * A Vite plugin for the build: when bundling fails (an MDX file that does not compile), the error waits for
 * the checks' verdict, whose Danish report names the file and the fix.
 */
export function failureAwaitsVerdict(verdict: Promise<void>): Plugin {
  return {
    name: 'genomvejledninger:content-checks-verdict',
    buildEnd: async (error) => {
      if (error) await verdict.catch(() => undefined);
    },
  };
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
    // What Astro logged about the same content while it loaded is left out for the same reason.
    dropHeldLog();
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
