import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { afterEach, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { tempProject } from '../helpers/temp-project.ts';

// Pagefind's command line runs the program that PAGEFIND_EXTENDED_BINARY_PATH names, when it is set: here a
// Pagefind that stops with an error after a while, as a crash or a full disk would.
let folder = '';
let project: ReturnType<typeof tempProject> | undefined;
afterEach(() => {
  vi.unstubAllEnvs();
  project?.cleanup();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** A project whose search terms name no page, so that only Pagefind can fail. */
function projectWithoutTerms() {
  const made = tempProject({ nodeModules: false });
  for (const file of readdirSync(join(made.root, 'content', 'soegeord')))
    rmSync(join(made.root, 'content', 'soegeord', file));
  return made;
}

function failingPagefind(): void {
  const program = join(folder, 'pagefind-fejler');
  writeFileSync(program, '#!/bin/sh\nsleep 0.2\necho "Error: Pagefind-tjenesten stoppede." >&2\nexit 1\n');
  chmodSync(program, 0o755);
  vi.stubEnv('PAGEFIND_EXTENDED_BINARY_PATH', program);
}

function build(pages: number): string {
  const outDir = join(folder, 'dist');
  for (let i = 0; i < pages; i++) {
    const file = join(outDir, 'side', String(i), 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      `<!doctype html><html lang="da"><head><title>t</title></head><body><main data-pagefind-body><h1>Side ${i}</h1></main></body></html>`,
    );
  }
  return outDir;
}

it("stops with Pagefind's own words in Danish when Pagefind fails, and writes no index", async () => {
  project = projectWithoutTerms();
  folder = mkdtempSync(join(tmpdir(), 'genomvejledninger-index-fail-'));
  failingPagefind();
  const outDir = build(20);
  const error = await buildSearchIndex({ root: project.root, outDir }).catch((e: Error) => e);
  expect(String(error)).toContain('Pagefind kunne ikke bygge søgeindekset. Se fejlen nedenfor.');
  expect(String((error as Error).cause)).toContain('Pagefind-tjenesten stoppede.');
  expect(readdirSync(outDir)).not.toContain('pagefind');
});

it('stops with one error when Pagefind fails while the rendered pages are still being read', async () => {
  project = projectWithoutTerms();
  folder = mkdtempSync(join(tmpdir(), 'genomvejledninger-index-fail-'));
  failingPagefind();
  const outDir = build(3);
  // No page was read while rendered: Pagefind starts on the empty mirror at once, and fails.
  const mirror = join(folder, 'spejl');
  mkdirSync(mirror);
  const unhandled = vi.fn();
  process.on('unhandledRejection', unhandled);
  try {
    const rendered = { file: join(folder, 'ingen.jsonl'), mirror, unused: [] };
    const error = await buildSearchIndex({ root: project.root, outDir, rendered }).catch((e: Error) => e);
    expect(String(error)).toContain('Pagefind kunne ikke bygge søgeindekset. Se fejlen nedenfor.');
    expect(String((error as Error).cause)).toContain('Pagefind-tjenesten stoppede.');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(unhandled).not.toHaveBeenCalled();
  } finally {
    process.off('unhandledRejection', unhandled);
  }
});

it('passes on what Pagefind warns about when it builds the index all the same', async () => {
  project = projectWithoutTerms();
  folder = mkdtempSync(join(tmpdir(), 'genomvejledninger-index-fail-'));
  // The program Pagefind's command line would run, with a warning first.
  const real = createRequire(import.meta.resolve('pagefind')).resolve(
    `@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`,
  );
  const program = join(folder, 'pagefind-advarer');
  writeFileSync(program, `#!/bin/sh\necho "Warning: En advarsel fra Pagefind."\nexec "${real}" "$@"\n`);
  chmodSync(program, 0o755);
  vi.stubEnv('PAGEFIND_EXTENDED_BINARY_PATH', program);
  const outDir = build(2);
  const summary = await buildSearchIndex({ root: project.root, outDir });
  expect(summary.pages).toBe(2);
  expect(summary.pagefindNotes).toEqual(['Warning: En advarsel fra Pagefind.']);
  expect(readdirSync(join(outDir, 'pagefind'))).toContain('pagefind.js');
});
