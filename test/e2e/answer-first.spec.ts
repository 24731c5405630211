import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { auditReflow } from '../helpers/page-audits.ts';
import { dist, sitePages } from '../helpers/site-pages.ts';

// Answer first, provenance one step away: what a reader sees on every page. Expectations come from the
// build (the sitemap and dist/data/*.json), never from editorial text.
const pages = sitePages();
const data = <T>(file: string): T => JSON.parse(readFileSync(join(dist, 'data', file), 'utf8')) as T;
type Source = { fil: string; titel: string };
type Figure = { vaerdi: number; til?: number };
type Indication = {
  kode: string;
  kriterier: { rekvirent?: { tekst: string } };
  proevemateriale?: { germline?: { tekst: string } };
  sekventeringsdybde?: { tumor?: Figure; germline?: Figure };
};
const sources = data<Source[]>('kilder.json');
const indications = data<Indication[]>('indikationer.json');
const fileName = /\d{3}_[0-9a-f]{16}/;
const patientPages = pages.filter((p) => /\/patienter\//.test(p));
const withBase = (path: string) => pages.find((p) => p.endsWith(path)) ?? path;

/** The page's reading text: main without its notes section. */
const readingText = (page: Page) =>
  page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelector('#kilder-og-noter')?.remove();
    return copy.textContent ?? '';
  });

test.describe('citations as notes', () => {
  for (const path of pages.filter((p) => !/\/kilder\/$/.test(p))) {
    test(`${path}: no source file name in the reading text`, async ({ page }) => {
      await page.goto(path);
      const text = await readingText(page);
      expect(text.match(fileName)?.[0], `${path} viser et filnavn i brødteksten`).toBeUndefined();
    });
  }

  test('every marker leads to its note and every note back to its markers', async ({ request }) => {
    for (const path of pages) {
      const html = await (await request.get(path)).text();
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      const markers = [...html.matchAll(/<a class="fn" id="(fn-(\d+)-\d+)" href="#(note-\d+)"/g)];
      for (const [, id, n, target] of markers) {
        expect(ids.has(target!), `${path}: ${id} peger på ${target}, som ikke findes`).toBe(true);
        expect(html, `${path}: noten ${n} linker ikke tilbage til ${id}`).toContain(`href="#${id}"`);
      }
      expect(html, `${path}: en markør blev ikke nummereret`).not.toContain('data-fn=');
      if (markers.length > 0)
        expect(ids.has('kilder-og-noter'), `${path} mangler "Kilder og noter"`).toBe(true);
    }
  });

  test('a note marker is reached by keyboard, opens its note and the note leads back', async ({ page }) => {
    await page.goto(withBase('/indikationer/HAEM-RR/'));
    const marker = page
      .getByRole('main')
      .getByRole('link', { name: /^Note \d+$/ })
      .first();
    const name = (await marker.textContent())!.replace(/\D/g, '');
    await marker.focus();
    await expect(marker).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#note-${name}$`));
    const note = page.locator(`#note-${name}`);
    await expect(note).toBeInViewport();
    // The note names the document by its title; the file name is only there.
    const noteText = await note.textContent();
    expect(sources.some((s) => noteText!.includes(s.titel) && noteText!.includes(s.fil))).toBe(true);
    const back = note.getByRole('link', { name: /Tilbage til teksten|note \d+, sted 1/ }).first();
    await back.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#fn-\d+-1$/);
    await expect(marker).toBeInViewport();
  });
});

test.describe('Kort fortalt', () => {
  test('HAEM-RR: who may order, the germline sample and the depth are on the first screen at 1366×900', async ({
    page,
  }) => {
    const i = indications.find((x) => x.kode === 'HAEM-RR')!;
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(withBase('/indikationer/HAEM-RR/'));
    const summary = page.getByRole('region', { name: 'Kort fortalt' });
    const firstWords = (t: string) =>
      t
        .split(/\s+/)
        .slice(0, 4)
        .join(' ')
        .replace(/[.,;:]$/, '');
    const expected = [
      firstWords(i.kriterier.rekvirent!.tekst),
      firstWords(i.proevemateriale!.germline!.tekst),
      `${i.sekventeringsdybde!.tumor!.vaerdi}x`,
      `${i.sekventeringsdybde!.germline!.vaerdi}x`,
    ];
    for (const text of expected) {
      const hit = summary.getByText(text, { exact: false }).first();
      await expect(hit, text).toBeVisible();
      const box = (await hit.boundingBox())!;
      expect(box.y + box.height, `"${text}" står under den første skærm`).toBeLessThanOrEqual(900);
    }
  });
});

test.describe('phone and large text', () => {
  test('the header takes at most a quarter of a 390×844 screen, and the menu opens without JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    for (const path of [pages[0]!, withBase('/indikationer/HAEM-RR/'), ...patientPages.slice(0, 1)]) {
      await page.goto(path);
      const box = (await page.locator('header.site-header').boundingBox())!;
      expect(box.height, path).toBeLessThanOrEqual(844 / 4);
    }
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    await expect(nav).toBeHidden();
    await page.getByRole('link', { name: 'Menu', exact: true }).click();
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link').first()).toBeVisible();
    await page.getByRole('link', { name: 'Luk menuen' }).click();
    await expect(nav).toBeHidden();
    await context.close();
  });

  test("the patients' entry is on the front page's first phone screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(pages[0]!);
    const link = page.getByRole('main').getByRole('link', { name: 'For patienter og pårørende' });
    await expect(link).toBeInViewport();
  });

  test('no "/" key hint on a touch screen', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(pages[0]!);
    await expect(page.locator('.search-button')).toBeVisible();
    await expect(page.locator('.search-button__key')).toBeHidden();
    await context.close();
  });

  for (const path of pages) {
    test(`${path} does not scroll sideways at 390 px with 200 % text`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      await page.evaluate(() => void (document.documentElement.style.fontSize = '200%'));
      expect(await auditReflow(page), `${path} ved 390 px og 200 % tekst`).toEqual([]);
    });
  }
});

test('the main menu fits one line at 1366 px', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(pages[0]!);
  const tops = await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link')
    .evaluateAll((links) =>
      links
        .filter((l) => (l as HTMLElement).offsetParent)
        .map((l) => Math.round(l.getBoundingClientRect().top)),
    );
  expect(tops.length).toBeGreaterThan(1);
  expect(new Set(tops).size).toBe(1);
});

test.describe('patient pages carry nothing for editors or developers', () => {
  for (const path of patientPages) {
    test(path, async ({ page }) => {
      await page.goto(path);
      const main = page.getByRole('main');
      await expect(main.locator('a[href*="github.com"]')).toHaveCount(0);
      await expect(main.locator('[lang="en"]')).toHaveCount(0);
      await expect(main).not.toContainText(/LIX|Redigér denne side|redaktør/i);
      await expect(main.getByRole('region', { name: 'Sidens historik' })).toContainText(
        /Senest ændret|Siden er ny|uden versionshistorikken/,
      );
    });
  }
});

test('a printed page has no navigation or search, and shows its address', async ({ page }) => {
  const path = withBase('/indikationer/HAEM-RR/');
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeHidden();
  await expect(page.locator('.search-button')).toBeHidden();
  const stamp = page.locator('.print-only');
  await expect(stamp).toBeVisible();
  await expect(stamp).toContainText(path);
  await expect(stamp).toContainText(/\d{4}/);
});
