import { locate } from '../lib/content.ts';
import type { Problem } from '../lib/problem.ts';
import type { CheckContext } from '../lib/rule.ts';

/**
 * Each part of the evaluation lives in the file named after it, so no part can appear twice
 * and the page can place every part in its fixed order.
 */
export function checkEvaluationParts(ctx: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of ctx.raw) {
    if (entry.collection !== 'evaluering') continue;
    const del = (entry.data as { del?: unknown } | undefined)?.del;
    if (typeof del !== 'string' || del === entry.id) continue;
    problems.push({
      check: 'evaluering',
      file: entry.file,
      ...locate(entry, ['del']),
      field: 'del',
      kind: 'del-filnavn',
      message: `Delen "${del}" står i filen "${entry.id}.yaml"; filnavnet skal være lig delen.`,
      hint: `Omdøb filen til content/evaluering/${del}.yaml, eller ret del til ${entry.id}, hvis det er filen, der har det rigtige navn.`,
    });
  }
  return problems;
}
