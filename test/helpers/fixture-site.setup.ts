import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildEnv } from './build.ts';
import { tempProject } from './temp-project.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where fixtureSite() asks for the one build of the fixture content and finds it (see fixture-site.ts). */
    fixtureSiteDir: string;
  }
}

/**
 * One build of the fixture content for every unit test that reads a build of valid content, instead
 * of each building its own. It starts when the first such test asks for it (a run without one builds
 * nothing) and runs in this, vitest's main process, so it outlives the worker that asked.
 */
export default function setup(project: TestProject): () => Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'genomvejledninger-fixture-site-'));
  project.provide('fixtureSiteDir', dir);
  let copy: ReturnType<typeof tempProject> | undefined;
  let stop = () => {};
  let done = Promise.resolve();
  const asked = setInterval(() => {
    if (!existsSync(join(dir, 'request'))) return;
    clearInterval(asked);
    copy = tempProject();
    const log = createWriteStream(join(dir, 'build.log'));
    // As `npm run build` and astroBuild() run it: astro build, then the search index and the HTML checks.
    const build = spawn(process.execPath, [join(copy.root, 'scripts', 'build.ts')], {
      cwd: copy.root,
      env: buildEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    build.stdout.pipe(log, { end: false });
    build.stderr.pipe(log, { end: false });
    stop = () => void (build.exitCode === null && build.signalCode === null && build.kill());
    done = new Promise<void>((resolve) => {
      let finished = false;
      const finish = (code: number | null) => {
        if (finished) return;
        finished = true;
        log.end(() => {
          // Written last: a test that sees the status reads the whole log and a finished dist/.
          writeFileSync(join(dir, 'root'), copy!.root);
          writeFileSync(join(dir, 'status'), String(code ?? 1));
          resolve();
        });
      };
      build.on('close', finish);
      // Astro could not be started at all: the tests fail at once with the reason instead of waiting.
      build.on('error', (error) => {
        log.write(`${error}\n`);
        finish(1);
      });
    });
  }, 100);
  return async () => {
    clearInterval(asked);
    stop();
    await done;
    copy?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  };
}
