import { afterEach, describe, expect, it } from 'vitest';
import { checkLinkTexts, isVagueLinkText, VAGUE_LINK_TEXTS } from '../../scripts/checks/link-texts.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { fakeBuild, page } from '../helpers/fake-build.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function problemsOf(files: Record<string, string>) {
  const build = fakeBuild(files, {
    sources: {
      '/grupper/haematologisk-cancer/': {
        template: 'src/pages/grupper/[slug].astro',
        content: 'content/grupper/haematologisk-cancer.mdx',
      },
    },
  });
  cleanups.push(build.cleanup);
  return checkLinkTexts(build.site);
}

describe('vague link texts', () => {
  it.each(VAGUE_LINK_TEXTS)('"%s" is vague', (text) => {
    expect(isVagueLinkText(text)).toBe(true);
  });

  it.each(['Læs mere', 'KLIK HER', ' Her. ', 'læs mere …', 'Læs mere »', '(link)', 'Læs\n   mere'])(
    '"%s" is vague whatever its case, spacing and punctuation',
    (text) => {
      expect(isVagueLinkText(text)).toBe(true);
    },
  );

  it.each([
    'Læs mere om kriterierne for henvisning',
    'Hæmatologisk cancer',
    'Herlev Hospital',
    'HAEM-RR',
    'Se listen over kildedokumenter',
  ])('"%s" says where it goes', (text) => {
    expect(isVagueLinkText(text)).toBe(false);
  });

  it('reports "læs mere" at the line of the content file that wrote it', () => {
    const problems = problemsOf({
      'dist/grupper/haematologisk-cancer/index.html': page(
        '<p>Om prøverne: <a href="/kilder/#003">Læs mere</a></p>',
      ),
      'content/grupper/haematologisk-cancer.mdx':
        '---\nnavn: x\n---\n\nOm prøverne: [Læs mere](/kilder/#003)\n',
    });
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx:5
        Linkteksten "Læs mere" siger ikke, hvor linket til /kilder/#003 fører hen. (på siden /grupper/haematologisk-cancer/)
        Sådan retter du det: Skriv målet i selve linkteksten, fx "Se kriterierne for henvisning" i stedet for "Læs mere".
        Fejltype: uklar-linktekst (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('judges the aria-label when a link has one, since that is what a screen reader says', () => {
    expect(
      problemsOf({
        'dist/index.html': page('<a href="/kilder/" aria-label="Læs mere om kildedokumenterne">Læs mere</a>'),
      }),
    ).toEqual([]);
    expect(
      problemsOf({ 'dist/index.html': page('<a href="/kilder/" aria-label="her">Kildedokumenterne</a>') }),
    ).toHaveLength(1);
  });

  it('reports a link with no text at all, but accepts an image with alt text as the text', () => {
    expect(
      problemsOf({
        'dist/index.html': page('<a href="/"><img src="/logo.svg" alt="Genomvejledninger, forside"></a>'),
      }),
    ).toEqual([]);
    const problems = problemsOf({
      'dist/index.html': page('<a href="/kilder/"><img src="/logo.svg" alt=""></a>'),
    });
    expect(problems.map((p) => p.message)).toEqual([
      'Linket til /kilder/ har ingen tekst, så en skærmlæser kan ikke sige, hvor det fører hen. (på siden /)',
    ]);
  });
});
