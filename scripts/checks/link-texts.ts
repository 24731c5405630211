import type { BuiltSite } from '../lib/built-site.ts';
import { FindingCollector } from '../lib/findings.ts';
import { locateInSource } from '../lib/source-location.ts';
import type { Problem } from '../lib/problem.ts';

/**
 * Link texts that do not say where the link goes. Screen reader users often jump from link to link
 * out of context, so "læs mere" ten times on a page tells them nothing (WCAG 2.4.4).
 * Compared after lower-casing and removing punctuation at the ends.
 */
export const VAGUE_LINK_TEXTS: readonly string[] = [
  'her',
  'klik her',
  'tryk her',
  'læs her',
  'se her',
  'læs mere',
  'læs mere her',
  'se mere',
  'mere',
  'link',
  'linket',
  'dette link',
  'denne side',
];

export function isVagueLinkText(name: string): boolean {
  const normalised = name
    .toLocaleLowerCase('da')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,:;!?»«"'”“()…›→-]+|[\s.,:;!?»«"'”“()…›→-]+$/g, '');
  return VAGUE_LINK_TEXTS.includes(normalised);
}

/** Every link needs a text that says where it leads, and a link without any text is invisible to a screen reader. */
export function checkLinkTexts(site: BuiltSite): Problem[] {
  const found = new FindingCollector();
  for (const page of site.pages.values()) {
    for (const el of page.elements) {
      if (el.tag !== 'a' || el.attrs.href === undefined) continue;
      const href = el.attrs.href;
      const name = el.name ?? '';
      if (name && !isVagueLinkText(name)) continue;
      const at = locateInSource(site, page, name ? [`>${name}<`, `[${name}]`, name, href] : [href]);
      found.add(page, {
        check: 'linktekst',
        kind: 'uklar-linktekst',
        ...at,
        message: name
          ? `Linkteksten "${name}" siger ikke, hvor linket til ${href} fører hen.`
          : `Linket til ${href} har ingen tekst, så en skærmlæser kan ikke sige, hvor det fører hen.`,
        hint: name
          ? `Skriv målet i selve linkteksten, fx "Se kriterierne for henvisning" i stedet for "${name}".`
          : `Skriv en tekst i linket, eller giv et billede i linket en alt-tekst, der siger, hvor linket fører hen.`,
      });
    }
  }
  return found.problems();
}
