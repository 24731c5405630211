/**
 * Round tick values for a chart axis from 0 to at least `max`: steps of 1, 2, 2.5 or 5 times a power of
 * ten, about `count` of them, so an axis never reads "2.544,5" (half a sample).
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const ticks: number[] = [];
  for (let i = 0; ticks.at(-1) === undefined || ticks.at(-1)! < max; i++)
    ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}
