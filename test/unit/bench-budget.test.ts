import { describe, expect, it } from 'vitest';
import { median, overBudget } from '../../scripts/lib/bench-budget.ts';

describe('benchmark budgets', () => {
  it('takes the median of an odd and an even number of runs', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
    expect(median([])).toBeUndefined();
  });

  it('passes a full build within 1.2× wall time and 1.3× memory', () => {
    expect(overBudget({ fullSeconds: 12, bareSeconds: 10, fullPeakMb: 1300, barePeakMb: 1000 })).toEqual([]);
  });

  it('names each budget a full build breaks', () => {
    expect(overBudget({ fullSeconds: 15.5, bareSeconds: 10, fullPeakMb: 2000, barePeakMb: 1000 }))
      .toMatchInlineSnapshot(`
      [
        "væg-tid 1.55 gange bart build + Pagefind (højst 1.2)",
        "hukommelse 2.00 gange bart build + Pagefind (højst 1.3)",
      ]
    `);
  });
});
