import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Pagefind's result list first holds a placeholder per result and swaps each one for the real result when
 * that result's data arrives, in whatever order the fetches finish. The first link in the list is therefore
 * not always the first result: address results by their rank (`data-pf-result-index`), never by DOM order.
 */
export const resultLink = (scope: Page | Locator, rank = 0): Locator =>
  scope.locator(`pagefind-results [data-pf-result-index="${rank}"] a.pf-result-link`);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Waits until the results for `term` are shown, and the first `count` of them are loaded, and returns the
 * total and the paths of the loaded results in rank order (a rank not loaded yet is left out, after `count`).
 */
export async function rankedResults(
  scope: Page | Locator,
  term: string,
  count: number,
): Promise<{ total: number; paths: string[] }> {
  // The summary reads "Søger efter …" while searching, then "3 resultater for …" or "Ingen resultater for …".
  const summary = scope.locator('pagefind-summary');
  await expect(summary).toHaveText(
    new RegExp(`^\\s*(\\d+ resultat(er)?|Ingen resultater) for ${escape(term)}\\s*$`),
  );
  const total = Number((await summary.innerText()).match(/^\s*(\d+)/)?.[1] ?? 0);
  const need = Math.min(count, total);
  const loaded = () =>
    scope.locator('pagefind-results [data-pf-result-index]').evaluateAll((items) =>
      items
        .map((li) => ({
          rank: Number(li.getAttribute('data-pf-result-index')),
          a: li.querySelector<HTMLAnchorElement>('a.pf-result-link'),
        }))
        .filter((r) => r.a !== null)
        .sort((x, y) => x.rank - y.rank)
        .map((r) => ({ rank: r.rank, path: new URL(r.a!.href).pathname })),
    );
  // A result loads when its placeholder scrolls into view, as it does for a reader scrolling down.
  const showNextPlaceholder = () =>
    scope
      .locator('pagefind-results [data-pf-result-index][aria-hidden="true"]')
      .evaluateAll(
        (placeholders, need) =>
          placeholders.find((p) => Number(p.getAttribute('data-pf-result-index')) < need)?.scrollIntoView(),
        need,
      );
  await expect
    .poll(
      async () => {
        await showNextPlaceholder();
        return (await loaded()).filter((r) => r.rank < need).length;
      },
      // Results usually arrive within a few tens of milliseconds; polling often keeps a query set of a
      // hundred searches from waiting out the default's growing pauses after each one.
      { message: `de første ${need} resultater for "${term}" indlæses`, intervals: [20, 50, 100, 250] },
    )
    .toBe(need);
  return { total, paths: (await loaded()).map((r) => r.path) };
}
