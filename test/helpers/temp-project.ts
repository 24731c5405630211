import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkNodeModules } from '../../scripts/lib/temp-copy.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The root of the fixture content (`<fixtureRoot>/content`): what the rule tests read and break. Tests never
 * read the live `content/`, which editors change without running the developers' tests.
 */
export const fixtureRoot = join(projectRoot, 'test', 'fixtures');

/**
 * A throwaway copy of the project (schemas, scripts, src, config) with the fixture content as its
 * `content/`, sharing node_modules, so a test can break a content file and run the real checks or the
 * real build on it.
 *
 * `nodeModules: false` leaves the packages out, for a test that runs the checks in its own process and
 * starts nothing in the copy: linking the several hundred packages is most of a copy's cost.
 */
export function tempProject({ nodeModules = true }: { nodeModules?: boolean } = {}): {
  root: string;
  edit: (file: string, change: (text: string) => string) => void;
  write: (file: string, text: string) => void;
  cleanup: () => void;
} {
  const root = mkdtempSync(join(tmpdir(), 'genomvejledninger-'));
  for (const item of [
    'schemas',
    'scripts',
    'src',
    'public',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    cpSync(join(projectRoot, item), join(root, item), { recursive: true });
  }
  cpSync(join(fixtureRoot, 'content'), join(root, 'content'), { recursive: true });
  // Own Astro/Vite caches per copy: tests build several copies at once.
  if (nodeModules) linkNodeModules(projectRoot, root);
  return {
    root,
    edit(file, change) {
      const path = join(root, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before)
        throw new Error(
          `The edit of ${file} changed nothing: the test no longer matches the fixture content.`,
        );
      writeFileSync(path, after);
    },
    write(file, text) {
      writeFileSync(join(root, file), text);
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
