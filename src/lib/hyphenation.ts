/**
 * Break points for the long Danish compounds of this site's headings and of the short texts that sit in
 * narrow boxes (form legends and labels, term lists, table headers). Browsers hyphenate Danish only
 * where they have a Danish dictionary, so without one "Helgenomsekventering" broke mid-syllable on a
 * phone, and at 200 % text "centralnervesystemet" and "Sygdomsområde" in the indication finder did too.
 * A <wbr> at the joint of the compound (no character is added, so search and screen readers read the
 * word whole) lets the text break where a reader expects it.
 */
const joints: readonly [RegExp, string][] = [
  [/(helgenom)(sekvent)/gi, '$1<wbr>$2'],
  [/(sekvente)(ring)/gi, '$1<wbr>$2'],
  [/(knoglemarvs)(transplant)/gi, '$1<wbr>$2'],
  [/(kræft)(disposition)/gi, '$1<wbr>$2'],
  [/(dispositions?)(syndrom)/gi, '$1<wbr>$2'],
  [/(immun)(defekt)/gi, '$1<wbr>$2'],
  [/(specialist)(netværk)/gi, '$1<wbr>$2'],
  [/(implementerings?)(status)/gi, '$1<wbr>$2'],
  [/(patient)(grupper?)/gi, '$1<wbr>$2'],
  [/(genom)(center)/gi, '$1<wbr>$2'],
  [/(Tilgængeligheds)(erklæring)/gi, '$1<wbr>$2'],
  [/(sygdoms)(område)/gi, '$1<wbr>$2'],
  [/(central)(nerve)(system)/gi, '$1<wbr>$2<wbr>$3'],
];

/**
 * Elements whose text gets break points: headings, and boxes too narrow for running text to help
 * (`hyphens: auto` cannot, without a dictionary). Paragraphs are left as they are.
 */
const elements = 'h[1-6]|legend|label|dt|dd|th|caption|summary';
const element = new RegExp(`(<(${elements})\\b[^>]*>)([\\s\\S]*?)(<\\/\\2>)`, 'g');

/** Adds break points to the text (not the tags) inside the elements above of an HTML page. */
export function breakCompounds(html: string): string {
  return html.replace(element, (_, open: string, _name: string, inner: string, close: string) => {
    const text = inner
      .split(/(<[^>]+>)/)
      .map((part) => (part.startsWith('<') ? part : joints.reduce((t, [re, to]) => t.replace(re, to), part)))
      .join('');
    return open + text + close;
  });
}
