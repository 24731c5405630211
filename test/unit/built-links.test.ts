import { afterEach, describe, expect, it } from 'vitest';
import { checkBuiltLinks, srcsetUrls } from '../../scripts/checks/built-links.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { fakeBuild, page } from '../helpers/fake-build.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function problemsOf(files: Record<string, string>, options: Parameters<typeof fakeBuild>[1] = {}) {
  const build = fakeBuild(files, options);
  cleanup = build.cleanup;
  return checkBuiltLinks(build.site);
}

const GROUP_PAGE = '/grupper/haematologisk-cancer/';
const groupSources = {
  [GROUP_PAGE]: {
    template: 'src/pages/grupper/[slug].astro',
    content: 'content/grupper/haematologisk-cancer.mdx',
  },
  '/': { template: 'src/pages/index.astro' },
};

describe('links in the built HTML', () => {
  it('accepts links to pages, files and anchors that exist, and ignores external ones', () => {
    const problems = problemsOf({
      'dist/index.html': page(
        `<a href="/grupper/haematologisk-cancer/">Hæmatologisk cancer</a>
         <a href="grupper/haematologisk-cancer/#HAEM-RR">Refraktær cancer</a>
         <a href="#indhold">Til indholdet</a> <a href="#top">Til toppen</a>
         <a href="https://ngc.dk/om">Nationalt Genom Center</a> <a href="mailto:a@b.dk">Skriv til redaktionen</a>
         <img src="/favicon.svg" alt="Logo" srcset="/favicon.svg 1x, favicon.svg 2x">`,
        '<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://example.org/">',
      ),
      'dist/grupper/haematologisk-cancer/index.html': page('<h2 id="HAEM-RR">Indikation</h2>'),
      'dist/_astro/a.css': 'body{}',
      'dist/favicon.svg': '<svg/>',
    });
    expect(problems).toEqual([]);
  });

  it('reports a link to a page that does not exist, at the line of the content file that wrote it', () => {
    const problems = problemsOf(
      {
        'dist/grupper/haematologisk-cancer/index.html': page(
          '<p>Se <a href="/kildr/">kildedokumenterne</a>.</p>',
        ),
        'dist/kilder/index.html': page(''),
        'content/grupper/haematologisk-cancer.mdx':
          '---\nnavn: Hæmatologisk cancer\n---\n\nSe [kildedokumenterne](/kildr/).\n',
        'src/pages/grupper/[slug].astro': '<Content />',
      },
      { sources: groupSources },
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      check: 'links',
      file: 'content/grupper/haematologisk-cancer.mdx',
      line: 5,
    });
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx:5
        Linket "kildedokumenterne" peger på /kildr/, som ikke findes i buildet. (på siden /grupper/haematologisk-cancer/)
        Sådan retter du det: Mente du /kilder/? Ret adressen, eller opret siden, den skal føre til.
        Fejltype: link-findes-ikke (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('reports a link without the trailing slash the pages are built with', () => {
    const problems = problemsOf({
      'dist/index.html': page('<a href="/kilder">Kildedokumenter</a>'),
      'dist/kilder/index.html': page(''),
    });
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ dist/index.html
        Linket "Kildedokumenter" peger på /kilder uden skråstreg til sidst, men siden ligger på /kilder/. (på siden /)
        Sådan retter du det: Skriv /kilder/ med / til sidst; sitet bygges med trailingSlash: 'always'.
        Fejltype: link-uden-skraastreg (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('reports a missing stylesheet, script and image', () => {
    const problems = problemsOf({
      'dist/index.html': page(
        '<img src="/billeder/kort.png" alt="Kort over regionerne"><script type="module" src="/_astro/soeg.js"></script>',
        '<link rel="stylesheet" href="/_astro/mangler.css">',
      ),
    });
    expect(problems.map((p) => p.message)).toEqual([
      '<link rel="stylesheet" href="/_astro/mangler.css"> henter /_astro/mangler.css, som ikke findes i buildet. (på siden /)',
      '<img src="/billeder/kort.png"> henter /billeder/kort.png, som ikke findes i buildet. (på siden /)',
      '<script src="/_astro/soeg.js"> henter /_astro/soeg.js, som ikke findes i buildet. (på siden /)',
    ]);
    expect(problems[0]!.hint).toBe(
      'Læg filen i public/ eller ret stien. Filer i public/ får adressen uden "public/".',
    );
  });

  it('checks every URL of a srcset', () => {
    expect(srcsetUrls('/a.png 1x, /b.png 2x,c.png')).toEqual(['/a.png', '/b.png', 'c.png']);
    const problems = problemsOf({
      'dist/index.html': page('<img src="/a.png" srcset="/a.png 1x, /b.png 2x" alt="Figur">'),
      'dist/a.png': 'x',
    });
    expect(problems.map((p) => p.message)).toEqual([
      '<img srcset="/b.png"> henter /b.png, som ikke findes i buildet. (på siden /)',
    ]);
  });

  it('reports a #fragment that the target page does not have, with the closest id', () => {
    const problems = problemsOf(
      {
        'dist/index.html': page('<a href="/grupper/haematologisk-cancer/#HAEM-R">Refraktær cancer</a>'),
        'dist/grupper/haematologisk-cancer/index.html': page(
          '<h2 id="HAEM-RR">Refraktær</h2><h2 id="HAEM-MYEL">Myeloid</h2>',
        ),
        'src/pages/index.astro':
          '---\n---\n<a href={url("/grupper/haematologisk-cancer/#HAEM-R")}>Refraktær cancer</a>\n',
      },
      { sources: groupSources },
    );
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ src/pages/index.astro:3
        Linket "Refraktær cancer" peger på afsnittet #HAEM-R på /grupper/haematologisk-cancer/, men den side har intet element med id="HAEM-R". (på siden /)
        Sådan retter du det: Mente du #HAEM-RR? Ret ankeret efter #, eller giv overskriften det id, linket bruger.
        Fejltype: anker-findes-ikke (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('reports a #fragment missing on the same page', () => {
    const problems = problemsOf({
      'dist/index.html': page('<a href="#noegletal">Nøgletal</a><h2 id="nogletal">Nøgletal</h2>'),
    });
    expect(problems.map((p) => p.message)).toEqual([
      'Linket "Nøgletal" peger på afsnittet #noegletal på samme side, men siden har intet element med id="noegletal". (på siden /)',
    ]);
  });

  it('reports a link outside the base path the site is served under', () => {
    const problems = problemsOf(
      {
        'dist/index.html': page('<a href="/grupper/">Patientgrupper</a>'),
        'dist/grupper/index.html': page(''),
      },
      { base: '/vejledninger/' },
    );
    expect(problems.map((p) => p.message)).toEqual([
      'Linket "Patientgrupper" peger på /grupper/, som ligger uden for sitets sti /vejledninger/. (på siden /vejledninger/)',
    ]);
  });

  it('reports the canonical address of a page when it does not exist', () => {
    const problems = problemsOf({
      'dist/404.html': page('', '<link rel="canonical" href="https://example.org/404/">'),
    });
    expect(problems.map((p) => p.message)).toEqual([
      '<link rel="canonical" href="https://example.org/404/"> peger på /404/, som ikke findes i buildet. (på siden /404.html)',
    ]);
  });

  it('reports a broken link in a shared component once, at the component, naming the pages', () => {
    const footer = '<footer><a href="/tilgaengelighed/">Tilgængelighedserklæring</a></footer>';
    const problems = problemsOf(
      {
        'dist/index.html': page(footer),
        'dist/kilder/index.html': page(footer),
        'dist/grupper/index.html': page(footer),
        'dist/grupper/haematologisk-cancer/index.html': page(footer),
        'src/components/SiteFooter.astro':
          "---\n---\n<footer>\n  <a href={url('/tilgaengelighed/')}>Tilgængelighedserklæring</a>\n</footer>\n",
        'src/pages/index.astro': '<Base />',
      },
      { sources: groupSources },
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'src/components/SiteFooter.astro', line: 4 });
    expect(problems[0]!.message).toBe(
      'Linket "Tilgængelighedserklæring" peger på /tilgaengelighed/, som ikke findes i buildet. (på 4 sider: /, /grupper/, /grupper/haematologisk-cancer/ og 1 flere)',
    );
  });

  it('falls back to the content file when the link cannot be found in any source', () => {
    const problems = problemsOf(
      {
        'dist/grupper/haematologisk-cancer/index.html': page('<a href="/findes-ikke/">Findes ikke</a>'),
        'content/grupper/haematologisk-cancer.mdx': '---\n---\n',
      },
      { sources: groupSources },
    );
    expect(problems[0]!.file).toBe('content/grupper/haematologisk-cancer.mdx');
    expect(problems[0]!.line).toBeUndefined();
  });
});
