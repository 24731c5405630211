import type { SearchTerms } from '../../schemas/search-terms.ts';

/**
 * One term from `content/soegeord/` ready for matching: the forms that show a page uses the term,
 * and the words the index then gets for that page.
 */
export interface SearchTerm {
  /** Where the term is written, for messages: file and field path. */
  file: string;
  field: string;
  /** The headword: `ord`, or the abbreviation. */
  label: string;
  /** Matched at the start of a word, ignoring case, with any ending: "leukæmi" also finds "leukæmien". */
  words: string[];
  /** Matched as a whole token and with its case: "AML" but not "aml" or "AMLx". */
  abbreviations: string[];
  /** Every form of the term; what the index gets for a page that uses one of them. */
  keywords: string[];
  /** The forms patients and parents use (`hverdagsord`), a subset of `keywords`. */
  everyday: string[];
  /** Pages that always get the term. */
  pages: string[];
}

/** Flattens the term files into terms, each remembering its file and field for messages. */
export function toSearchTerms(files: readonly { file: string; data: SearchTerms }[]): SearchTerm[] {
  return files.flatMap(({ file, data }) => [
    ...data.ord.map((w, i) => ({
      file,
      field: `ord[${i}]`,
      label: w.ord,
      words: [w.ord, ...w.synonymer, ...w.hverdagsord],
      abbreviations: w.forkortelser,
      keywords: unique([w.ord, ...w.dele, ...w.forkortelser, ...w.synonymer, ...w.hverdagsord]),
      everyday: unique(w.hverdagsord),
      pages: w.sider,
    })),
    ...data.forkortelser.map((a, i) => ({
      file,
      field: `forkortelser[${i}]`,
      label: a.forkortelse,
      words: [a.betydning, ...a.synonymer, ...a.hverdagsord],
      abbreviations: [a.forkortelse],
      keywords: unique([a.forkortelse, a.betydning, ...a.synonymer, ...a.hverdagsord]),
      everyday: unique(a.hverdagsord),
      pages: a.sider,
    })),
  ]);
}

const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

