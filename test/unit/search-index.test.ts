import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, fragmentUrl } from '../../src/integrations/search-index.ts';
import { pagePath, readPage } from '../../src/integrations/search-page.ts';
import { audienceLabel, facetsForPath } from '../../src/lib/search-facets.ts';
import { ORDER_FILE } from '../../src/lib/search-ranking.ts';
import { searchTermsSchema } from '../../schemas/search-terms.ts';
import { readContent } from '../../scripts/lib/content.ts';
import { tempProject } from '../helpers/temp-project.ts';

describe('facets from a page address', () => {
  const lookup = {
    groupName: (slug: string) => ({ 'haematologisk-cancer': 'Hæmatologisk cancer' })[slug],
    groupOfIndication: (code: string) => ({ 'HAEM-RR': 'haematologisk-cancer' })[code],
  };
  it.each([
    ['/', { maalgruppe: ['fagpersoner', 'patienter'], sidetype: 'oversigt' }],
    ['/grupper/', { maalgruppe: ['fagpersoner'], sidetype: 'oversigt' }],
    [
      '/grupper/haematologisk-cancer/',
      {
        gruppe: 'Hæmatologisk cancer',
        emne: 'Hæmatologisk cancer',
        maalgruppe: ['fagpersoner'],
        sidetype: 'gruppe',
      },
    ],
    [
      '/indikationer/HAEM-RR/',
      { gruppe: 'Hæmatologisk cancer', maalgruppe: ['fagpersoner'], sidetype: 'indikation' },
    ],
    [
      '/patienter/haematologisk-cancer/',
      { gruppe: 'Hæmatologisk cancer', maalgruppe: ['patienter'], sidetype: 'patientside' },
    ],
    ['/kilder/', { maalgruppe: ['fagpersoner'], sidetype: 'kilde' }],
    ['/tilgaengelighed/', { maalgruppe: ['fagpersoner', 'patienter'], sidetype: 'om' }],
  ])('%s', (path, facets) => {
    expect(facetsForPath(path, lookup)).toEqual(facets);
  });

  it('words the audience for a result', () => {
    expect(audienceLabel(['fagpersoner'])).toBe('For fagpersoner');
    expect(audienceLabel(['patienter'])).toBe('For patienter og pårørende');
    expect(audienceLabel(['fagpersoner', 'patienter'])).toBe('For alle');
  });
});

describe('page paths', () => {
  it('drops index.html and keeps other file names', () => {
    expect(pagePath('/dist', '/dist/index.html')).toBe('/');
    expect(pagePath('/dist', '/dist/grupper/x/index.html')).toBe('/grupper/x/');
    expect(pagePath('/dist', '/dist/404.html')).toBe('/404.html');
  });
});

