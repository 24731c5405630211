import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const unit = 'test/unit';
/** Test files that replace a module with vi.mock: each needs a fresh module registry of its own. */
const mocking = readdirSync(unit)
  .filter((f) => f.endsWith('.test.ts') && /\bvi\.mock\(/.test(readFileSync(`${unit}/${f}`, 'utf8')))
  .map((f) => `${unit}/${f}`);

// Unit tests run on plain Node: schemas and scripts import no Astro virtual modules.
export default defineConfig({
  test: {
    environment: 'node',
    // Vitest's default is one worker per core less one: a single worker on two cores. Many suites here
    // wait on a child process (astro build, git, npm run check), so two workers keep both cores busy.
    maxWorkers: 2,
    // Several tests build the whole site (or a copy of it) in a child process. With two of them side by side
    // on a busy two-core machine one build can take a few minutes, so the limits only catch a test that hangs.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [`${unit}/**/*.test.ts`],
          // One build of the fixture content, beside the tests, for the tests that read a valid build.
          globalSetup: ['test/helpers/fixture-site.setup.ts'],
          exclude: mocking,
          // Each worker runs its test files one after another in one process instead of starting a fresh
          // one per file (about 3 s each on a busy machine, for some 60 files). These files mock no module
          // and change no process.env, working directory or other global, so none can leak into the next.
          isolate: false,
        },
      },
      // A mocked module would leak into the files that share its process, so these get one each.
      { extends: true, test: { name: 'mocks', include: mocking, isolate: true } },
    ],
  },
});
