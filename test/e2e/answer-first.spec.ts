import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { markerNumber, notePopover } from '../helpers/notes.ts';
import { axeViolations, formatViolations } from '../helpers/page-audits.ts';
import { dist, sitePages } from '../helpers/site-pages.ts';
import { setTextSize } from '../helpers/text-size.ts';

type Box = { x: number; y: number; width: number; height: number };

// Answer first, provenance one step away: what a reader sees on every page. Expectations come from the
// build (the sitemap and dist/data/*.json), never from editorial text.
const pages = sitePages();
const data = <T>(file: string): T => JSON.parse(readFileSync(join(dist, 'data', file), 'utf8')) as T;
type Source = { fil: string; titel: string };
type Figure = { vaerdi: number; til?: number };
type Indication = {
  kode: string;
  kriterier: { rekvirent?: { tekst: string } };
  proevemateriale?: { tumor: { sygdom: string; materialer: string[] }[]; germline?: { tekst: string } };
  sekventeringsdybde?: { tumor?: Figure; germline?: Figure };
};
const sources = data<Source[]>('kilder.json');
const indications = data<Indication[]>('indikationer.json');
const patientPages = pages.filter((p) => /\/patienter\//.test(p));
const withBase = (path: string) => pages.find((p) => p.endsWith(path)) ?? path;
/** An indication's page, whichever the export lists first: what every indication page shows is tested on it. */
const indicationPage = withBase(`/indikationer/${indications[0]!.kode}/`);
/** The first indication whose "Kort fortalt" has who may order, the germline sample and both depths to show. */
const withOrderSampleDepth = indications.find(
  (i) =>
    i.kriterier.rekvirent &&
    i.proevemateriale?.germline &&
    i.sekventeringsdybde?.tumor &&
    i.sekventeringsdybde.germline,
);

test.describe('citations as notes', () => {
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

  /** A note's own text in "Kilder og noter", without its links back to the text. */
  const listedText = (page: Page, n: string) =>
    page
      .locator(`#note-${n}`)
      .evaluate((li) =>
        [...li.querySelectorAll(':scope > p:not(.page-notes__backlinks)')]
          .map((p) => p.textContent)
          .join(' '),
      );

  test('a note marker is reached by keyboard and opens its note where it is cited', async ({ page }) => {
    await page.goto(indicationPage);
    const marker = page
      .getByRole('main')
      .getByRole('link', { name: /^Note \d+$/ })
      .first();
    const name = await markerNumber(marker);
    await marker.focus();
    await expect(marker).toBeFocused();
    await page.keyboard.press('Enter');
    const note = await notePopover(marker);
    await expect(note).toBeVisible();
    await expect(note).toBeFocused();
    await expect(note).toBeInViewport();
    expect(page.url(), 'the note opens in place, the page does not jump to the list').not.toContain('#');
    // The same text as the note in the list: the document by its title, linked to the list of sources,
    // and no file name (an editor finds that on /kilder/).
    const listed = (await listedText(page, name)).replace(/\s+/g, ' ').trim();
    await expect(note).toContainText(listed);
    const noteText = (await note.textContent())!;
    expect(sources.filter((s) => noteText.includes(s.titel)).length).toBeGreaterThan(0);
    expect(sources.some((s) => noteText.includes(s.fil))).toBe(false);
    await expect(note.locator('a[href*="/kilder/#"]').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
    await expect(marker).toBeFocused();
  });

  test('from the open note a reader reaches the list of notes, and from there the text again', async ({
    page,
  }) => {
    await page.goto(indicationPage);
    const marker = page.locator('main a.fn').first();
    const name = await markerNumber(marker);
    await marker.focus();
    await page.keyboard.press('Enter');
    const note = await notePopover(marker);
    const all = note.getByRole('link', { name: 'Se alle kilder og noter' });
    await all.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#note-${name}$`));
    await expect(note).toBeHidden();
    const listed = page.locator(`#note-${name}`);
    await expect(listed).toBeInViewport();
    const back = listed.getByRole('link', { name: /Tilbage til teksten|note \d+, sted 1/ }).first();
    await back.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#fn-\d+-1$/);
    await expect(marker).toBeInViewport();
  });

  /** Whether two boxes overlap. */
  const overlap = (a: Box, b: Box) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  test('a clicked note opens by its marker, leaves it in view, and a click outside closes it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(indicationPage);
    // A marker near the bottom of the window, where a note below it does not fit at first.
    const marker = page.locator('main a.fn:visible').nth(3);
    await marker.evaluate((m) => scrollBy(0, m.getBoundingClientRect().bottom - innerHeight + 4));
    expect(await marker.evaluate((m) => innerHeight - m.getBoundingClientRect().bottom)).toBeLessThan(150);
    await marker.click();
    const note = await notePopover(marker);
    await expect(note).toBeInViewport({ ratio: 1 });
    await expect(marker).toBeInViewport();
    expect(page.url()).not.toContain('#');
    // Beside the marker, and not over it or the line it is in.
    const at = (await marker.boundingBox())!;
    const box = (await note.boundingBox())!;
    expect(overlap(at, box), 'noten dækker sin markør').toBe(false);
    // Below it: the page moved up to make room, rather than the note covering the text above the marker.
    const gap = box.y - (at.y + at.height);
    expect(gap, `noten står ${gap} px under sin markør`).toBeGreaterThanOrEqual(0);
    expect(gap, `noten står ${gap} px under sin markør`).toBeLessThan(24);
    expect(formatViolations(await axeViolations(page, '#note-popover'))).toBe('');
    // The margin left of the text: outside the note, and nothing there to click.
    await page.mouse.click(5, 450);
    await expect(note).toBeHidden();
    await marker.click();
    await expect(note).toBeVisible();
    await note.getByRole('button', { name: 'Luk' }).click();
    await expect(note).toBeHidden();
  });

  test('Tab from the end of an open note goes on after its marker, Shift+Tab back to the marker', async ({
    page,
  }) => {
    await page.goto(indicationPage);
    const marker = page.locator('main a.fn:visible').first();
    // Where Tab goes from the marker with no note open.
    await marker.focus();
    await page.keyboard.press('Tab');
    await page.evaluate(() => document.activeElement!.setAttribute('data-after-marker', ''));
    const after = page.locator('[data-after-marker]');

    await marker.focus();
    await page.keyboard.press('Enter');
    const note = await notePopover(marker);
    await expect(note).toBeFocused();
    const stops = await note.locator('a[href], button').count();
    for (let i = 0; i < stops; i++) {
      await page.keyboard.press('Tab');
      await expect(note).toBeVisible();
    }
    await page.keyboard.press('Tab');
    await expect(note).toBeHidden();
    await expect(after).toBeFocused();

    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(note).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(note).toBeHidden();
    await expect(marker).toBeFocused();
  });

  test('on a phone with 200 % text an open note is a sheet below its marker, with "Luk" in view', async ({
    page,
  }) => {
    for (const width of [320, 390]) {
      const height = width === 320 ? 640 : 844;
      await page.setViewportSize({ width, height });
      await page.goto(patientPages.find((p) => /\/patienter\/[^/]+\/$/.test(p))!);
      await setTextSize(page, '200%');
      const marker = page.locator('main a.fn:visible').first();
      await marker.scrollIntoViewIfNeeded();
      await marker.click();
      const note = await notePopover(marker);
      await expect(note).toBeVisible();
      const box = (await note.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      // The sentence with the marker stays readable above the sheet.
      await expect(marker).toBeInViewport();
      const at = (await marker.boundingBox())!;
      expect(at.y + at.height, `${width} px: markøren er dækket af noten`).toBeLessThanOrEqual(box.y);
      // The note's text is as large as the page's.
      const sizes = await note.evaluate((n) => [
        parseFloat(getComputedStyle(n).fontSize),
        parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize),
      ]);
      expect(sizes[0]).toBeGreaterThanOrEqual(sizes[1]!);
      const close = note.getByRole('button', { name: 'Luk' });
      await expect(close).toBeInViewport();
      // The title and "Luk" share one line, and what Tab reaches in the note is not under them.
      const header = (await note.locator('.note-popover__header').boundingBox())!;
      expect(header.height, `${width} px: titlen og "Luk" står ikke på én linje`).toBeLessThan(
        2 * (await close.boundingBox())!.height,
      );
      for (const step of [1, 2]) {
        await page.keyboard.press('Tab');
        const focused = (await page.locator(':focus').boundingBox())!;
        if (step === 2)
          expect(focused.y, `${width} px: fokus er under notens titel`).toBeGreaterThanOrEqual(
            header.y + header.height - 1,
          );
      }
      await close.click();
      await expect(note).toBeHidden();
    }
  });
});

test.describe('Kort fortalt', () => {
  // The acceptance case: an indication with all four facts to show (today the first in the export that has them).
  const i = withOrderSampleDepth;
  test(`${i?.kode ?? 'an indication'}: who may order, the germline sample and the depth are on the first screen at 1366×900`, async ({
    page,
  }) => {
    expect(
      i,
      'no indication in the export has who may order, a germline sample and both depths',
    ).toBeDefined();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(withBase(`/indikationer/${i!.kode}/`));
    const summary = page.getByRole('region', { name: 'Kort fortalt' });
    const firstWords = (t: string) =>
      t
        .split(/\s+/)
        .slice(0, 4)
        .join(' ')
        .replace(/[.,;:]$/, '');
    const expected = [
      firstWords(i!.kriterier.rekvirent!.tekst),
      firstWords(i!.proevemateriale!.germline!.tekst),
      `${i!.sekventeringsdybde!.tumor!.vaerdi}x`,
      `${i!.sekventeringsdybde!.germline!.vaerdi}x`,
    ];
    for (const text of expected) {
      const hit = summary.getByText(text, { exact: false }).first();
      await expect(hit, text).toBeVisible();
      const box = (await hit.boundingBox())!;
      expect(box.y + box.height, `"${text}" står under den første skærm`).toBeLessThanOrEqual(900);
    }
  });
});

// A disease whose tumour sample shares nothing with the other diseases' (as one the source gives no sample
// for) must not be run together with them.
test('"Kort fortalt" names each disease when one has a tumour sample of its own', async ({ page }) => {
  const mixed = indications.filter((i) => {
    const tumour = i.proevemateriale?.tumor ?? [];
    return (
      tumour.length > 1 &&
      tumour.some((t) =>
        t.materialer.every((m) => tumour.filter((o) => o !== t).every((o) => !o.materialer.includes(m))),
      )
    );
  });
  test.skip(mixed.length === 0, 'No indication in the export has a disease with a tumour sample of its own.');
  for (const i of mixed) {
    await page.goto(withBase(`/indikationer/${i.kode}/`));
    const samples = page
      .getByRole('region', { name: 'Kort fortalt' })
      .locator('div')
      .filter({ has: page.getByRole('term').getByText('Prøver', { exact: true }) })
      .getByRole('definition');
    const text = (await samples.textContent())!.replace(/\s+/g, ' ');
    for (const t of i.proevemateriale!.tumor) {
      // The disease, and right after it its own materials (the first of them is enough to tell).
      const at = text.toLowerCase().indexOf(t.sygdom.toLowerCase());
      expect(at, `${i.kode}: "${t.sygdom}" står ikke i Kort fortalt`).toBeGreaterThanOrEqual(0);
      const after = text.slice(at + t.sygdom.length);
      expect(after.startsWith(`: ${t.materialer[0]}`), `${i.kode}: "${t.sygdom}${after.slice(0, 40)}"`).toBe(
        true,
      );
    }
  }
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
    for (const path of [pages[0]!, indicationPage, ...patientPages.slice(0, 1)]) {
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

  test('on a phone the menu opens in place, and Escape, "Luk menuen" or a tap beside it closes it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(indicationPage);
    const entries = await page.evaluate(() => history.length);
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    const button = page.getByRole('button', { name: 'Menu', exact: true });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(nav).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    await page.getByRole('main').getByRole('heading', { level: 1 }).click();
    await expect(nav).toBeHidden();

    await button.click();
    await page.getByRole('link', { name: 'Luk menuen' }).click();
    await expect(nav).toBeHidden();
    await expect(button).toBeFocused();
    // Opening and closing the menu is not a page the reader went to: Back leaves the page, as before.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(new URL(page.url()).hash).toBe('');
  });

  // "Luk menuen" is a button to the eye as "Menu" is: the same frame on all four sides and at least as much
  // room around its words, not the menu links' underline.
  test("on a 390 px phone the open menu's close link is framed like the menu button", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(pages[0]!);
    const frame = (name: string) =>
      page.getByRole(name === 'Menu' ? 'button' : 'link', { name, exact: true }).evaluate((a) => {
        const s = getComputedStyle(a);
        return {
          borders: [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth],
          colours: [s.borderTopColor, s.borderBottomColor],
          padding: [s.paddingTop, s.paddingRight, s.paddingBottom, s.paddingLeft].map(parseFloat),
        };
      });
    const button = await frame('Menu');
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Luk menuen' })).toBeVisible();
    const close = await frame('Luk menuen');
    expect({ borders: close.borders, colours: close.colours }).toEqual({
      borders: button.borders,
      colours: button.colours,
    });
    close.padding.forEach((side, i) => expect(side).toBeGreaterThanOrEqual(button.padding[i]!));
  });

  // A reader who enlarges the text needs the answer on the first screen no less: the same quarter holds at
  // 200 % text, with search and the menu side by side on one row and each still a target of 24 × 24 px or more.
  test('the header takes at most a quarter of a 390×844 screen with 200 % text too', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [pages[0]!, indicationPage, ...patientPages.slice(0, 1)]) {
      await page.goto(path);
      await setTextSize(page, '200%');
      const header = page.locator('header.site-header');
      expect((await header.boundingBox())!.height, path).toBeLessThanOrEqual(844 / 4);
      const search = (await header.locator('.search-button').boundingBox())!;
      const menu = (await header.getByRole('button', { name: 'Menu', exact: true }).boundingBox())!;
      expect(Math.abs(search.y - menu.y), `${path}: Søg og Menu på én række`).toBeLessThan(search.height / 2);
      for (const box of [search, menu]) {
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
    }
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
});

test("the front page's first screen at 1366×900 leads a clinician to the finder and to every indication", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  const main = page.getByRole('main');
  for (const target of ['/find-indikation/', '/indikationer/']) {
    const link = main.locator(`a[href="${target}"]`).first();
    await expect(link).toBeInViewport();
    // The page it leads to is there.
    expect((await page.request.get(target)).ok()).toBe(true);
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

test('a printed page has no navigation or search, and shows its address', async ({ page }) => {
  const path = indicationPage;
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeHidden();
  await expect(page.locator('.search-button')).toBeHidden();
  const stamp = page.locator('.print-only');
  await expect(stamp).toBeVisible();
  await expect(stamp).toContainText(path);
  await expect(stamp).toContainText(/\d{4}/);
});

// Every page printed on A4 is held to the paper's width in test/e2e/every-page.spec.ts, on its one load.

test.describe('Kort fortalt names the overlapping indications', () => {
  type Overlap = { kode: string; kortFortalt?: { overlap?: { kode: string }[] } };
  for (const i of data<Overlap[]>('indikationer.json').filter((x) => x.kortFortalt?.overlap?.length)) {
    test(`${i.kode}: each overlapping indication is linked from "Kort fortalt"`, async ({ page }) => {
      await page.goto(withBase(`/indikationer/${i.kode}/`));
      const summary = page.getByRole('region', { name: 'Kort fortalt' });
      for (const o of i.kortFortalt!.overlap!) {
        const link = summary.locator(`a[href$="/indikationer/${o.kode}/"]`);
        await expect(link, `${i.kode} → ${o.kode}`).toBeVisible();
        await expect(link).toContainText(o.kode);
      }
    });
  }
});

test.describe('wide tables', () => {
  const tablePages = [
    withBase('/oversigt/'),
    withBase('/status/'),
    pages.find((p) => /\/grupper\/[^/]+\/$/.test(p))!,
  ];

  for (const width of [390, 1366]) {
    test(`at ${width} px the scroll hint shows exactly when a table is wider than its box`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of tablePages) {
        await page.goto(path);
        await page.evaluate(() =>
          document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
        );
        const boxes = page.locator('.scroll-table');
        for (let n = 0; n < (await boxes.count()); n++) {
          const box = boxes.nth(n);
          const region = box.locator('> .table-wrap');
          const overflows = await region.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
          const hint = box.locator('.scroll-table__hint');
          if (overflows) await expect(hint, `${path}, tabel ${n + 1}`).toBeVisible();
          else await expect(hint, `${path}, tabel ${n + 1}`).toBeHidden();
        }
      }
    });
  }

  test('on a phone /oversigt/ says that it scrolls, scrolls by keyboard and keeps its first column in view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(withBase('/oversigt/'));
    const caption = (await page.locator('main table caption').first().textContent())!.trim();
    const region = page.getByRole('region', { name: caption });
    await expect(region.locator('xpath=preceding-sibling::p')).toBeVisible();
    const firstCell = region.locator('tbody tr').first().locator('> :first-child');
    const lastCell = region.locator('tbody tr').first().locator('> :last-child');
    const before = (await firstCell.boundingBox())!;
    await expect(lastCell).not.toBeInViewport();
    await region.focus();
    await expect(region).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(lastCell).toBeInViewport();
    await expect.poll(async () => (await firstCell.boundingBox())!.x).toBeCloseTo(before.x, 0);
  });

  test('with 200 % text on a phone the first column scrolls with the rest, as it alone would fill the screen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(withBase('/oversigt/'));
    await setTextSize(page, '200%');
    const firstCell = page.locator('.scroll-table tbody tr').first().locator('> :first-child');
    await expect.poll(() => firstCell.evaluate((el) => getComputedStyle(el).position)).toBe('static');
  });
});

