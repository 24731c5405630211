import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { tempProject } from '../helpers/temp-project.ts';

// A Pagefind whose service stops while it indexes the pages: the call fails after a while.
const close = vi.fn(async () => {});
vi.mock('pagefind', () => ({
  createIndex: async () => ({
    errors: [],
    index: {
      addDirectory: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('Pagefind-tjenesten stoppede.');
      },
      writeFiles: async () => ({ errors: [] }),
    },
  }),
  close: () => close(),
}));
const { buildSearchIndex } = await import('../../src/integrations/search-index.ts');

/** A project whose search terms name no page, so that only Pagefind can fail. */
function projectWithoutTerms() {
  const made = tempProject({ nodeModules: false });
  rmSync(join(made.root, 'content', 'soegeord'), { recursive: true, force: true });
  return made;
}

let project: ReturnType<typeof tempProject> | undefined;
let outDir: string | undefined;
beforeEach(() => close.mockClear());
afterEach(() => {
  project?.cleanup();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

it('stops with one error and closes Pagefind when Pagefind fails while it indexes', async () => {
  project = projectWithoutTerms();
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
});

it('stops with one error when Pagefind fails while the rendered pages are still being read', async () => {
  project = projectWithoutTerms();
  outDir = mkdtempSync(join(tmpdir(), 'genomvejledninger-index-fail-'));
  writeFileSync(
    join(outDir, 'index.html'),
    '<!doctype html><html lang="da"><head><title>t</title></head><body><main data-pagefind-body><h1>Forside</h1></main></body></html>',
  );
  // No pages were read while rendered: Pagefind starts on the empty mirror, and fails.
  const mirror = join(outDir, '..', `${outDir.split('/').pop()}-spejl`);
  mkdirSync(mirror);
  const unhandled = vi.fn();
  process.on('unhandledRejection', unhandled);
  try {
    const logger = { info: () => {}, warn: () => {}, error: () => {} };
    const rendered = { file: join(mirror, 'ingen.jsonl'), mirror, unused: [] };
    const error = await buildSearchIndex({ root: project.root, outDir, logger, rendered }).catch(
      (e: Error) => e,
    );
    expect(String(error)).toContain('Pagefind kunne ikke bygge søgeindekset. Se fejlen nedenfor.');
    expect(close).toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(unhandled).not.toHaveBeenCalled();
  } finally {
    process.off('unhandledRejection', unhandled);
    rmSync(mirror, { recursive: true, force: true });
  }
});
