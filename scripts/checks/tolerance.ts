import { num } from '../../src/domain/format.ts';
import { locate } from '../lib/content.ts';
import { fieldPath, type Problem } from '../lib/problem.ts';
import type { CheckContext } from '../lib/rule.ts';
import { forget } from '../lib/entry-memo.ts';
import type { RawEntry } from '../lib/content.ts';

/**
 * The most a figure can be off by the source's own rounding: half its last stated digit ("38" ± 0,5),
 * or for "ca. 2.200" half the rounding step the trailing zeros show (± 50). A larger tolerance would
 * let the sums hide a real difference, such as a whole indication's patients.
 */
export function allowedTolerance(figure: { vaerdi: number; kvalifikator?: string }): {
  max: number;
  step: number;
} {
  const decimals = (String(figure.vaerdi).split('.')[1] ?? '').length;
  let step = 10 ** -decimals;
  if (figure.kvalifikator === 'ca.' && decimals === 0 && figure.vaerdi !== 0) {
    step = 1;
    while (figure.vaerdi % (step * 10) === 0) step *= 10;
  }
  return { max: step / 2, step };
}

/** Every `tolerance` of a figure must lie within what the source's rounding allows. */
export function checkTolerances(ctx: CheckContext): Problem[] {
  const remember = ctx.remember ?? forget;
  return ctx.raw.flatMap((entry) => remember('tolerance', entry, () => tolerances(entry)));
}

function tolerances(entry: RawEntry): Problem[] {
  const problems: Problem[] = [];
  walk(entry.data, [], (figure, path) => {
    const { max, step } = allowedTolerance(figure);
    if (figure.tolerance <= max + 1e-9) return;
    const stated =
      figure.kvalifikator === 'ca.'
        ? `"ca. ${num(figure.vaerdi)}", afrundet til hele ${num(step)}`
        : `${num(figure.vaerdi)} uden "ca."`;
    problems.push({
      check: 'tolerance',
      kind: 'tolerance-for-stor',
      file: entry.file,
      ...locate(entry, [...path, 'tolerance']),
      field: fieldPath([...path, 'tolerance']),
      message: `Tolerancen ${num(figure.tolerance)} er større end kildens afrunding: kilden angiver ${stated}, så tallet kan højst være ${num(max)} ved siden af.`,
      hint:
        `Sæt tolerance til højst ${num(max)}, eller fjern feltet. Går summen ikke op, så ret tallet eller delene, eller anerkend afvigelsen under afvigelser; ` +
        'en tolerance må ikke skjule en hel indikation.',
    });
  });
  return problems;
}

type Figure = { vaerdi: number; tolerance: number; kvalifikator?: string };

function walk(
  value: unknown,
  path: (string | number)[],
  visit: (figure: Figure, path: (string | number)[]) => void,
): void {
  // One path array grows and shrinks with the walk (a copy per value cost most of this check's time);
  // the visitor gets a copy of its own.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], path, visit);
      path.pop();
    }
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.vaerdi === 'number' && typeof record.tolerance === 'number')
    visit(record as Figure, [...path]);
  for (const [key, v] of Object.entries(record))
    if (v && typeof v === 'object') {
      path.push(key);
      walk(v, path, visit);
      path.pop();
    }
}
