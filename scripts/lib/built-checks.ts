import { readBuiltSite, type EarlyPage, type ReadOptions } from './built-site.ts';
import type { Problem } from './problem.ts';
import { checkBuiltLinks } from '../checks/built-links.ts';
import { checkLinkTexts } from '../checks/link-texts.ts';
import { checkInlineHandlers } from '../checks/inline-handlers.ts';

/** Checks on the finished HTML, run after `astro build`. A new one is one file in scripts/checks/ and one line here. */
export const builtChecks = [
  { id: 'links', name: 'links', run: checkBuiltLinks },
  { id: 'linktekst', name: 'linktekster', run: checkLinkTexts },
  { id: 'inline-script', name: 'inline-script', run: checkInlineHandlers },
] as const;

export interface BuiltCheckResult {
  problems: Problem[];
  pages: number;
  timings: { name: string; ms: number; problems: number }[];
}

/** `early`: pages parsed ahead (by the search index's pass) and the time that took, counted as part of reading the HTML. */
export function runBuiltChecks(
  root: string,
  dist: string,
  options: ReadOptions = {},
  early: { pages: ReadonlyMap<string, EarlyPage>; ms: number } = { pages: new Map(), ms: 0 },
): BuiltCheckResult {
  const start = performance.now();
  const site = readBuiltSite(root, dist, options, early.pages);
  const timings: BuiltCheckResult['timings'] = [
    { name: 'læs HTML', ms: early.ms + performance.now() - start, problems: 0 },
  ];
  const problems: Problem[] = [];
  for (const check of builtChecks) {
    const t = performance.now();
    const found = check.run(site);
    timings.push({ name: check.name, ms: performance.now() - t, problems: found.length });
    problems.push(...found);
  }
  return { problems, pages: site.pages.size, timings };
}
