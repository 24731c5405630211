import { gzipSync } from 'node:zlib';
import { expect, test, type Browser } from '@playwright/test';
import { editorPages, sitePages } from '../helpers/site-pages.ts';

// Budgets per page, gzipped, in kB of 1,000 bytes; JavaScript counts what loads before search is opened.
const BUDGET = { js: 5_000, total: 40_000 };

type Kind = 'html' | 'css' | 'js' | 'img' | 'andet';
const KIND: Record<string, Kind> = { document: 'html', stylesheet: 'css', script: 'js', image: 'img' };

/** Gzipped size of everything the page loads without any interaction, by kind. */
async function measure(browser: Browser, url: string): Promise<Record<Kind, number>> {
  // A fresh context per page: nothing comes from the cache of an earlier page.
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const sizes: Record<Kind, number> = { html: 0, css: 0, js: 0, img: 0, andet: 0 };
  page.on('response', (response) => {
    // Chromium files the favicon under "other"; its content type says it is an image.
    const kind =
      KIND[response.request().resourceType()] ??
      (response.headers()['content-type']?.startsWith('image/') ? 'img' : 'andet');
    pending.push(
      response.body().then(
        (body) => void (sizes[kind] += gzipSync(body).length),
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return sizes;
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1).padStart(5);

// Reader pages only. The web editor at /admin/ (Decap CMS, about 1.5 MB of JavaScript gzipped) is the editors'
// tool, not a page for readers: it is not in the sitemap, and it is left out here even if it ever were.
const readerPages = () => sitePages().filter((path) => !editorPages.includes(path));

test('every page stays within the weight budget', async ({ browser, baseURL }) => {
  test.setTimeout(30_000 + readerPages().length * 5_000);
  const rows: string[] = [];
  const over: string[] = [];
  for (const path of readerPages()) {
    const s = await measure(browser, new URL(path, baseURL).href);
    const total = s.html + s.css + s.js + s.img + s.andet;
    rows.push(`${kB(s.html)} ${kB(s.css)} ${kB(s.js)} ${kB(s.img)} ${kB(s.andet)} ${kB(total)}  ${path}`);
    // The search page is search opened (about 70 kB of Pagefind JS, 140 kB in all): outside both budgets.
    if (s.js > BUDGET.js && path !== '/soeg/')
      over.push(`${path}: ${kB(s.js).trim()} kB JavaScript (højst ${BUDGET.js / 1000} kB)`);
    if (total > BUDGET.total && path !== '/soeg/')
      over.push(`${path}: ${kB(total).trim()} kB i alt (højst ${BUDGET.total / 1000} kB)`);
  }
  console.log(
    `Sidevægt, gzip, kB (1 kB = 1.000 byte):\n HTML   CSS    JS   Img Andet  I alt  side\n${rows.join('\n')}`,
  );
  expect(rows.length).toBeGreaterThan(1);
  expect(over, 'Sider over budgettet').toEqual([]);
});

test('the measurement counts every kind of file a page loads', async ({ browser, baseURL }) => {
  // Guard against a measurement that silently counts nothing: the home page has HTML and CSS.
  const s = await measure(browser, new URL('/', baseURL).href);
  expect(s.html).toBeGreaterThan(500);
  expect(s.css).toBeGreaterThan(500);
});
