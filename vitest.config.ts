import { defineConfig } from 'vitest/config';

// Unit tests run on plain Node: schemas and scripts import no Astro virtual modules.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Vitest's default is one worker per core less one: a single worker on two cores. Many suites here
    // wait on a child process (astro build, git, npm run check), so two workers keep both cores busy.
    maxWorkers: 2,
    // Each worker runs its test files one after another in one process instead of starting a fresh one per
    // file (about 3 s each on a busy machine, for some 60 files). No test here mocks a module or changes
    // process.env, the working directory or another global, so a file cannot leak into the next; a test that
    // needs to would run its code in a child process instead.
    isolate: false,
    // Several tests build the whole site (or a copy of it) in a child process. With two of them side by side
    // on a busy two-core machine one build can take a few minutes, so the limits only catch a test that hangs.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
