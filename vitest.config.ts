import { defineConfig } from 'vitest/config';

// Unit tests run on plain Node: schemas and scripts import no Astro virtual modules.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Vitest's default is one worker per core less one: a single worker on two cores. Many suites here
    // wait on a child process (astro build, git, npm run check), so two workers keep both cores busy.
    maxWorkers: 2,
    testTimeout: 60_000,
    // Some suites build the whole site once in beforeAll; under a full parallel run that can take longer than the default 10 s.
    hookTimeout: 120_000,
  },
});
