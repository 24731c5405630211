import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtPage, readBuiltSite, scanPage, type EarlyPage } from '../../scripts/lib/built-site.ts';
import { afterBuild } from '../../src/integrations/after-build.ts';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';

// The search index and the built-HTML checks read the pages in one pass: each page is read and parsed once,
// and the checks run once the index has written its files, so what it wrote counts.
let root = '';
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

function write(files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}

const indexed = (body: string) =>
  `<!doctype html><html lang="da"><head><title>Side</title></head><body><main id="indhold" data-pagefind-body><h1>Side</h1>${body}</main></body></html>`;
const logger = { info: () => {}, warn: () => {}, error: () => {} };

describe('the after-build steps', () => {
  it('reports a broken link found in the index pass, and sees the files the index wrote', async () => {
    root = mkdtempSync(join(tmpdir(), 'genomvejledninger-after-build-'));
    write({
      'dist/index.html': indexed(
        '<a href="/sen/">Den sene side</a><script type="module" src="/pagefind/pagefind.js"></script>',
      ),
      'dist/sen/index.html': indexed('<a href="/findes-ikke/">Siden der ikke findes</a>'),
    });
    let report = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => ((report += String(text)), true));
    const site = { root, dist: join(root, 'dist'), base: '/', site: 'https://example.org', routes: [] };
    expect(await afterBuild(site, logger)).toBe(false);
    expect(report).toContain(
      'Linket "Siden der ikke findes" peger på /findes-ikke/, som ikke findes i buildet. (på siden /sen/)',
    );
    expect(report).not.toContain('/pagefind/pagefind.js');
  });

  it('runs the checks while Pagefind indexes, before its files are written', async () => {
    root = mkdtempSync(join(tmpdir(), 'genomvejledninger-after-build-'));
    write({ 'dist/index.html': indexed('<p>Forside</p>') });
    const bundle = join(root, 'dist', 'pagefind');
    const seen: { pages: number; bundleWritten: boolean }[] = [];
    let pages = 0;
    await buildSearchIndex({
      root,
      outDir: join(root, 'dist'),
      checks: {
        base: '/',
        onPage: () => void pages++,
        whileIndexing: () =>
          void seen.push({ pages, bundleWritten: existsSync(join(bundle, 'sideorden.json')) }),
      },
    });
    expect(seen).toEqual([{ pages: 1, bundleWritten: false }]);
    expect(existsSync(join(bundle, 'sideorden.json'))).toBe(true);
  });

  it("gives the checks' view of every HTML file of the build, indexed or not", async () => {
    root = mkdtempSync(join(tmpdir(), 'genomvejledninger-after-build-'));
    write({
      'dist/index.html': indexed('<p id="a">Forside</p>'),
      'dist/uden-markering/index.html':
        '<!doctype html><html lang="da"><body><p id="b">Ej søgbar</p></body></html>',
    });
    const seen: Record<string, { path: string; anchors: string[] }> = {};
    await buildSearchIndex({
      root,
      outDir: join(root, 'dist'),
      checks: {
        base: '/',
        onPage: (file, { page }) => void (seen[file] = { path: page.path, anchors: [...page.anchors] }),
      },
    });
    expect(seen).toEqual({
      'index.html': { path: '/', anchors: ['indhold', 'a'] },
      'uden-markering/index.html': { path: '/uden-markering/', anchors: ['b'] },
    });
  });

  it('parses again a page changed after it was read ahead, and adds a page written since', () => {
    root = mkdtempSync(join(tmpdir(), 'genomvejledninger-after-build-'));
    const dist = join(root, 'dist');
    write({ 'dist/index.html': indexed('<a href="/a/">Side a</a>') });
    const early = new Map<string, EarlyPage>([
      [
        'index.html',
        {
          page: builtPage(root, dist, 'index.html', '/', {}, scanPage(indexed('<a href="/a/">Side a</a>'))),
          mtimeMs: statSync(join(dist, 'index.html')).mtimeMs,
        },
      ],
    ]);
    write({
      'dist/index.html': indexed('<a href="/b/">Side b</a>'),
      'dist/ny/index.html': indexed('<h2 id="ny">Ny</h2>'),
    });
    // A later write time than the one read ahead, whatever the file system's clock resolution.
    utimesSync(join(dist, 'index.html'), new Date(), new Date(Date.now() + 5000));
    const site = readBuiltSite(root, dist, {}, early);
    expect([...site.pages.keys()]).toEqual(['/', '/ny/']);
    expect(site.pages.get('/')!.elements.map((e) => e.attrs.href)).toEqual(['/b/']);
  });
});