test.describe('group pages have a contents list', () => {
  const groupPages = pages.filter((p) => /\/grupper\/[^/]+\/$/.test(p));

  test('on a wide screen it stays in view beside the text', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    for (const path of groupPages) {
      await page.goto(path);
      const nav = page.getByRole('navigation', { name: 'Indhold', exact: true });
      await expect(nav, path).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
      await expect(nav, path).toBeInViewport();
      const main = (await page.locator('.with-toc__main').boundingBox())!;
      expect((await nav.boundingBox())!.x, path).toBeGreaterThan(main.x + main.width);
    }
  });

  test('on a phone it is one folded line near the top whose links all lead somewhere', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of groupPages) {
      await page.goto(path);
      await expect(page.getByRole('navigation', { name: 'Indhold', exact: true })).toBeHidden();
      const nav = page.getByRole('navigation', { name: 'Indhold på siden' });
      await expect(nav, path).toBeVisible();
      const links = nav.getByRole('link');
      await expect(links.first()).toBeHidden();
      expect((await nav.boundingBox())!.height, path).toBeLessThan(100);
      const keyFigures = page.locator('#noegletal');
      expect((await nav.boundingBox())!.y).toBeLessThan((await keyFigures.boundingBox())!.y);
      await nav.getByText('Indhold på siden').click();
      await expect(links.first()).toBeVisible();
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        await expect(page.locator(`[id="${href.slice(1)}"]`), `${path}: ${href}`).toHaveCount(1);
      }
    }
  });
});

test.describe('long compounds in the finder break at their joints', () => {
  for (const width of [320, 390]) {
    test(`at ${width} px with 200 % text`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(withBase('/find-indikation/'));
      await setTextSize(page, '200%');
      // A word split by <wbr> spans several text nodes; each part must stay on one line. At 390 px no
      // word of the questions may break at all.
      const broken = await page.locator('main form').evaluate((form, strict) => {
        const out: string[] = [];
        const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n as Text;
          const el = text.parentElement!;
          if (!el.closest('legend, label') || !el.getClientRects().length) continue;
          const joined = text.previousSibling?.nodeName === 'WBR' || text.nextSibling?.nodeName === 'WBR';
          if (!strict && !joined) continue;
          for (const m of text.data.matchAll(/\p{L}+/gu)) {
            const range = document.createRange();
            range.setStart(text, m.index);
            range.setEnd(text, m.index + m[0].length);
            const lines = new Set(
              [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
            );
            if (lines.size > 1) out.push(m[0]);
          }
        }
        return out;
      }, width >= 390);
      expect(broken).toEqual([]);
    });
  }
});
