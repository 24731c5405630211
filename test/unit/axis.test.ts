import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../src/lib/axis.ts';

describe('niceTicks', () => {
  it('gives round steps that reach past the largest value', () => {
    expect(niceTicks(5089)).toEqual([0, 2000, 4000, 6000]);
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(41)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(21)).toEqual([0, 10, 20, 30]);
  });

  it('never gives a fraction of a count above 1', () => {
    for (const max of [3, 7, 13, 180, 1002, 2544.5, 6693, 12800]) {
      const ticks = niceTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      if (max >= 4) for (const t of ticks) expect(Number.isInteger(t), `${max}: ${t}`).toBe(true);
    }
  });

  it('has no axis for nothing', () => {
    expect(niceTicks(0)).toEqual([0]);
  });
});
