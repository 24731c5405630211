import type { Figure, LabelledFigure } from '../../schemas/figure.ts';

// Each formatter is made when first used: making them all when the module loads, the Copenhagen time
// zone's data among them, cost `npm run check` more than most of its checks after an edit.
const once = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};

const danishNumber = (maximumFractionDigits: number) =>
  once(() => new Intl.NumberFormat('da-DK', { maximumFractionDigits }));
const danishDate = (options: Intl.DateTimeFormatOptions) =>
  once(() => new Intl.DateTimeFormat('da-DK', options));
const longDate = { day: 'numeric', month: 'long', year: 'numeric' } as const;

const number = danishNumber(1);
const monthYear = danishDate({ month: 'long', year: 'numeric', timeZone: 'UTC' });
const fullDate = danishDate({ ...longDate, timeZone: 'UTC' });

export function formatNumber(n: number): string {
  return number().format(n);
}

const unitText: Record<LabelledFigure['enhed'], string> = {
  patienter: 'patienter',
  WGS: 'WGS',
  '%': '%',
  dage: 'dage',
  døgn: 'døgn',
  uger: 'uger',
  år: 'år',
  måneder: 'måneder',
  x: 'x',
  prøver: 'prøver',
  score: '',
  diagnoser: 'diagnoser',
  patientgrupper: 'patientgrupper',
  sygdomsområder: 'sygdomsområder',
  publikationer: 'publikationer',
  patientcases: 'patientcases',
  personer: 'personer',
  møder: 'møder',
  specialistnetværk: 'specialistnetværk',
  gener: 'gener',
  mutationer: 'mutationer',
};

/**
 * A figure as the source states it: qualifier, value or range, unit.
 * Danish typography: thousands with a dot, decimals with a comma, a space before %, none before x.
 */
export function formatFigure(
  f: Pick<Figure, 'vaerdi' | 'til' | 'kvalifikator'>,
  unit?: LabelledFigure['enhed'],
): string {
  const value =
    f.til === undefined ? formatNumber(f.vaerdi) : `${formatNumber(f.vaerdi)}-${formatNumber(f.til)}`;
  const u = unit ? unitText[unit] : '';
  const withUnit = !u ? value : u === 'x' ? `${value}x` : `${value}\u00a0${u}`;
  return f.kvalifikator ? `${f.kvalifikator} ${withUnit}` : withUnit;
}

/** "2022-06-03" → "3. juni 2022"; "2022-03" → "marts 2022"; "2021" → "2021". */
export function formatPartialDate(d: string): string {
  const [y, m, day] = d.split('-').map(Number);
  if (!m) return String(y);
  const date = new Date(Date.UTC(y!, m - 1, day ?? 1));
  return day ? fullDate().format(date) : monthYear().format(date);
}

/** Plural Danish nouns for counts: 1 indikation, 2 indikationer. */
export function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

const dayInCopenhagen = danishDate({ ...longDate, timeZone: 'Europe/Copenhagen' });

/** A moment (ISO 8601, e.g. a commit date) as its Danish calendar date: "23. november 2025". */
export function formatDate(iso: string): string {
  return dayInCopenhagen().format(new Date(iso));
}

// ---------------------------------------------------------------- numbers in messages and arithmetic

const messageNumber = danishNumber(2);
/** Danish number with up to two decimals, for arithmetic shown to readers and editors. */
export const num = (n: number): string => messageNumber().format(n);
/** A number as an editor writes it in YAML (dot decimal, at most four decimals). */
export const yamlNumber = (n: number): string => String(Number(n.toFixed(4)));
/** A number with its unit in arithmetic: "1.234 WGS", "12,5 %". */
export const withUnit = (n: number, unit: string): string => `${num(n)} ${unit}`;

const monthInCopenhagen = danishDate({ month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });
const isoDayInCopenhagen = once(
  () =>
    new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: 'Europe/Copenhagen',
    }),
);

/** A moment's Danish calendar day as YYYY-MM-DD, for `datetime` attributes and grouping. */
export function dayOf(iso: string): string {
  return isoDayInCopenhagen().format(new Date(iso));
}

/** A moment's month in words: "november 2026". */
export function formatMonth(iso: string): string {
  return monthInCopenhagen().format(new Date(iso));
}

/**
 * A name or label as it reads inside a sentence: "Klinisk tilstand" becomes "klinisk tilstand", but an
 * abbreviation keeps its capitals ("AML og MDS", not "aml og mds").
 */
export const inSentence = (text: string): string =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
