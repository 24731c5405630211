/**
 * Break points for the long Danish compounds of this site's headings. Browsers hyphenate Danish only
 * where they have a Danish dictionary, so without one "Helgenomsekventering" broke mid-syllable on a
 * phone. A <wbr> at the joint of the compound (no character is added, so search and screen readers
 * read the word whole) lets the heading break where a reader expects it.
 */
const joints: readonly [RegExp, string][] = [
  [/(helgenom)(sekvent)/gi, '$1<wbr>$2'],
  [/(sekvente)(ring)/gi, '$1<wbr>$2'],
  [/(knoglemarvs)(transplant)/gi, '$1<wbr>$2'],
  [/(kræft)(disposition)/gi, '$1<wbr>$2'],
  [/(disposition)(s?syndrom)/gi, '$1<wbr>$2'],
  [/(immun)(defekt)/gi, '$1<wbr>$2'],
  [/(specialist)(netværk)/gi, '$1<wbr>$2'],
  [/(implementering)(s?status)/gi, '$1<wbr>$2'],
  [/(patient)(grupper?)/gi, '$1<wbr>$2'],
  [/(genom)(center)/gi, '$1<wbr>$2'],
  [/(Tilgængeligheds)(erklæring)/gi, '$1<wbr>$2'],
];

/** Adds break points to the text (not the tags) inside h1–h4 of an HTML page. */
export function breakHeadings(html: string): string {
  return html.replace(
    /(<h[1-4]\b[^>]*>)([\s\S]*?)(<\/h[1-4]>)/g,
    (_, open: string, inner: string, close: string) => {
      const text = inner
        .split(/(<[^>]+>)/)
        .map((part) =>
          part.startsWith('<') ? part : joints.reduce((t, [re, to]) => t.replace(re, to), part),
        )
        .join('');
      return open + text + close;
    },
  );
}
