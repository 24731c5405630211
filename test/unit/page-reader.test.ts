import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPagesInOrder, type ReaderContext } from '../../src/integrations/page-reader.ts';
import type { SearchTerm } from '../../src/lib/search-keywords.ts';

// The built pages are read on reader threads and handed to Pagefind in the order of the files, whichever
// thread reads which page and whenever it is done: the index depends on that order.
let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const page = (heading: string, body = '') =>
  `<!doctype html><html lang="da"><head><title>t</title></head><body><main id="m" data-pagefind-body><h1>${heading}</h1>${body}</main></body></html>`;

function site(count: number): string[] {
  dist = mkdtempSync(join(tmpdir(), 'genomvejledninger-page-reader-'));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = `side/${String(i).padStart(3, '0')}/index.html`;
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    // Pages of very different sizes, so that the threads finish them out of order.
    const filler = i % 7 === 0 ? '<p>fyld</p>'.repeat(20_000) : '';
    writeFileSync(join(dist, file), page(i % 2 ? `Side ${i} om leukæmi` : `Side ${i}`, filler));
    files.push(file);
  }
  return files;
}

const term = (label: string): SearchTerm => ({
  file: 'content/soegeord/t.yaml',
  field: 'ord[0]',
  label,
  words: [label],
  abbreviations: [],
  keywords: [label],
  everyday: [],
  pages: [],
});

describe('reading the built pages on reader threads', () => {
  it('gives every page in the order of the files, with three threads reading', async () => {
    const files = site(40);
    const context: ReaderContext = {
      root: dist,
      dist,
      terms: [term('leukæmi'), term('myelomatose')],
      checks: { base: '/vejledninger/', routes: [] },
    };
    const reader = readPagesInOrder(files, context, 3);
    try {
      const results = [];
      for (let i = 0; i < files.length; i++) results.push(await reader.next());
      expect(results.map((r) => r.file)).toEqual(files);
      expect(results.map((r) => r.search?.path)).toEqual(
        files.map((f) => `/${f.slice(0, -'index.html'.length)}`),
      );
      expect(results[1]!.search?.content).toContain('content="leukæmi"');
      expect(results[0]!.search?.hasKeywords).toBe(false);
      expect(results[3]!.checked?.page.path).toBe('/vejledninger/side/003/');
      expect([...results[3]!.checked!.page.anchors]).toEqual(['m']);
      // A term is unused only when no thread's pages used it.
      expect(await reader.finish()).toEqual([1]);
    } finally {
      await reader.close();
    }
  });

  it('reads a small build on the calling thread, with the same results as on reader threads', async () => {
    const files = site(12);
    const context: ReaderContext = {
      root: dist,
      dist,
      terms: [term('leukæmi'), term('myelomatose')],
      checks: { base: '/', routes: [] },
    };
    const read = async (threads: number) => {
      const reader = readPagesInOrder(files, context, threads);
      try {
        const results = [];
        for (let i = 0; i < files.length; i++) results.push(await reader.next());
        return { results: results.map((r) => ({ ...r, checkMs: 0 })), unused: await reader.finish() };
      } finally {
        await reader.close();
      }
    };
    expect(await read(0)).toEqual(await read(2));
  });

  it('stops with the reading error of a page that cannot be read', async () => {
    const files = site(3);
    const reader = readPagesInOrder(
      [files[0]!, 'findes/ikke.html', files[1]!],
      { root: dist, dist, terms: [] },
      2,
    );
    try {
      expect((await reader.next()).file).toBe(files[0]);
      await expect(reader.next()).rejects.toThrow(/ENOENT/);
    } finally {
      await reader.close();
    }
  });
});
