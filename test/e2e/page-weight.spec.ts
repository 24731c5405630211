import { expect, test } from '@playwright/test';
import { loadFully, watchPage } from '../helpers/page-watch.ts';

// Every page's weight budget is tested in test/e2e/every-page.spec.ts, from the page's one load there.
// Guard against a measurement that silently counts nothing: the home page has HTML and CSS, and the
// sizes are gzipped (smaller than the files, larger than nothing).
test('the weight measurement counts every kind of file a page loads, gzipped', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const watch = await watchPage(page);
  await loadFully(page, '/');
  const sizes = await watch.sizes();
  await context.close();
  expect(sizes.html).toBeGreaterThan(500);
  expect(sizes.css).toBeGreaterThan(500);
  expect(sizes.html).toBeLessThan((await (await request.get('/')).body()).length);
});