/** A form as a pattern: spaces match any run of white space, everything else literally. */
function pattern(form: string): string {
  return form
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

/**
 * The extra words of one page: `about` for terms the page is about, `mentions` for the rest, and on a page
 * for patients `everyday` for the everyday words of the terms it uses. The register decides the weight:
 * a page for patients gets the everyday words strongly and the clinical ones weakly, a page for clinicians
 * the other way round, so that "blodkræft" leads to the patients' page and "hæmatologisk cancer" to the
 * clinicians' page of the same group.
 */
export interface PageKeywords {
  about: string[];
  mentions: string[];
  everyday: string[];
}

export interface Matcher {
  /**
   * The keywords a page gets, given its indexed text, its main heading and its path (without base path).
   * A page is about a term when its heading uses one of the term's forms or the term lists the page under
   * `sider`; the index weighs those words higher, so that the page about a term outranks pages that only
   * mention it.
   */
  keywordsFor(page: { text: string; heading: string; path: string; forPatients?: boolean }): PageKeywords;
  /** Terms that no page used, to tell editors which entries have no effect yet. */
  unused(): SearchTerm[];
}

export function createMatcher(terms: readonly SearchTerm[]): Matcher {
  // The letters a form starts with: a form can only match where a word of the text starts with them.
  const leadingLetters = (form: string) => /^[\p{L}\p{N}]*/u.exec(form.trim().toLowerCase())![0];
  // A form of one word of letters and digits is at the start of a word of the page exactly when one of the
  // page's words starts with it: the sorted words answer that. Most forms are one word, and running their
  // expressions over the whole page took more than a quarter of the time spent reading each page.
  const oneWord = (form: string) => /^[\p{L}\p{N}]+$/u.test(form.trim());
  const compiled = terms.map((term) => {
    const longer = term.words.filter((form) => !oneWord(form));
    return {
      term,
      wordStarts: [...new Set(term.words.filter(oneWord).map(leadingLetters))],
      words: longer.length
        ? new RegExp(`${NOT_AFTER_WORD}(?:${longer.map(pattern).join('|')})`, 'iu')
        : undefined,
      abbreviations: term.abbreviations.length
        ? new RegExp(
            `${NOT_AFTER_WORD}(?:${term.abbreviations.map(pattern).join('|')})${NOT_BEFORE_WORD}`,
            'u',
          )
        : undefined,
      wordKeys: [...new Set(longer.map(leadingLetters))],
      abbreviationKeys: [...new Set(term.abbreviations.map(leadingLetters))],
      // The same for every page, so worked out once per term rather than once per page that uses it.
      listedOn: new Set(term.pages),
      clinical: (() => {
        const lay = new Set(term.everyday.map(lower));
        return term.keywords.filter((w) => !lay.has(lower(w)));
      })(),
    };
  });
  /**
   * A page's words, lower-cased and sorted once, so that "could this term be here" is a binary search
   * instead of running every term's regular expression over the whole page (which was most of the
   * search index's time at a few hundred groups).
   */
  type Text = { text: string; words: string[]; starts: Map<string, boolean> };
  const textOf = (text: string): Text => ({
    text,
    words: [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].sort(),
    starts: new Map(),
  });
  // Many terms share a first word ("kræft"), so each page remembers the answer per prefix.
  const hasWordStartingWith = (t: Text, prefix: string) => {
    let known = t.starts.get(prefix);
    if (known === undefined) t.starts.set(prefix, (known = searchPrefix(t.words, prefix)));
    return known;
  };
  const searchPrefix = (words: readonly string[], prefix: string) => {
    if (!prefix) return true;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < words.length && words[lo]!.startsWith(prefix);
  };
  const uses = (t: Text, c: (typeof compiled)[number]) =>
    !!(
      c.wordStarts.some((k) => hasWordStartingWith(t, k)) ||
      (c.words && c.wordKeys.some((k) => hasWordStartingWith(t, k)) && c.words.test(t.text)) ||
      (c.abbreviations &&
        c.abbreviationKeys.some((k) => hasWordStartingWith(t, k)) &&
        c.abbreviations.test(t.text))
    );
  const used = new Set<SearchTerm>();
  return {
    keywordsFor({ text, heading, path, forPatients = false }) {
      const page = textOf(text);
      const title = textOf(heading);
      const about: string[] = [];
      const mentions: string[] = [];
      const everyday: string[] = [];
      for (const c of compiled) {
        const listed = c.listedOn.has(path);
        const inHeading = uses(title, c);
        if (!listed && !inHeading && !uses(page, c)) continue;
        used.add(c.term);
        const clinical = c.clinical;
        const strong = forPatients ? everyday : about;
        if (listed) {
          // The term names this page as its answer: every form of it, in either register; on a page for
          // patients the clinical forms apart from the everyday ones, so that the everyday words alone tell
          // a search that the reader used words from everyday speech.
          if (forPatients) {
            everyday.push(...c.term.everyday);
            about.push(...clinical);
          } else about.push(...c.term.keywords);
        } else if (inHeading) {
          // The page is about the term: the forms of its readers' register count most.
          strong.push(...(forPatients ? c.term.everyday : clinical));
          mentions.push(...(forPatients ? clinical : c.term.everyday));
        } else {
          mentions.push(...c.term.keywords);
        }
      }
      // A word goes into the strongest list it qualifies for, once.
      const lay = unique(everyday);
      const seen = new Set(lay.map(lower));
      const firstTime = (w: string) => {
        const key = lower(w);
        return seen.has(key) ? false : (seen.add(key), true);
      };
      const topic = unique(about).filter(firstTime);
      const rest = unique(mentions).filter(firstTime);
      return { about: topic, mentions: rest, everyday: lay };
    },
    unused: () => terms.filter((t) => !used.has(t)),
  };
}

// Danish lower case of a term's form. The forms are the few hundred in content/soegeord/, asked for on
// every page, and a locale-aware lower case is slow enough to count at thousands of pages.
const lowered = new Map<string, string>();
function lower(word: string): string {
  let l = lowered.get(word);
  if (l === undefined) lowered.set(word, (l = word.toLocaleLowerCase('da')));
  return l;
}

function unique(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => {
    const key = lower(w);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
