// The indication finder ("Hvilken indikation passer?"): which indications' written criteria match a
// clinician's answers. This is the one place the matching rule lives; the finder page, its no-script
// filter (generated CSS) and its script all use what this file computes. Plain TypeScript, no Astro.
import {
  diseaseAreas,
  notStated,
  situations,
  type DiseaseArea,
  type FinderAge,
  type FinderFields,
  type Situation,
} from '../../schemas/indication-finder.ts';

/** The parts of an indication the finder reads. */
export interface FinderIndication {
  kode: string;
  findIndikation: FinderFields;
}

/** An age band in months, [fra, til); `til` undefined means no upper end. */
export interface AgeBand {
  id: string;
  label: string;
  fraMaaneder: number;
  tilMaaneder?: number;
}

/** Answers in the form they have in the address (`?alder=…&debut=…&omraade=…&situation=…`). Empty = not answered. */
export interface FinderAnswers {
  alder?: string;
  debut?: string;
  omraade?: string;
  situation?: string;
}

export const finderQuestions = ['alder', 'debut', 'omraade', 'situation'] as const;

/** An ASCII value for the address, e.g. "hæmatologisk kræft" → "haematologisk-kraeft". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const areaOptions = diseaseAreas.map((value) => ({ value, id: slug(value) }));
export const situationOptions = situations.map((value) => ({ value, id: slug(value) }));

const monthsPer = (unit: FinderAge['enhed']) => (unit === 'år' ? 12 : 1);

/** The age range of an indication in months, [lo, hi); an unstated bound is open. */
export function ageRangeInMonths(age: FinderAge): { lo: number; hi?: number } {
  const k = monthsPer(age.enhed);
  return {
    lo: typeof age.fra === 'number' ? age.fra * k : 0,
    hi: typeof age.til === 'number' ? (age.til + 1) * k : undefined,
  };
}

function ageText(months: number): string {
  return months % 12 === 0 ? `${months / 12} år` : `${months} måneder`;
}

/**
 * Age bands cut at every age limit the indications state, so that each band lies wholly inside or
 * wholly outside every indication's range. A new limit in the content gives a new band by itself.
 */
