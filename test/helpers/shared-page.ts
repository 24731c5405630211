import {
  test,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type Response,
} from '@playwright/test';

export interface SharedPage {
  /** The page, loaded once for the tests of the block. */
  page: () => Page;
  /** The response to that one load. */
  response: () => Response | null;
}

/**
 * One load of `path` that all the tests of the calling `describe` block read, one after the other in one
 * worker, instead of each loading the page again. For tests that only read the page, or that change it in
 * ways the later tests do not mind (opening a folded section, say); a test that leaves the page loads its own.
 * The block runs in order and stops at its first failure, as a page's own checks in every-page.spec.ts do.
 * `options` are the page's context options (e.g. `javaScriptEnabled: false`), as `test.use` would give them.
 */
export function sharedPage(path: string, options: BrowserContextOptions = {}): SharedPage {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let response: Response | null = null;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browser }) => {
    context = await browser.newContext(options);
    page = await context.newPage();
    response = await page.goto(path);
  });
  test.afterAll(async () => context?.close());
  return {
    page: () => {
      if (!page) throw new Error(`${path} blev ikke indlæst.`);
      return page;
    },
    response: () => response,
  };
}
