import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempProject } from './temp-project.ts';

// Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV=test …) into process.env; a child
// `astro build` would inherit them, and Vite lets BASE_URL win over the configured base path.
const vitestVariables = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

/** The environment of a real build: this process's, without vitest's variables, plus `extra`. */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitestVariables.test(k)));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...extra };
}

/**
 * Runs the real build in `root` as `npm run build` does (scripts/build.ts): `astro build`, then the search
 * index and the built-HTML checks in their own process. `args` go to `astro build`.
 */
export function astroBuild(root: string, extra: Record<string, string> = {}, args: string[] = []) {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: buildEnv(extra),
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Builds a throwaway copy of the project with one file changed, and removes the copy again. */
export function buildWithChange(file: string, change: (text: string) => string) {
  return buildWithChanges([[file, change]]);
}

/**
 * Builds a throwaway copy of the project with several changes, made in order (a file may be changed more
 * than once), and removes the copy again.
 */
export function buildWithChanges(changes: [file: string, change: (text: string) => string][]) {
  const project = tempProject();
  try {
    for (const [file, change] of changes) project.edit(file, change);
    return astroBuild(project.root, {}, ['--outDir', join(project.root, 'dist')]);
  } finally {
    project.cleanup();
  }
}
