/**
 * Plain functions the search UI uses on Pagefind's results, kept apart from the DOM so they can be tested.
 *
 * Pagefind never answers "nothing": when no indexed word starts with a search word, it searches for the
 * longest start of that word that is in the index instead (Pagefind/pagefind#291, #793; no option turns
 * this off), so "SCID" finds every "s." and "hundegalskab" every "hun". `heldWords` tells which of the
 * reader's words a result really holds, so the UI can say that the site does not cover the rest.
 */

/** Lower case, without accents and punctuation: how Pagefind compares words too. */
export function normalizeWord(word: string): string {
  return word
    .toLocaleLowerCase('da')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Danish inflection endings, longest first: what stemming may take off a word or a reader may add to it. */
const ENDINGS = [
  'ernes',
  'erne',
  'ende',
  'enes',
  'ene',
  'ens',
  'ere',
  'ers',
  'ets',
  'ede',
  'en',
  'er',
  'et',
  'es',
  'ne',
  'te',
  'de',
  'e',
  'n',
  'r',
  's',
  't',
  '',
];
const isEnding = (rest: string) => ENDINGS.includes(rest);

/**
 * Whether a word in a page matches what the reader typed: the page's word starts with it (the reader is
 * still typing, or the page inflects it), or the two differ only in an inflection ending.
 */
export function isRealMatch(typed: string, pageWord: string): boolean {
  const q = normalizeWord(typed);
  const w = normalizeWord(pageWord);
  if (!q || !w) return false;
  if (w.startsWith(q)) return true;
  let common = 0;
  while (common < q.length && common < w.length && q[common] === w[common]) common++;
  // At least four letters in common, so that "sarkom" never matches "s" or "sar".
  return common >= Math.min(4, q.length) && isEnding(q.slice(common)) && isEnding(w.slice(common));
}

/** Short words that carry no subject: a search is not "off topic" because a page lacks "mit" or "hos". */
const FILLER = new Set(
  'af at de den der det du efter eller en er et for fra har hos hvad hvem hvor hvordan hvornår hvorfor i ikke jeg kan man med mig min mine mit og om os på sig skal til ved vi vil'.split(
    ' ',
  ),
);

/** The words of a search that name something, in the reader's spelling. */
export function subjectWords(term: string): string[] {
  return term.split(/\s+/).filter((w) => normalizeWord(w).length >= 2 && !FILLER.has(normalizeWord(w)));
}

/** What the UI reads from a loaded result: the words Pagefind matched in its text, and its metadata. */
export interface LoadedResult {
  matchedWords: readonly string[];
  meta: Readonly<Record<string, string | undefined>>;
}

/** The reader's subject words that at least one of the results really holds, in its text or its metadata. */
export function heldWords(
  term: string,
  results: readonly LoadedResult[],
): { held: string[]; missing: string[] } {
  const words = subjectWords(term);
  const holds = (word: string, r: LoadedResult) =>
    r.matchedWords.some((w) => isRealMatch(word, w)) ||
    Object.values(r.meta).some((value) => value?.split(/[\s,/()-]+/).some((w) => isRealMatch(word, w)));
  const held = words.filter((w) => results.some((r) => holds(w, r)));
  return { held, missing: words.filter((w) => !held.includes(w)) };
}

/**
 * The results of a search with the results of the same search for one audience first, each in Pagefind's
 * order: what "pages for patients first" means when a reader searches from a page for patients.
 */
export function preferredFirst<R extends { id: string }>(all: readonly R[], preferred: readonly R[]): R[] {
  const first = new Set(preferred.map((r) => r.id));
  return [...all.filter((r) => first.has(r.id)), ...all.filter((r) => !first.has(r.id))];
}

/**
 * Whether the reader typed one of a page's everyday words (`everyday`: the page's `hverdagsord` metadata,
 * comma-separated, as the search index stores it): the same subject words, in any order and inflection,
 * so "barn med kræft" and "mit barn har kræft" are the everyday words of the children's page for patients,
 * but "kræft" alone is not. The words are marked as everyday words in the search-term lists.
 */
export function isEverydayQuery(term: string, everyday: string | undefined): boolean {
  const typed = subjectWords(term);
  if (!typed.length || !everyday) return false;
  return everyday.split(',').some((form) => {
    const words = subjectWords(form);
    return (
      words.length === typed.length &&
      typed.every((t) => words.some((w) => isRealMatch(t, w))) &&
      words.every((w) => typed.some((t) => isRealMatch(t, w)))
    );
  });
}

/**
 * The file in the search bundle that lists the pages' ids (Pagefind's names for them) in the order of their
 * files in the build; the build writes it (src/integrations/search-index.ts), and inStableOrder uses it.
 */
export const ORDER_FILE = 'sideorden.json';

/**
 * Results in Pagefind's order of relevance, and results it scores the same in the order of `order` (the pages'
 * ids in the order of their files, which the build writes), then of their ids. Pagefind gives equally good
 * results in the order it met their pages while indexing, the order the file system lists the build folder,
 * which differs from one machine to the next; many results of a search often score the same.
 */
export function inStableOrder<R extends { id: string; score: number }>(
  results: readonly R[],
  order: ReadonlyMap<string, number> = new Map(),
): R[] {
  const place = (r: R) => order.get(r.id) ?? Number.MAX_SAFE_INTEGER;
  return [...results].sort(
    (a, b) => b.score - a.score || place(a) - place(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
