// The benchmark's budgets: how much the full pipeline may cost next to a bare Astro build + Pagefind of the
// same pages. Kept apart from scripts/bench.ts so the rule can be tested without running a benchmark.

/** Wall time of the full build, at most this many times bare `astro build` + Pagefind. */
export const WALL_BUDGET = 1.2;
/** Peak memory of the full build, at most this many times that of bare `astro build` + Pagefind. */
export const MEMORY_BUDGET = 1.3;

/** The middle value (the mean of the two middle ones for an even count); undefined when there is none. */
export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Measured {
  fullSeconds: number;
  bareSeconds: number;
  fullPeakMb: number;
  barePeakMb: number;
}

/** The budgets a measurement breaks, in Danish; empty when it keeps them. */
export function overBudget(m: Measured): string[] {
  const wall = m.fullSeconds / m.bareSeconds;
  const memory = m.fullPeakMb / m.barePeakMb;
  const over: string[] = [];
  if (wall > WALL_BUDGET)
    over.push(`væg-tid ${wall.toFixed(2)} gange bart build + Pagefind (højst ${WALL_BUDGET})`);
  if (memory > MEMORY_BUDGET)
    over.push(`hukommelse ${memory.toFixed(2)} gange bart build + Pagefind (højst ${MEMORY_BUDGET})`);
  return over;
}