describe('building the search index', () => {
  let project: ReturnType<typeof tempProject> | undefined;
  let outDir: string | undefined;
  afterEach(() => {
    project?.cleanup();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });
  /** Every page the project's search-term lists name under `sider`. */
  const listedPages = (root: string) => [
    ...new Set(
      readContent(root)
        .filter((e) => e.collection === 'soegeord')
        .flatMap((e) => {
          const data = searchTermsSchema.parse(e.data);
          return [...data.ord, ...data.forkortelser].flatMap((t) => t.sider);
        }),
    ),
  ];

  function site(pages: Record<string, string>): string {
    outDir = mkdtempSync(join(tmpdir(), 'genomvejledninger-index-'));
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(dirname(join(outDir, file)), { recursive: true });
      writeFileSync(join(outDir, file), html);
    }
    return outDir;
  }
  const html = (lang: string, body: string) =>
    `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><header>Søg</header><main data-pagefind-body>${body}</main></body></html>`;

  /** The metadata Pagefind stored for each page, read back from its compressed fragment files. */
  function storedMeta(dir: string): Record<string, Record<string, string>> {
    const folder = join(dir, 'pagefind', 'fragment');
    const fragments = readdirSync(folder).map((f) => {
      const text = gunzipSync(readFileSync(join(folder, f))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: Record<string, string> };
    });
    return Object.fromEntries(fragments.map((f) => [f.url, f.meta]));
  }

  it('indexes the marked pages in Danish and gives them the words of the terms they use', async () => {
    project = tempProject({ nodeModules: false });
    const dir = site({
      'index.html': html(
        'da',
        '<h1>Helgenomsekventering</h1><p>Ved AML kan en knoglemarvstransplantation komme på tale.</p>',
      ),
      'grupper/x/index.html': html('da', '<h1>Myeloid cancer</h1><p>Om leukæmien.</p>'),
      'uden-markering/index.html':
        '<!doctype html><html lang="da"><body><p>Ikke i søgningen.</p></body></html>',
      // Pages that the real search-term lists name under `sider`; the index refuses names of missing pages.
      ...Object.fromEntries(
        listedPages(project.root)
          .filter((p) => p !== '/' && p !== '/grupper/x/')
          .map((p) => [`${p.slice(1)}index.html`, html('da', `<h1>${p}</h1><p>Tom side.</p>`)]),
      ),
    });
    const summary = await buildSearchIndex({ root: project.root, outDir: dir });
    expect(summary.pages).toBe(
      2 + listedPages(project.root).filter((p) => p !== '/' && p !== '/grupper/x/').length,
    );
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['da']);

    const meta = storedMeta(dir);
    expect(Object.keys(meta)).toEqual(expect.arrayContaining(['/', '/grupper/x/']));
    expect(Object.keys(meta)).not.toContain('/uden-markering/');
    expect(meta['/']!.emneord).toContain('WGS');
    expect(meta['/']!.soegeord).toContain('akut myeloid leukæmi');
    expect(meta['/']!.soegeord).toContain('transplantation');
    expect(meta['/grupper/x/']!.soegeord).toContain('leukemi');
    expect(meta['/grupper/x/']!.emneord).toContain('myeloide');
  });

  it('gives a page for patients the everyday words strongly and the clinical ones weakly', async () => {
    project = tempProject({ nodeModules: false });
    // Any term of the real lists with everyday words will do; the test reads which from the lists.
    const term = readContent(project.root)
      .filter((e) => e.collection === 'soegeord')
      .flatMap((e) => searchTermsSchema.parse(e.data).ord)
      .find(
        (t) =>
          t.hverdagsord.length && t.synonymer.length && !t.hverdagsord.includes(t.ord) && !t.sider.length,
      )!;
    const listed = readContent(project.root)
      .filter((e) => e.collection === 'soegeord')
      .flatMap((e) => {
        const data = searchTermsSchema.parse(e.data);
        return [...data.ord, ...data.forkortelser].flatMap((t) => t.sider);
      });
    const dir = site({
      'patienter/x/index.html': html('da', `<h1>Om ${term.ord}</h1><p>Tekst.</p>`),
      'grupper/y/index.html': html('da', `<h1>Om ${term.ord}</h1><p>Tekst.</p>`),
      ...Object.fromEntries(
        [...new Set(listed)].map((p) => [
          `${p.slice(1)}index.html`,
          html('da', '<h1>Side</h1><p>Tom side.</p>'),
        ]),
      ),
    });
    await buildSearchIndex({ root: project.root, outDir: dir });
    const meta = storedMeta(dir);
    expect(meta['/patienter/x/']!.hverdagsord).toContain(term.hverdagsord[0]);
    expect(meta['/patienter/x/']!.soegeord).toContain(term.synonymer[0]);
    expect(meta['/patienter/x/']!.emneord).toBeUndefined();
    expect(meta['/grupper/y/']!.emneord).toContain(term.synonymer[0]);
    expect(meta['/grupper/y/']!.soegeord).toContain(term.hverdagsord[0]);
    expect(meta['/grupper/y/']!.hverdagsord).toBeUndefined();
  });

  it('lists the indexed pages in the order of their files, by the names Pagefind gives them', async () => {
    project = tempProject({ nodeModules: false });
    const listed = listedPages(project.root);
    const dir = site(
      Object.fromEntries(
        [...listed, '/b/', '/a/', '/c/'].map((p) => [
          `${p.slice(1)}index.html`,
          html('da', `<h1>Side ${p}</h1>`),
        ]),
      ),
    );
    await buildSearchIndex({ root: project.root, outDir: dir });
    const ids = JSON.parse(readFileSync(join(dir, 'pagefind', ORDER_FILE), 'utf8')) as string[];
    const urlOf = Object.fromEntries(
      readdirSync(join(dir, 'pagefind', 'fragment')).map((f) => {
        const text = gunzipSync(readFileSync(join(dir, 'pagefind', 'fragment', f))).toString('utf8');
        return [
          f.replace('.pf_fragment', ''),
          (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url,
        ];
      }),
    );
    const files = ids.map((id) => `${urlOf[id]!.slice(1)}index.html`);
    expect(files).toEqual(
      [...new Set([...listed, '/a/', '/b/', '/c/'])].map((p) => `${p.slice(1)}index.html`).sort(),
    );
  });

  it('indexes every page of a build with many pages', async () => {
    project = tempProject();
    const listed = listedPages(project.root);
    const many = Array.from({ length: 40 }, (_, i) => `/mange/${i}/`);
    const dir = site(
      Object.fromEntries(
        [...listed, ...many].map((p) => [`${p.slice(1)}index.html`, html('da', `<h1>Side ${p}</h1>`)]),
      ),
    );
    const summary = await buildSearchIndex({ root: project.root, outDir: dir });
    expect(summary.pages).toBe(new Set([...listed, ...many]).size);
    expect(Object.keys(storedMeta(dir))).toEqual(expect.arrayContaining(many));
  });

  it('names a page that is not in Danish among many, and writes no index', async () => {
    project = tempProject();
    const listed = listedPages(project.root);
    const pages = Object.fromEntries(
      [...listed, ...Array.from({ length: 30 }, (_, i) => `/mange/${i}/`)].map((p) => [
        `${p.slice(1)}index.html`,
        html('da', `<h1>Side ${p}</h1>`),
      ]),
    );
    const dir = site({ ...pages, 'mange/17/index.html': html('en', '<h1>English</h1>') });
    await expect(buildSearchIndex({ root: project.root, outDir: dir })).rejects.toThrow(
      /Siden \/mange\/17\/ har sproget "en", men søgeindekset er dansk\./,
    );
    expect(readdirSync(dir)).not.toContain('pagefind');
  });

  it('stops on a page that is not in Danish', async () => {
    project = tempProject({ nodeModules: false });
    const dir = site({ 'en/index.html': html('en', '<h1>Whole genome sequencing</h1>') });
    await expect(buildSearchIndex({ root: project.root, outDir: dir })).rejects.toThrow(
      /Siden \/en\/ har sproget "en", men søgeindekset er dansk\./,
    );
  });

  it('stops on a search term that points at a page the build does not have', async () => {
    project = tempProject({ nodeModules: false });
    project.write(
      'content/soegeord/sider.yaml',
      'emne: Sider\nord:\n  - ord: blodsygdom\n    sider: [/blodsygdomme/]\n',
    );
    const dir = site({ 'index.html': html('da', '<h1>Forside</h1>') });
    const error = await buildSearchIndex({ root: project.root, outDir: dir }).catch((e: Error) => e);
    expect(String(error)).toContain('content/soegeord/sider.yaml:4:13  felt: ord[0].sider[0]');
    expect(String(error)).toContain(
      'Siden "/blodsygdomme/" findes ikke i det byggede site, eller den er ikke med i søgningen.',
    );
  });
});

