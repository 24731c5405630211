import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

export interface FixtureSite {
  /** The copy of the project that was built, with the fixture content as its content/. */
  root: string;
  dist: string;
  /** The build's exit code and its whole output (stdout and stderr). */
  status: number;
  output: string;
}

/**
 * The one build of the fixture content, run by the global setup (fixture-site.setup.ts) for every test file
 * that asks, once it has finished. Read it, never change it: other test files read the same build.
 */
export async function fixtureSite(): Promise<FixtureSite> {
  const dir = inject('fixtureSiteDir');
  writeFileSync(join(dir, 'request'), '');
  // The setup writes the status when the build ends; the test's own timeout bounds the wait.
  while (!existsSync(join(dir, 'status'))) await new Promise((resolve) => setTimeout(resolve, 200));
  const root = readFileSync(join(dir, 'root'), 'utf8');
  return {
    root,
    dist: join(root, 'dist'),
    status: Number(readFileSync(join(dir, 'status'), 'utf8')),
    output: readFileSync(join(dir, 'build.log'), 'utf8'),
  };
}
