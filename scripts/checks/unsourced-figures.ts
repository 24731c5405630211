import { locate, type RawEntry } from '../lib/content.ts';
import { fieldPath, type Problem } from '../lib/problem.ts';
import type { CheckContext } from '../lib/rule.ts';
import { forget } from '../lib/entry-memo.ts';

/**
 * Every figure on the site has a source. The schemas see to that for figure fields (`vaerdi` with
 * `kilde`), but a number can also slip into a free text that has no source of its own, such as an
 * indication's `beskrivelse`. A number in such a text passes only when the same file states it with a
 * source somewhere else (the description "18-20 år" repeats the age criterion's 18 and 20); any other
 * number is a figure without a source and stops the build.
 *
 * A text is sourced when it, or a mapping around it, has `kilde` or `kilder`. Single words are not
 * texts (dates, ids, codes), `sted` is a place in a source, and a number glued to letters or brackets
 * is a name (TP53, del(5q)), as is one after "bilag", "tabel", "punkt" and the like.
 */
const SOURCE_KEYS = new Set(['kilde', 'kilder']);
/**
 * A file's own top-level `kilde` names the document it is mostly drawn from, not where each text in it
 * comes from, so it sources nothing by itself; a top-level `kilder` list (glossary entries, patient
 * pages) is how those files cite, and does. The file's top level is depth 1.
 */
const sourcesItsTexts = (key: string, depth: number) => key === 'kilder' || (key === 'kilde' && depth > 1);
const NOT_FIGURES = new Set(['sted']);
// `(?=\d)` first: the look-behind is then only tried where a number starts, not at every character.
const NUMBER =
  /(?=\d)(?<![\p{L}\p{N}(_/.,-]|(?:bilag|tabel|figur|afsnit|punkt|pkt\.|kapitel|side|s\.|fase|runde|version|trin|indikation)\s)\d+(?:[.,]\d+)*(?![\p{L}\p{N})_])/giu;

const DIGIT = /\d/;

/** "2.200" → 2200, "37,5" → 37.5: Danish thousands and decimals, as the texts write them. */
export function danishNumber(text: string): number {
  const plain = /^\d{1,3}(?:\.\d{3})+$/.test(text) ? text.replace(/\./g, '') : text.replace(',', '.');
  return Number(plain);
}

export function checkUnsourcedFigures(ctx: CheckContext): Problem[] {
  const remember = ctx.remember ?? forget;
  return ctx.raw
    .filter((e) => e.collection !== 'kilder' && e.collection !== 'soegeord')
    .flatMap((e) => remember('tal-med-kilde', e, () => findUnsourcedFigures(e)));
}

interface Text {
  value: string;
  path: (string | number)[];
  sourced: boolean;
}

export function findUnsourcedFigures(entry: RawEntry): Problem[] {
  const texts: Text[] = [];
  const sourcedNumbers = new Set<number>();
  // Walks the parsed values, not the YAML document: the document (with positions) is only parsed when a
  // problem needs its line, which keeps this check fast at 2,000 indications.
  // One path array grows and shrinks with the walk; only a text that holds a digit keeps a copy of it
  // (a copy per value, and an entries array per mapping, were most of this check's time).
  const path: (string | number)[] = [];
  const walk = (value: unknown, sourced: boolean, depth: number): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i], sourced, depth + 1);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      let here = false;
      for (const key in record) if (sourcesItsTexts(key, depth)) here = true;
      for (const key in record) {
        if (SOURCE_KEYS.has(key) || NOT_FIGURES.has(key)) continue;
        path.push(key);
        walk(record[key], sourced || here, depth + 1);
        path.pop();
      }
    } else if (typeof value === 'number') {
      if (sourced) sourcedNumbers.add(value);
    } else if (typeof value === 'string') {
      // A text without a digit holds no figure, whatever its source.
      if (DIGIT.test(value)) texts.push({ value, path: [...path], sourced });
    }
  };
  walk(entry.data, false, 1);
  for (const t of texts.filter((t) => t.sourced))
    for (const m of t.value.matchAll(NUMBER)) sourcedNumbers.add(danishNumber(m[0]));

  return texts
    .filter((t) => !t.sourced && /\s/.test(t.value.trim()))
    .flatMap((t) =>
      [...t.value.matchAll(NUMBER)]
        .filter((m) => !sourcedNumbers.has(danishNumber(m[0])))
        .map((m): Problem => ({
          check: 'tal-med-kilde',
          kind: 'tal-uden-kilde',
          file: entry.file,
          ...locate(entry, t.path),
          field: fieldPath(t.path),
          message: `Tallet ${m[0]} står i en tekst uden kilde, og filen angiver det ikke med kilde andre steder.`,
          hint:
            'Skriv tallet i et felt med kilde (fx et kriterium eller et tal med vaerdi og kilde), eller skriv teksten uden tallet. ' +
            'Er det et navn eller en henvisning og ikke et tal fra kilderne, så skriv ordet foran (fx "bilag 2", "tabel 1").',
        })),
    );
}
