import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startRenderReader } from '../../src/integrations/render-reader.ts';
import { readRenderedPages, renderedPagesWriter } from '../../src/integrations/rendered-file.ts';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import type { RenderedPage } from '../../src/integrations/search-page.ts';
import { tempProject } from '../helpers/temp-project.ts';

// The pages are read for the search index and the built-HTML checks while Astro renders them, on a thread of
// their own; after the build, a page is taken as it was read when its file is the page that was read.
let folder = '';
let project: ReturnType<typeof tempProject> | undefined;
afterEach(() => {
  project?.cleanup();
  project = undefined;
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** How many of this process's threads run at a lower priority than the process (Linux: /proc). */
function backgroundThreads(): number {
  const own = getPriority();
  return readdirSync('/proc/self/task').filter((tid) => {
    // The nice value is the 19th field; the 2nd (the thread's name, in brackets) may hold spaces.
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[16]) > own;
  }).length;
}

/** A project with one search term, which names no page, so that any small build can be indexed. */
function projectWithOneTerm() {
  const made = tempProject({ nodeModules: false });
  for (const file of readdirSync(join(made.root, 'content', 'soegeord')))
    rmSync(join(made.root, 'content', 'soegeord', file));
  made.write('content/soegeord/ord.yaml', 'emne: Ord\nord:\n  - ord: leukæmi\n    synonymer: [leukemi]\n');
  return made;
}

const page = (body: string) =>
  `<!doctype html><html lang="da"><head><title>Side</title></head><body><nav><a href="/">Forside</a></nav><main data-pagefind-body>${body}</main></body></html>`;

function write(files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
}

/** The metadata Pagefind stored for each page, read back from its compressed fragment files. */
function storedMeta(dist: string): Record<string, Record<string, string>> {
  const fragments = join(dist, 'pagefind', 'fragment');
  return Object.fromEntries(
    readdirSync(fragments).map((f) => {
      const text = gunzipSync(readFileSync(join(fragments, f))).toString('utf8');
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as {
        url: string;
        meta: Record<string, string>;
      };
      return [fragment.url, fragment.meta];
    }),
  );
}

const rendered = (path: string, html: string, extra: Partial<RenderedPage> = {}): RenderedPage => ({
  path,
  bytes: Buffer.byteLength(html),
  lang: 'da',
  indexed: true,
  keywords: false,
  metas: '',
  elements: [{ tag: 'a', attrs: { href: '/' }, name: 'Forside' }],
  anchors: [],
  ...extra,
});

describe('the file of rendered pages', () => {
  it('writes an element the pages share once, and reads it back as one object', () => {
    folder = mkdtempSync(join(tmpdir(), 'genomvejledninger-rendered-'));
    const file = join(folder, 'sider.jsonl');
    const pages = [
      rendered('/a/', 'a', { anchors: ['x'] }),
      rendered('/b/', 'bb', {
        elements: [
          { tag: 'a', attrs: { href: '/' }, name: 'Forside' },
          { tag: 'a', attrs: { href: '/b/#x' }, name: 'Afsnit' },
        ],
      }),
    ];
    const writer = renderedPagesWriter(file);
    pages.forEach((p) => writer.write(p));
    writer.close();

    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toContain('"href":"/"');
    // The second page names the element the first page wrote in full by its number.
    expect(JSON.parse(lines[1]!).elements[0]).toBe(0);

    const read = readRenderedPages(file);
    expect([...read.values()]).toEqual(pages);
    expect(read.get('/b/')!.elements[0]).toBe(read.get('/a/')!.elements[0]);
  });

  it('gives no pages for a file that was never written', () => {
    expect(readRenderedPages(join(tmpdir(), 'genomvejledninger-findes-ikke.jsonl')).size).toBe(0);
  });
});

describe('reading the pages while they are rendered', () => {
  /** A reader of the project at `root` that writes into a new temporary folder. */
  function reader(root: string, base = '/') {
    folder = mkdtempSync(join(tmpdir(), 'genomvejledninger-rendered-'));
    return startRenderReader({
      root,
      base,
      file: join(folder, 'sider.jsonl'),
      mirror: join(folder, 'spejl'),
    });
  }

  /** A reader of a project whose search terms the thread cannot read: it fails as it starts. */
  function failingReader() {
    folder = mkdtempSync(join(tmpdir(), 'genomvejledninger-rendered-'));
    write({ 'projekt/content/soegeord/ord.yaml': 'ord: [ikke et ord]\n' });
    return startRenderReader({
      root: join(folder, 'projekt'),
      base: '/',
      file: join(folder, 'sider.jsonl'),
      mirror: join(folder, 'spejl'),
    });
  }

  it("writes each page's search words and the checks' view, and mirrors the indexed pages", async () => {
    project = tempProject({ nodeModules: false });
    const rendering = reader(project.root, '/vejledninger/');
    const indexed = page('<h1 id="top">Myeloid cancer</h1><p>Om leukæmien.</p>');
    rendering.submit('/vejledninger/grupper/x/', indexed);
    rendering.submit(
      '/vejledninger/andet/',
      '<!doctype html><html lang="da"><body><p id="b">Ej søgbar</p></body></html>',
    );
    const done = await rendering.finish();

    const pages = readRenderedPages(done.file);
    expect([...pages.keys()]).toEqual(['/grupper/x/', '/andet/']);
    const group = pages.get('/grupper/x/')!;
    expect(group).toMatchObject({
      bytes: Buffer.byteLength(indexed),
      lang: 'da',
      indexed: true,
      anchors: ['top'],
    });
    expect(group.elements).toEqual([{ tag: 'a', attrs: { href: '/' }, name: 'Forside' }]);
    expect(pages.get('/andet/')).toMatchObject({ indexed: false, keywords: false, anchors: ['b'] });

    // What Pagefind gets: the indexed page with its search words, and nothing else. The pages' file only
    // says that it has them.
    const mirrored = readFileSync(join(done.mirror, 'grupper', 'x', 'index.html'), 'utf8');
    expect(mirrored.slice(mirrored.indexOf('<head>'), mirrored.indexOf('</head>'))).toMatch(
      /<meta data-pagefind-meta="[^"]+" content="[^"]*leukemi/,
    );
    expect(group).toMatchObject({ keywords: true, metas: '' });
    expect(existsSync(join(done.mirror, 'andet'))).toBe(false);
    expect(done.unused.length).toBeGreaterThan(0);
  });

  it.runIf(process.platform === 'linux')(
    "reads on a thread that gives way to Astro's, which keeps its priority",
    async () => {
      project = tempProject({ nodeModules: false });
      const own = getPriority();
      const before = backgroundThreads();
      const rendering = reader(project.root);
      // A page read back means the thread has started and set its priority.
      await Promise.all(
        Array.from({ length: 32 }, (_, i) => rendering.submit(`/s/${i}/`, page('<h1>S</h1>'))),
      );
      const during = backgroundThreads();
      await rendering.finish();
      expect(during).toBe(before + 1);
      expect(getPriority()).toBe(own);
    },
  );

  it('asks the renderer to wait while many pages wait for the thread, and reads them all', async () => {
    project = tempProject({ nodeModules: false });
    const rendering = reader(project.root);
    // Handed over at once, faster than any thread reads them.
    const answers = Array.from({ length: 40 }, (_, i) =>
      rendering.submit(`/side/${i}/`, page(`<h1>Side ${i}</h1>`)),
    );
    expect(answers.slice(0, 31).every((a) => a === undefined)).toBe(true);
    expect(answers[31]).toBeInstanceOf(Promise);
    await Promise.all(answers);
    const done = await rendering.finish();
    expect(readRenderedPages(done.file).size).toBe(40);
  });

  it('does not hold the renderer up when the thread fails with pages waiting', async () => {
    const failing = failingReader();
    const answers = Array.from({ length: 40 }, (_, i) =>
      failing.submit(`/side/${i}/`, page(`<h1>Side ${i}</h1>`)),
    );
    expect(answers[31]).toBeInstanceOf(Promise);
    await Promise.all(answers);
    await expect(failing.finish()).rejects.toThrow('De byggede sider kunne ikke læses');
    // Without the release, this waits for good: a minute tells.
  }, 60_000);

  it('rejects in Danish when the thread cannot read the search terms', async () => {
    const reader = failingReader();
    reader.submit('/', page('<h1>Forside</h1>'));
    await expect(reader.finish()).rejects.toThrow('De byggede sider kunne ikke læses, mens de blev bygget.');
  });
});

describe('the search index from the rendered pages', () => {
  /** A build of `files`, with `pages` as they were read while rendered and the mirror the reader wrote. */
  function renderedBuild(files: Record<string, string>, pages: { page: RenderedPage; mirrored?: string }[]) {
    folder = mkdtempSync(join(tmpdir(), 'genomvejledninger-rendered-'));
    write(Object.fromEntries(Object.entries(files).map(([f, html]) => [`dist/${f}`, html])));
    const writer = renderedPagesWriter(join(folder, 'sider.jsonl'));
    for (const { page: p, mirrored } of pages) {
      if (mirrored !== undefined) {
        p.mirrored = `${p.path.slice(1)}index.html`;
        write({ [`spejl/${p.mirrored}`]: mirrored });
      }
      writer.write(p);
    }
    writer.close();
    mkdirSync(join(folder, 'spejl'), { recursive: true });
    return {
      outDir: join(folder, 'dist'),
      rendered: { file: join(folder, 'sider.jsonl'), mirror: join(folder, 'spejl'), unused: [] },
    };
  }

  it('takes a page as it was read when its file is that page, without reading it again', async () => {
    project = projectWithOneTerm();
    const html = page('<h1>Side</h1><p>Tekst.</p>');
    // Search words the page's text would not give: only the page as read can have brought them.
    const metas = '<meta data-pagefind-meta="soegeord[content]" content="kendemærke">';
    const build = renderedBuild({ 'side/index.html': html }, [
      {
        page: rendered('/side/', html, { keywords: true }),
        mirrored: html.replace('</head>', `${metas}</head>`),
      },
    ]);
    const summary = await buildSearchIndex({ root: project.root, ...build });
    expect(summary).toMatchObject({ pages: 1, pagesWithKeywords: 1 });
    expect(storedMeta(build.outDir)['/side/']!.soegeord).toBe('kendemærke');
  });

  it('reads a page again whose file is not the page that was read, and indexes what the file holds', async () => {
    project = projectWithOneTerm();
    const before = page('<h1>Før</h1>');
    const after = page('<h1>Efter</h1><p>Om leukæmien.</p>');
    const build = renderedBuild({ 'side/index.html': after }, [
      {
        page: rendered('/side/', before, {
          metas: '<meta data-pagefind-meta="soegeord[content]" content="gammel">',
        }),
        mirrored: before,
      },
    ]);
    await buildSearchIndex({ root: project.root, ...build });
    const meta = storedMeta(build.outDir)['/side/']!;
    expect(meta.title).toBe('Efter');
    expect(meta.soegeord).toContain('leukemi');
    expect(meta.soegeord).not.toContain('gammel');
  });

  it('leaves out a page that was read but is not in the build', async () => {
    project = projectWithOneTerm();
    const html = page('<h1>Side</h1>');
    const gone = page('<h1>Væk</h1>');
    const build = renderedBuild({ 'side/index.html': html }, [
      { page: rendered('/side/', html), mirrored: html },
      { page: rendered('/vaek/', gone), mirrored: gone },
    ]);
    const summary = await buildSearchIndex({ root: project.root, ...build });
    expect(summary.pages).toBe(1);
    expect(Object.keys(storedMeta(build.outDir))).toEqual(['/side/']);
  });
});
