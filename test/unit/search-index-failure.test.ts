import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { tempProject } from '../helpers/temp-project.ts';

// A Pagefind whose service stops at the third page: that call and every later one fail.
const close = vi.fn(async () => {});
let calls = 0;
vi.mock('pagefind', () => ({
  createIndex: async () => ({
    errors: [],
    index: {
      addHTMLFile: async () => {
        const call = ++calls;
        await new Promise((resolve) => setTimeout(resolve, call === 3 ? 1 : 20));
        if (call >= 3) throw new Error('Pagefind-tjenesten stoppede.');
        return { errors: [], file: {} };
      },
      writeFiles: async () => ({ errors: [] }),
    },
  }),
  close: () => close(),
}));
const { buildSearchIndex } = await import('../../src/integrations/search-index.ts');

let project: ReturnType<typeof tempProject> | undefined;
let outDir: string | undefined;
afterEach(() => {
  project?.cleanup();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

it('stops with one error and closes Pagefind when Pagefind fails while pages are on their way', async () => {
  project = tempProject();
  outDir = mkdtempSync(join(tmpdir(), 'genomvejledninger-index-fail-'));
  for (let i = 0; i < 20; i++) {
    const file = join(outDir, 'side', String(i), 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      `<!doctype html><html lang="da"><head><title>t</title></head><body><main data-pagefind-body><h1>Side ${i}</h1></main></body></html>`,
    );
  }
  const logger = { info: () => {}, warn: () => {}, error: () => {} };
  const error = await buildSearchIndex({ root: project.root, outDir, logger }).catch((e: Error) => e);
  expect(String(error)).toContain('Pagefind kunne ikke bygge søgeindekset. Se fejlen nedenfor.');
  expect(String((error as Error).cause)).toContain('Pagefind-tjenesten stoppede.');
  expect(close).toHaveBeenCalled();
  expect(readdirSync(outDir)).not.toContain('pagefind');
  // The pages still waiting for an answer when it failed settle without an unhandled rejection.
  await new Promise((resolve) => setTimeout(resolve, 100));
});
