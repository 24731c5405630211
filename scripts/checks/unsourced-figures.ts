import { isMap, isPair, isScalar, isSeq, visit, type Node } from 'yaml';
import type { RawEntry } from '../lib/content.ts';
import { fieldPath, type Problem } from '../lib/problem.ts';
import type { CheckContext } from '../lib/check.ts';

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
 * pages) is how those files cite, and does. Ancestors start with the document, so the top-level map is
 * at depth 1.
 */
const sourcesItsTexts = (key: string, depth: number) => key === 'kilder' || (key === 'kilde' && depth > 1);
const NOT_FIGURES = new Set(['sted']);
const NUMBER =
  /(?<![\p{L}\p{N}(_/.,-]|(?:bilag|tabel|figur|afsnit|punkt|pkt\.|kapitel|side|s\.|fase|runde|version|trin|indikation)\s)\d+(?:[.,]\d+)*(?![\p{L}\p{N})_])/giu;

/** "2.200" → 2200, "37,5" → 37.5: Danish thousands and decimals, as the texts write them. */
export function danishNumber(text: string): number {
  const plain = /^\d{1,3}(?:\.\d{3})+$/.test(text) ? text.replace(/\./g, '') : text.replace(',', '.');
  return Number(plain);
}

export function checkUnsourcedFigures(ctx: CheckContext): Problem[] {
  return ctx.raw.filter((e) => e.collection !== 'kilder' && e.collection !== 'soegeord').flatMap(findUnsourcedFigures);
}

interface Text {
  value: string;
  path: (string | number)[];
  sourced: boolean;
  offset: number;
}

export function findUnsourcedFigures(entry: RawEntry): Problem[] {
  const texts: Text[] = [];
  const sourcedNumbers = new Set<number>();
  visit(entry.doc, {
    Scalar(_key, node, ancestors) {
      if (!node.range) return;
      const path: (string | number)[] = [];
      ancestors.forEach((a, i) => {
        if (isPair(a)) path.push(String((a.key as { value?: unknown } | null)?.value));
        else if (isSeq(a)) path.push(a.items.indexOf((ancestors[i + 1] ?? node) as Node));
      });
      const key = path.at(-1);
      // The key of a pair is visited too; only values count.
      const pair = ancestors.at(-1);
      if (isPair(pair) && pair.key === node) return;
      const sourced = ancestors.some((a, depth) => isMap(a) && a.items.some((p) => isScalar(p.key) && sourcesItsTexts(String(p.key.value), depth)));
      if (typeof node.value === 'number') {
        if (sourced) sourcedNumbers.add(node.value);
        return;
      }
      if (typeof node.value !== 'string' || NOT_FIGURES.has(String(key)) || path.some((p) => SOURCE_KEYS.has(String(p)))) return;
      texts.push({ value: node.value, path, sourced, offset: node.range[0] });
    },
  });
  for (const t of texts.filter((t) => t.sourced)) for (const m of t.value.matchAll(NUMBER)) sourcedNumbers.add(danishNumber(m[0]));

  return texts
    .filter((t) => !t.sourced && /\s/.test(t.value.trim()))
    .flatMap((t) =>
      [...t.value.matchAll(NUMBER)]
        .filter((m) => !sourcedNumbers.has(danishNumber(m[0])))
        .map((m): Problem => {
          const pos = entry.lineCounter.linePos(t.offset);
          return {
            check: 'tal-med-kilde',
            kind: 'tal-uden-kilde',
            file: entry.file,
            line: pos.line + entry.lineOffset,
            column: pos.col,
            field: fieldPath(t.path),
            message: `Tallet ${m[0]} står i en tekst uden kilde, og filen angiver det ikke med kilde andre steder.`,
            hint:
              'Skriv tallet i et felt med kilde (fx et kriterium eller et tal med vaerdi og kilde), eller skriv teksten uden tallet. ' +
              'Er det et navn eller en henvisning og ikke et tal fra kilderne, så skriv ordet foran (fx "bilag 2", "tabel 1").',
          };
        }),
    );
}