export function ageBands(indications: readonly FinderIndication[]): AgeBand[] {
  const cuts = new Set<number>([0]);
  for (const i of indications) {
    const { lo, hi } = ageRangeInMonths(i.findIndikation.alder);
    cuts.add(lo);
    if (hi !== undefined) cuts.add(hi);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.map((fra, n) => {
    const til = sorted[n + 1];
    const label =
      til === undefined
        ? `${ageText(fra)} eller ældre`
        : til % 12 === 0 && fra % 12 === 0
          ? `${fra / 12}-${til / 12 - 1} år`
          : `${fra}-${til - 1} måneder`;
    return { id: slug(label), label, fraMaaneder: fra, tilMaaneder: til };
  });
}

function bandFits(band: AgeBand, age: FinderAge): boolean {
  const { lo, hi } = ageRangeInMonths(age);
  return (
    (hi === undefined || band.fraMaaneder < hi) && (band.tilMaaneder === undefined || lo < band.tilMaaneder)
  );
}

/** Whether the indication's age criterion, as written, matches the age answers. */
export function ageMatches(i: FinderIndication, answers: FinderAnswers, bands: readonly AgeBand[]): boolean {
  const age = i.findIndikation.alder;
  // For a limit on the age at first diagnosis, that age is asked separately; unanswered, it is the age now.
  const id = age.gaelder === 'ved første diagnose' ? answers.debut || answers.alder : answers.alder;
  if (!id) return true;
  const band = bands.find((b) => b.id === id);
  return band ? bandFits(band, age) : true;
}

function listMatches(values: readonly string[], answer: string | undefined): boolean {
  if (!answer) return true;
  // Where the source does not say, the criterion cannot rule the indication out; the page says so.
  if (values.includes(notStated)) return true;
  return values.some((v) => slug(v) === answer);
}

export const areaMatches = (i: FinderIndication, answers: FinderAnswers) =>
  listMatches(i.findIndikation.sygdomsomraader.vaerdier, answers.omraade);

export const situationMatches = (i: FinderIndication, answers: FinderAnswers) =>
  listMatches(i.findIndikation.situationer.vaerdier, answers.situation);

/** Whether all the indication's written finder criteria match the answers (not whether the patient is eligible). */
export function matches(i: FinderIndication, answers: FinderAnswers, bands: readonly AgeBand[]): boolean {
  return ageMatches(i, answers, bands) && areaMatches(i, answers) && situationMatches(i, answers);
}

/** The indications whose written criteria match the answers, in the given order. */
export function findIndications<T extends FinderIndication>(
  indications: readonly T[],
  answers: FinderAnswers,
): T[] {
  const bands = ageBands(indications);
  return indications.filter((i) => matches(i, answers, bands));
}

/** Reads answers from a query string, keeping only values the questions offer. */
export function answersFromQuery(query: URLSearchParams, bands: readonly AgeBand[]): FinderAnswers {
  const pick = (name: string, allowed: readonly string[]) => {
    const v = query.get(name) ?? '';
    return allowed.includes(v) ? v : undefined;
  };
  const bandIds = bands.map((b) => b.id);
  return {
    alder: pick('alder', bandIds),
    debut: pick('debut', bandIds),
    omraade: pick(
      'omraade',
      areaOptions.map((o) => o.id),
    ),
    situation: pick(
      'situation',
      situationOptions.map((o) => o.id),
    ),
  };
}

/** What the source leaves unstated among the finder's criteria, as sentences for the reader. */
export function unstatedCriteria(i: FinderIndication): string[] {
  const f = i.findIndikation;
  const out: string[] = [];
  if (f.alder.fra === notStated && f.alder.til === notStated) out.push('Kilden angiver ingen aldersgrænse.');
  else if (f.alder.til === notStated) out.push('Kilden angiver ingen øvre aldersgrænse.');
  else if (f.alder.fra === notStated) out.push('Kilden angiver ingen nedre aldersgrænse.');
  if (f.sygdomsomraader.vaerdier.includes(notStated))
    out.push('Kilden angiver ikke, hvilke sygdomsområder indikationen dækker.');
  if (f.situationer.vaerdier.includes(notStated))
    out.push(
      'Kilden angiver ikke, i hvilken situation (fx nyopdaget sygdom eller tilbagefald) indikationen gælder.',
    );
  return out;
}

/** The age range as the reader sees it, e.g. "0-17 år ved første diagnose" or "18 år eller ældre". */
export function ageRangeText(age: FinderAge): string {
  const { fra, til, enhed } = age;
  const range =
    typeof fra === 'number' && typeof til === 'number'
      ? `${fra}-${til} ${enhed}`
      : typeof fra === 'number'
        ? `${fra} ${enhed} eller ældre`
        : typeof til === 'number'
          ? `højst ${til} ${enhed}`
          : 'ingen aldersgrænse angivet';
  return age.gaelder === 'ved første diagnose' ? `${range} ved første diagnose` : range;
}

/**
 * The no-script filter: for each question (the two age questions count as one, since the age at first
 * diagnosis falls back to the age now), the answers under which an indication still matches. The page
 * puts them in data attributes and the generated stylesheet hides a card whose list lacks the answer.
 */
export const emptyToken = '-';
export function filterTokens(
  i: FinderIndication,
  bands: readonly AgeBand[],
): { alder: string[]; omraade: string[]; situation: string[] } {
  const ageIds = ['', ...bands.map((b) => b.id)];
  const tok = (v: string) => v || emptyToken;
  return {
    alder: ageIds.flatMap((a) =>
      ageIds.filter((d) => ageMatches(i, { alder: a, debut: d }, bands)).map((d) => `${tok(a)}~${tok(d)}`),
    ),
    omraade: ['', ...areaOptions.map((o) => o.id)].filter((o) => areaMatches(i, { omraade: o })).map(tok),
    situation: ['', ...situationOptions.map((o) => o.id)]
      .filter((s) => situationMatches(i, { situation: s }))
      .map(tok),
  };
}

export type { DiseaseArea, Situation };
