import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { z } from 'zod';
import { rankedResults } from '../helpers/search-results.ts';
import { projectRoot } from '../helpers/temp-project.ts';

const sitePath = z.string().regex(/^\/(?:[^/\s]+\/)*$/);

// Realistic searches run through the search page of the built site, as a reader would type them.
const querySchema = z
  .object({
    soeg: z.string().min(2),
    // One page, or for a lay query a list: the clinician page, the group's patient page or the glossary can
    // each be the right answer for a parent's words.
    side: z.union([sitePath, z.array(sitePath).min(1)]).transform((s) => (typeof s === 'string' ? [s] : s)),
    inden: z.number().int().min(1).max(10).default(3),
    slags: z.enum(['klinisk', 'bøjet', 'stavefejl', 'lægmand', 'forkortelse', 'orddel', 'sidenavn']),
    /** A known ranking problem, described in the query file; the test then expects the failure, so a fix shows up. */
    bekendtFejl: z.string().min(10).optional(),
  })
  .strict();
const queries = z.array(querySchema).min(30).parse(parse(readFileSync(join(projectRoot, 'test/e2e/search-queries.yaml'), 'utf8')));
const dist = join(projectRoot, 'dist');
const isBuilt = (side: string) => existsSync(join(dist, side, 'index.html'));

// One search page per worker, reused by its queries: loading Pagefind once keeps 60+ queries quick.
const test = base.extend<object, { searchPage: Page }>({
  searchPage: [
    async ({ browser }, use, workerInfo) => {
      // Results load their text only when they scroll into view; a tall window shows the first ten at once.
      const page = await browser.newPage({ baseURL: workerInfo.project.use.baseURL, viewport: { width: 1000, height: 4000 } });
      await page.goto('/soeg/');
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
});

test('the query file covers every patient group and every kind of query', () => {
  const groups = ['haematologisk-cancer', 'boern-og-unge-med-kraeft', 'primaer-immundefekt', 'udbredt-og-uhelbredelig-kraeft', 'unge-voksne-og-arvelig-kraeft'];
  for (const g of groups) expect(queries.filter((q) => q.side[0] === `/grupper/${g}/`).length, g).toBeGreaterThanOrEqual(4);
  expect(new Set(queries.map((q) => q.slags)).size).toBe(querySchema.shape.slags.options.length);
  expect(queries.filter((q) => q.side.some(isBuilt)).length).toBeGreaterThanOrEqual(30);
});

test.describe('search finds the right page', () => {
  for (const q of queries) {
    test(`"${q.soeg}" finds ${q.side.join(' or ')} among the first ${q.inden} (${q.slags})`, async ({ searchPage: page }) => {
      test.skip(!q.side.some(isBuilt), `${q.side.join(', ')} findes ikke i buildet endnu`);
      test.fail(q.bekendtFejl !== undefined, q.bekendtFejl);
      await page.getByRole('searchbox').fill(q.soeg);
      const { paths: found } = await rankedResults(page, q.soeg, q.inden);
      const ranks = q.side.map((side) => found.indexOf(side) + 1).filter((r) => r > 0);
      const position = ranks.length ? Math.min(...ranks) : 0;
      expect(position, `"${q.soeg}" fandt: ${found.join(', ') || 'intet'}`).toBeGreaterThan(0);
      expect(position, `"${q.soeg}" fandt: ${found.join(', ')}`).toBeLessThanOrEqual(q.inden);
    });
  }
});
