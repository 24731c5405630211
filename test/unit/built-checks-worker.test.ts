import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuiltSite, readPages } from '../../scripts/lib/built-site.ts';
import { startBuiltChecks } from '../../src/integrations/built-checks.ts';
import { page } from '../helpers/fake-build.ts';

// The built-HTML checks parse the pages on a worker thread while the search index is built, and check
// once every after-build step has written its files: what is written in between must still count.
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}

const input = () => ({ root, dist: join(root, 'dist'), base: '/', site: 'https://example.org', routes: [] });

describe('built-HTML checks on a worker thread', () => {
  it('reports a broken link, and sees the files written after the checks started', async () => {
    root = mkdtempSync(join(tmpdir(), 'genomvejledninger-worker-'));
    write({
      'dist/index.html': page(
        '<a href="/sen/">Den sene side</a><script type="module" src="/pagefind/soeg.js"></script>',
      ),
    });
    const run = startBuiltChecks(input());
    write({
      'dist/sen/index.html': page('<a href="/findes-ikke/">Siden der ikke findes</a>'),
      'dist/pagefind/soeg.js': '',
    });
    const result = await run.finish();
    expect(result.pages).toBe(2);
    expect(result.problems.map((p) => p.message)).toEqual([
      'Linket "Siden der ikke findes" peger på /findes-ikke/, som ikke findes i buildet. (på siden /sen/)',
    ]);
  });

  it('parses again a page changed after it was read ahead, and adds a page written since', () => {
    root = mkdtempSync(join(tmpdir(), 'genomvejledninger-worker-'));
    const dist = join(root, 'dist');
    write({ 'dist/index.html': page('<a href="/a/">Side a</a>') });
    const early = readPages(root, dist);
    write({
      'dist/index.html': page('<a href="/b/">Side b</a>'),
      'dist/ny/index.html': page('<h2 id="ny">Ny</h2>'),
    });
    // A later write time than the one read ahead, whatever the file system's clock resolution.
    utimesSync(join(dist, 'index.html'), new Date(), new Date(Date.now() + 5000));
    const site = readBuiltSite(root, dist, {}, early);
    expect([...site.pages.keys()]).toEqual(['/', '/ny/']);
    expect(site.pages.get('/')!.elements.map((e) => e.attrs.href)).toEqual(['/b/']);
  });
});