describe('reading a page for its search words', () => {
  it('leaves out what Pagefind leaves out, so repeated lists earn a page no search words', () => {
    const page = readPage(
      '<html lang="da"><body><main data-pagefind-body><h1>Find</h1><p>Om siden</p>' +
        '<section data-pagefind-ignore><p>leukæmi myelomatose</p></section><p>Slut</p></main></body></html>',
    );
    expect(page?.heading).toBe('Find');
    expect(page?.text).toContain('Om siden');
    expect(page?.text).toContain('Slut');
    expect(page?.text).not.toContain('leukæmi');
  });
});

describe("a page's address in its fragment file", () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  /** A fragment file as Pagefind writes one: its signature, then the page as JSON, compressed. */
  function fragment(json: string): string {
    dir ||= mkdtempSync(join(tmpdir(), 'genomvejledninger-fragment-'));
    const file = join(dir, `${Math.random().toString(36).slice(2)}.pf_fragment`);
    writeFileSync(file, gzipSync(Buffer.from(`pagefind_dcd${json}`)));
    return file;
  }
  // Text that does not compress, so that the file is much longer than the start that is read first.
  const text = randomBytes(20_000).toString('base64');

  it('is read from the start of a long fragment', () => {
    const file = fragment(JSON.stringify({ url: '/grupper/børn-"x"/', content: text }));
    expect(readFileSync(file).length).toBeGreaterThan(20_000);
    expect(fragmentUrl(file)).toBe('/grupper/børn-"x"/');
  });

  it('needs only the start of the file', () => {
    const file = fragment(JSON.stringify({ url: '/grupper/x/', content: text }));
    // Cut off after its start: a file unpacked whole would not be read at all.
    writeFileSync(file, readFileSync(file).subarray(0, 2_000));
    expect(fragmentUrl(file)).toBe('/grupper/x/');
  });

  it('is found further on when Pagefind does not write it first', () => {
    const file = fragment(JSON.stringify({ content: text, url: '/sidst/' }));
    expect(fragmentUrl(file)).toBe('/sidst/');
  });

  it('is found in an address longer than the start that is read first', () => {
    const long = `/${randomBytes(3_000).toString('hex')}/`;
    expect(fragmentUrl(fragment(JSON.stringify({ url: long, content: text })))).toBe(long);
  });

  it('is none in a file that is not one page', () => {
    expect(fragmentUrl(fragment(JSON.stringify([{ url: '/a/' }, { url: '/b/' }])))).toBeUndefined();
  });
});
