/**
 * LIX (læsbarhedsindeks, C.-H. Björnsson 1968): words per sentence + 100 × share of long words,
 * where a long word has more than six letters. Below 30 is easy, 40 is middle, above 55 is very hard.
 *
 * Counting rules, chosen so that a page cannot get a better score by layout tricks and so that
 * Danish abbreviations do not split sentences:
 * - The text comes in blocks (paragraphs, list items, table cells). The end of a block always ends a
 *   sentence, so a list item without a full stop is one sentence, not part of the next one.
 * - Inside a block a sentence ends at ".", "!" or "?" followed by white space and a capital letter
 *   (or an opening quote or parenthesis before one). "ca. 500", "bl.a. i" and "2.200" therefore
 *   stay inside their sentence. A colon does not end a sentence: that is the stricter reading.
 * - A word is a run of characters between spaces, with punctuation around it removed; it must
 *   contain a letter or a digit. Its length is the number of letters and digits in it, so "MDS-MPN"
 *   has six and "fase 1-enhed" is two words of four and six.
 * - The index is rounded to a whole number, as LIX is usually given; the limit is tested on that.
 */

/** The highest LIX a page for patients may have: "middel" on Björnsson's scale, like a newspaper. */
export const MAX_PATIENT_LIX = 40;

export interface TextBlock {
  text: string;
  /** Line in the source file where the block starts, for messages. */
  line?: number;
}

export interface Sentence {
  text: string;
  words: number;
  longWords: number;
  line?: number;
}

export interface LixResult {
  /** Rounded LIX. */
  lix: number;
  /** Unrounded LIX, for tests and tie-breaking. */
  exact: number;
  words: number;
  sentences: number;
  longWords: number;
  /** All sentences, longest first (by words, then by long words). */
  longest: Sentence[];
}

const LONG_WORD = 6;
// Letters and digits in any script, so æ, ø, å, é and ü count as letters.
const WORD_CHAR = /[\p{L}\p{N}]/gu;
const SENTENCE_END = /(?<=[.!?]["”»)]?)\s+(?=["“„»(]?\p{Lu})/u;

/** Splits one block into sentences by the rules above. */
export function splitSentences(block: string): string[] {
  const clean = block.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  return clean
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

// Most tokens are plain Danish letters and digits; their letter count is their length, with no need to
// collect every character's match (a thousand patient pages made that a good part of the check).
const PLAIN_WORD = /^[a-zA-Z0-9æøåÆØÅéü]*$/;
const letterCount = (token: string) =>
  PLAIN_WORD.test(token) ? token.length : (token.match(WORD_CHAR)?.length ?? 0);

/** The words of a sentence with their letter counts. */
export function words(sentence: string): { word: string; letters: number }[] {
  return sentence
    .split(/\s+/)
    .map((token) => ({ word: token, letters: letterCount(token) }))
    .filter((w) => w.letters > 0);
}

export function isLongWord(letters: number): boolean {
  return letters > LONG_WORD;
}

/** LIX of blocks of running text. An empty text has LIX 0. */
export function lixOfBlocks(blocks: readonly TextBlock[]): LixResult {
  const sentences: Sentence[] = blocks.flatMap((b) =>
    splitSentences(b.text).map((text) => {
      const ws = words(text);
      return {
        text,
        words: ws.length,
        longWords: ws.filter((w) => isLongWord(w.letters)).length,
        line: b.line,
      };
    }),
  );
  const wordCount = sentences.reduce((n, s) => n + s.words, 0);
  const longCount = sentences.reduce((n, s) => n + s.longWords, 0);
  const exact = wordCount === 0 ? 0 : wordCount / sentences.length + (100 * longCount) / wordCount;
  return {
    lix: Math.round(exact),
    exact,
    words: wordCount,
    sentences: sentences.length,
    longWords: longCount,
    longest: [...sentences].sort((a, b) => b.words - a.words || b.longWords - a.longWords),
  };
}

/** LIX of plain text; blank lines separate blocks. */
export function lix(text: string): LixResult {
  return lixOfBlocks(text.split(/\n\s*\n/).map((t) => ({ text: t })));
}

/** Björnsson's bands, in Danish, for messages to editors. */
export function lixBand(value: number): string {
  if (value < 25) return 'meget let';
  if (value < 35) return 'let';
  if (value < 45) return 'middel';
  if (value < 55) return 'svær';
  return 'meget svær';
}
