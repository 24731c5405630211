// Rule `tal-i-noter`: a note that names the figure it stands by must name the same number. Unlike the
// consistency rules next to it, it compares a figure with text, not with other figures, so there is nothing
// to acknowledge: the check runner registers it on its own (scripts/lib/check.ts).
import type { Figure, LabelledFigure } from '../../../schemas/figure.ts';
import { formatFigure, formatNumber } from '../format.ts';

type Unit = LabelledFigure['enhed'];
type Path = (string | number)[];

/**
 * Words a note uses for a figure's unit. Only whole words count: "250 MDS-patienter" names a part of a
 * patient figure, not the figure.
 */
const unitWords: Partial<Record<Unit, readonly string[]>> = {
  WGS: ['wgs', 'helgenomsekventeringer', 'sekventeringer', 'analyser'],
  '%': ['%', 'procent'],
  patientcases: ['patientcases', 'cases'],
  score: [],
};
const wordsFor = (unit: Unit): readonly string[] => unitWords[unit] ?? [unit.toLocaleLowerCase('da')];

/**
 * The unit of a figure that has no `enhed` of its own, from the field it sits in. A field not named here
 * has no unit the rule can recognise, and its note is not compared.
 */
function fieldUnit(path: Path): Unit | undefined {
  const keys = path.filter((k): k is string => typeof k === 'string');
  const last = keys.at(-1) ?? '';
  if (keys.includes('wgsPrAar') || keys.includes('wgsPrPatient') || last === 'helgenomsekventeringer')
    return 'WGS';
  if (keys.includes('patienterPrAar') || last === 'patienter') return 'patienter';
  if (last.startsWith('proever')) return 'prøver';
  if (last === 'andel' || last === 'andelAfForventet' || last === 'andelSpaend') return '%';
  if (last === 'dage') return 'dage';
  if (last === 'indenAar') return 'år';
  if (keys.includes('sekventeringsdybde')) return 'x';
  if (last === 'patientgrupper' || last === 'sjaeldneSygdomme' || last === 'kraeft') return 'patientgrupper';
  if (last === 'sygdomsomraader') return 'sygdomsområder';
  return undefined;
}

// "de 15 publikationer", "disse ca. 2.200 WGS", "hvilke 15-20 %": a word pointing back at something already
// named, an optional qualifier, a number or range in Danish notation, then the word after it.
const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?`;
const BACK_REFERENCE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:de|disse|hvilke)\s+(?:(?:ca\.|op til|højst|mindst|under|over)\s+)?(${NUMBER})(?:\s*[-–]\s*(${NUMBER}))?(?:\s*(%)|\s+([\p{L}]+)|(x)(?![\p{L}]))`,
  'giu',
);

/** "2.200" → 2200, "37,5" → 37.5. */
function danishNumber(text: string): number {
  return /^\d{1,3}(?:\.\d{3})+$/.test(text)
    ? Number(text.replace(/\./g, ''))
    : Number(text.replace(',', '.'));
}

export interface NoteNumberMismatch {
  /** Path of the note in the entry. */
  path: Path;
  /** The words in the note that name the figure, e.g. "de 16 publikationer". */
  phrase: string;
  message: string;
  hint: string;
}

/**
 * The numbers a note gives for the figure it stands by, when they differ from the figure.
 *
 * What counts: in a figure's `note`, a number that the note points back to with "de", "disse" or "hvilke"
 * ("hvilke 15 publikationer", "de ca. 250 helgenomsekventeringer") and that is followed by a word for the
 * figure's own unit. In Danish that phrase means "the figure just named", so it must be the figure's `vaerdi`
 * (or, for a range, `vaerdi` and `til`). Numbers written any other way (a sum, a part, another figure: "i alt
 * op til 1.000 helgenomsekventeringer", "250 MDS-patienter") may differ and are not compared.
 */
export function noteNumberMismatches(data: unknown): NoteNumberMismatch[] {
  const out: NoteNumberMismatch[] = [];
  const walk = (value: unknown, path: Path, unit: Unit | undefined): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i], undefined));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    if (typeof node.vaerdi === 'number' && typeof node.note === 'string') {
      const figureUnit = unit ?? fieldUnit(path);
      if (figureUnit) out.push(...compareNote(node as unknown as Figure, figureUnit, path));
    }
    const labelled = typeof node.enhed === 'string' ? (node.enhed as Unit) : undefined;
    for (const [key, inner] of Object.entries(node)) {
      if (key === 'kilde' || key === 'note') continue;
      walk(inner, [...path, key], key === 'tal' ? labelled : undefined);
    }
  };
  walk(data, [], undefined);
  return out;
}

function compareNote(figure: Figure, unit: Unit, path: Path): NoteNumberMismatch[] {
  const words = wordsFor(unit);
  const allowed = [figure.vaerdi, figure.til].filter((n): n is number => n !== undefined);
  const field = [...path, 'vaerdi']
    .map((p) => (typeof p === 'number' ? `[${p}]` : p))
    .join('.')
    .replace(/\.\[/g, '[');
  const shown = formatFigure(figure, unit).replace(/\u00a0/g, ' ');
  return [...figure.note!.matchAll(BACK_REFERENCE)].flatMap((m): NoteNumberMismatch[] => {
    const word = (m[3] ?? m[4] ?? m[5] ?? '').toLocaleLowerCase('da');
    if (!words.includes(word)) return [];
    const from = danishNumber(m[1]!);
    const to = m[2] === undefined ? undefined : danishNumber(m[2]);
    const agrees =
      to === undefined
        ? allowed.includes(from)
        : from === figure.vaerdi && to === (figure.til ?? figure.vaerdi);
    if (agrees) return [];
    const phrase = m[0]!.trim();
    return [
      {
        path: [...path, 'note'],
        phrase,
        message: `Noten nævner "${phrase}", men tallet, den står ved, er ${shown}.`,
        hint:
          `Med "${phrase.split(/\s/)[0]!.toLocaleLowerCase('da')}" foran peger noten tilbage på tallet i ${field}, så det skal være det samme tal. ` +
          `Har du rettet tallet, så ret også noten (skriv ${formatNumber(figure.vaerdi)}${figure.til === undefined ? '' : `-${formatNumber(figure.til)}`}); ` +
          `har du rettet noten, så ret tallet. Handler noten om et andet tal, så sig hvilket, uden "de", "disse" eller "hvilke" lige foran tallet (fx "i alt ${m[1]} ${word}").`,
      },
    ];
  });
}
