import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { patientGroupSchema } from '../../schemas/patient-group.ts';
import { programmeSchema } from '../../schemas/programme.ts';
import { readContent } from '../../scripts/lib/content.ts';
import { axeViolations } from '../helpers/page-audits.ts';
import { projectRoot } from '../helpers/temp-project.ts';
import { rankedResults, resultLink } from '../helpers/search-results.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { sharedPage } from '../helpers/shared-page.ts';
import { group, indication, siteData } from '../helpers/site-data.ts';
import { setTextSize } from '../helpers/text-size.ts';

const searchCode = (url: string) => /\/pagefind\/|search-ui/.test(new URL(url).pathname);

/**
 * A search from the query set that must find an indication's page first, with that indication as the
 * build's data export has it: the test reads the title and group it expects from there.
 */
function indicationSearch() {
  const queries = parse(readFileSync(join(projectRoot, 'test/e2e/search-queries.yaml'), 'utf8')) as {
    soeg: string;
    side?: string | string[];
    inden?: number;
  }[];
  const found = queries.find(
    (q) => typeof q.side === 'string' && /^\/indikationer\/[^/]+\/$/.test(q.side) && q.inden === 1,
  );
  if (!found) throw new Error('search-queries.yaml har ingen søgning, der skal finde en indikation øverst.');
  const i = indication((found.side as string).split('/')[2]!);
  return { term: found.soeg, indication: i, group: group(i.gruppe), groupName: group(i.gruppe).navn };
}

/**
 * The word that the most indications' names share (read from the build's data export), so a search for it
 * finds several indications and the pages that list them.
 */
function sharedIndicationWord(): string {
  const counts = new Map<string, number>();
  for (const i of siteData().indikationer)
    for (const word of new Set(i.navn.toLocaleLowerCase('da').match(/\p{L}{4,}/gu) ?? []))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  const [word, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count < 2)
    throw new Error('Ingen to indikationer i dist/data/alt.json har et ord i navnet til fælles at søge på.');
  return word;
}

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

// Every page's header search button is tested in test/e2e/every-page.spec.ts, on the page's one load.

test('a content page loads no search code until search is opened', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto(indicationSearch().group.url);
  await page.waitForLoadState('networkidle');
  expect(requests.filter(searchCode)).toEqual([]);
  // Before search is opened the page runs only the site's small modules: the one that opens search, the
  // phone menu, the one that dates a printout, the one that opens a note, and Vite's helper for modules
  // loaded on first use; together they stay under 6 kB.
  const scripts = requests.filter((u) => new URL(u).pathname.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts)
    expect(new URL(script).pathname).toMatch(/SearchButton|SiteHeader|Base|print-date|preload-helper/);
  let size = 0;
  for (const script of scripts) size += (await (await page.request.get(script)).body()).length;
  expect(size).toBeLessThan(6 * 1024);

  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('searchbox').fill(indicationSearch().term);
  await expect(resultLink(page.getByRole('dialog'))).toBeVisible();
  const loaded = requests.filter(searchCode).map((u) => new URL(u).pathname);
  expect(loaded).toEqual(
    expect.arrayContaining([
      '/pagefind/pagefind-component-ui.js',
      '/pagefind/pagefind-component-ui.css',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.da.pagefind',
    ]),
  );
});

test('"/" and Ctrl+K open the search dialog, and Escape closes it and returns focus', async ({ page }) => {
  await page.goto(`/indikationer/${indicationSearch().indication.kode}/`);
  const button = page.getByRole('button', { name: 'Søg' });
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  // The dialog's keyboard hint says what Escape does here.
  await expect(dialog.locator('pagefind-keyboard-hints')).toContainText(/esc\s*luk/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  // Typing "/" in the search field is text, not a shortcut.
  const typed = `${sharedIndicationWord()}/`;
  await page.keyboard.type(typed);
  await expect(dialog.getByRole('searchbox')).toHaveValue(typed);
  // From the results, "/" goes back to the search field, and closing still returns focus to the button.
  // Wait for the whole term's results: a result shown for the word alone is replaced when the "/" is typed.
  await rankedResults(dialog, typed, 1);
  await page.keyboard.press('ArrowDown');
  await expect(resultLink(dialog)).toBeFocused();
  await page.keyboard.press('/');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('a reopened dialog keeps the last search selected, so typing starts a new one', async ({ page }) => {
  await page.goto('/grupper/');
  const dialog = page.getByRole('dialog');
  const field = dialog.getByRole('searchbox');
  await page.keyboard.press('/');
  await expect(field).toBeFocused();
  const first = sharedIndicationWord();
  await page.keyboard.type(first);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus is back on the page before "/" is pressed again (in the closing dialog's field it is a character).
  await expect(page.getByRole('button', { name: 'Søg' })).toBeFocused();
  await page.keyboard.press('/');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(first);
  await expect
    .poll(() => field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd]))
    .toEqual([0, first.length]);
  await page.keyboard.type('trio');
  await expect(field).toHaveValue('trio');
});

test('the dialog has one close button, on a phone too', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/grupper/');
  await page.getByRole('button', { name: 'Søg' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await expect(dialog.getByRole('button', { name: /luk|close/i })).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Luk' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Søg' })).toBeFocused();
});

test('on a 320 px phone the clear button does not cover the typed words', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/grupper/');
  await page.getByRole('button', { name: 'Søg' }).click();
  await page.getByRole('searchbox').fill('kræftdispositionssyndrom');
  const clear = page.getByRole('dialog').getByRole('button', { name: 'Nulstil' }).first();
  await expect(clear).toBeVisible();
  const { textEnd, clearStart } = await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('dialog .pf-input')!;
    const box = input.getBoundingClientRect();
    return {
      textEnd: box.right - parseFloat(getComputedStyle(input).paddingRight),
      clearStart: document.querySelector('dialog .pf-input-clear')!.getBoundingClientRect().left,
    };
  });
  expect(textEnd).toBeLessThanOrEqual(clearStart);
});

// On a 320 px phone with text enlarged to 200 % the field is as wide as the page's column, tall enough for
// its text, and keeps free at its end only the room that "Nulstil" takes (plus no more than a letter's width of
// air), so the typed words have the rest of the width.
test('on a 320 px phone with 200 % text the search field takes the column and leaves its width to the words', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/soeg/');
  await setTextSize(page, '200%');
  const field = page.getByRole('main').getByRole('searchbox');
  await field.fill('arvelig kræft');
  await expect(page.getByRole('main').getByRole('button', { name: 'Nulstil' }).first()).toBeVisible();
  const m = await field.evaluate((input) => {
    const column = input.closest('[data-search-page]')!;
    const s = getComputedStyle(input);
    const c = getComputedStyle(column);
    const clear = input.parentElement!.querySelector('.pf-input-clear')!.getBoundingClientRect();
    const box = input.getBoundingClientRect();
    return {
      field: box.width,
      column: column.clientWidth - parseFloat(c.paddingLeft) - parseFloat(c.paddingRight),
      height: box.height,
      lineHeight: parseFloat(s.fontSize) * 1.2,
      textEnd: box.right - parseFloat(s.paddingRight),
      clearStart: clear.left,
      clearTakes: box.right - clear.left,
      air: parseFloat(getComputedStyle(document.documentElement).fontSize),
      reserved: parseFloat(s.paddingRight),
    };
  });
  expect(m.field).toBeGreaterThanOrEqual(m.column - 1);
  expect(m.height, 'feltets højde mod tekstens').toBeGreaterThanOrEqual(m.lineHeight);
  expect(m.textEnd).toBeLessThanOrEqual(m.clearStart);
  expect(m.reserved, 'plads holdt fri til "Nulstil"').toBeLessThanOrEqual(m.clearTakes + m.air);
});

test('in the dialog on a 320 px phone with 200 % text the typed words keep a third of the width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/grupper/');
  await setTextSize(page, '200%');
  await page.getByRole('button', { name: 'Søg' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('arvelig kræft');
  await expect(dialog.getByRole('button', { name: 'Nulstil' }).first()).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Luk' })).toBeVisible();
  const words = await dialog.getByRole('searchbox').evaluate((input) => {
    const s = getComputedStyle(input);
    return input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
  });
  expect(words).toBeGreaterThanOrEqual(320 / 3);
});

// A result is judged by its title and the sentences around the match: on a phone with text enlarged to 200 %
// the title is the largest text of the result, and the title and each excerpt are read whole within the
// result: not cut to one line, and no word sticking out of it.
test('on a 320 px phone with 200 % text a result shows its title first and its excerpts whole', async ({
  page,
}) => {
  const { term } = indicationSearch();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/soeg/?q=${encodeURIComponent(term)}`);
  await setTextSize(page, '200%');
  await rankedResults(page, term, 1);
  const first = page.locator('pagefind-results [data-pf-result-index="0"]');
  await expect(first.locator('.pf-result-excerpt')).toHaveText(/\S/);
  const m = await first.evaluate((card) => {
    const size = (selector: string) => parseFloat(getComputedStyle(card.querySelector(selector)!).fontSize);
    const texts = [
      ...card.querySelectorAll<HTMLElement>('.pf-result-title, .pf-result-excerpt, .pf-heading-excerpt'),
    ];
    return {
      root: parseFloat(getComputedStyle(document.documentElement).fontSize),
      title: size('.pf-result-title'),
      facets: size('.search-result__facets'),
      excerpt: size('.pf-result-excerpt'),
      cut: texts
        .filter((e) => e.scrollWidth > e.clientWidth + 1 || getComputedStyle(e).whiteSpace === 'nowrap')
        .map((e) => e.textContent),
    };
  });
  expect(m.title, 'titlen mod linjen med gruppe og målgruppe').toBeGreaterThan(m.facets);
  expect(m.excerpt, 'uddragets tekst mod sidens').toBeGreaterThanOrEqual(0.85 * m.root);
  expect(m.cut, 'titel eller uddrag skåret af').toEqual([]);
});

test('the search button opens the dialog from the keyboard', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Søg' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(button).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('each result names its patient group, audience and kind of page, and leads to the page', async ({
  page,
}) => {
  const { term, indication: expected, groupName } = indicationSearch();
  await page.goto('/');
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill(term);
  await rankedResults(page.getByRole('dialog'), term, 1);
  const first = page.getByRole('dialog').locator('pagefind-results [data-pf-result-index="0"]');
  await expect(first.locator('a.pf-result-link')).toHaveText(expected.navn);
  await expect(first.locator('.search-result__facets')).toHaveText(
    `${groupName} · For fagpersoner · Indikation`,
  );
  await first.locator('a.pf-result-link').click();
  await expect(page).toHaveURL(new RegExp(`/indikationer/${expected.kode}/$`));
  await expect(page.getByRole('heading', { level: 1, name: expected.navn })).toBeVisible();
});

// The searches typed into one search page: each test types its own words over the last test's. (Searching
// for the words in the page's address is tested on its own, below.)
test.describe('on one search page', () => {
  const shared = sharedPage('/soeg/');

  // Every group's page for clinicians shares its name with the group's patient page and often with an
  // indication; searching the name must still lead to the group page first.
  for (const group of readContent(projectRoot).filter((e) => e.collection === 'grupper')) {
    const { navn } = patientGroupSchema.parse(group.data);
    test(`searching the group name "${navn}" puts the group's own page first`, async () => {
      const page = shared.page();
      await page.getByRole('searchbox').fill(navn);
      const { paths } = await rankedResults(page, navn, 1);
      expect(paths[0], `"${navn}" fandt først: ${paths.join(', ')}`).toBe(`/grupper/${group.id}/`);
    });
  }

  test('a word no page holds, next to words that pages hold, is named above the results', async () => {
    const page = shared.page();
    await page.getByRole('searchbox').fill('xqzw kræft');
    const { total } = await rankedResults(page, 'xqzw kræft', 1);
    expect(total).toBeGreaterThan(0);
    await expect(page.locator('[data-search-notice]')).toContainText('Ingen sider nævner »xqzw«');
  });

  test('a result shows its title first, and its snippet has no citation and no code line', async () => {
    const page = shared.page();
    const { navn } = patientGroupSchema.parse(
      readContent(projectRoot).find((e) => e.collection === 'grupper')!.data,
    );
    await page.getByRole('searchbox').fill(navn);
    await rankedResults(page, navn, 3);
    const first = page.locator('pagefind-results [data-pf-result-index="0"]');
    const order = await first.evaluate((li) =>
      [...li.querySelectorAll('.pf-result-link, .search-result__facets, .pf-result-excerpt')].map(
        (e) => e.className,
      ),
    );
    expect(order).toEqual(['pf-result-link', 'search-result__facets', 'pf-result-excerpt']);
    for (const excerpt of await page.locator('pagefind-results .pf-result-excerpt').allInnerTexts()) {
      expect(excerpt).not.toMatch(/\(Kilde:|^\s*[A-ZÆØÅ]+-[A-ZÆØÅ]+ ·/);
    }
  });

  test("an indication's snippet is its content, not the link to its checklist", async () => {
    const page = shared.page();
    // Its name: the snippet then comes from the top of the page, where the link is.
    const { navn } = indicationSearch().indication;
    await page.getByRole('searchbox').fill(navn);
    await rankedResults(page, navn, 1);
    const first = page.locator('pagefind-results [data-pf-result-index="0"]');
    await expect(first.locator('.pf-result-link').first()).toHaveText(navn);
    await expect(first.locator('.pf-result-excerpt').first()).toHaveText(/\S/);
    await expect(first).not.toContainText('Udskriv tjekliste');
  });
});

// From a page for patients, the pages for patients come before the pages for clinicians, for any words.
test('searching from a page for patients puts the pages for patients first', async ({ page }) => {
  const { navn } = patientGroupSchema.parse(
    readContent(projectRoot).find((e) => e.collection === 'grupper')!.data,
  );
  const audiencesInOrder = async (from: string) => {
    await page.goto(from);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').fill(navn);
    const { total } = await rankedResults(dialog, navn, 5);
    expect(total).toBeGreaterThan(2);
    return dialog.locator('pagefind-results [data-pf-result-index] .search-result__audience').allInnerTexts();
  };
  const fromPatients = await audiencesInOrder('/patienter/');
  const firstOther = fromPatients.findIndex((a) => a !== 'For patienter og pårørende');
  expect(firstOther, fromPatients.join(', ')).toBeGreaterThan(0);
  expect(fromPatients.slice(firstOther), fromPatients.join(', ')).not.toContain('For patienter og pårørende');
  // From a page for clinicians the same search keeps Pagefind's order, with a clinicians' page first.
  expect((await audiencesInOrder('/grupper/'))[0]).toBe('For fagpersoner');
});

test('a word no page holds finds nothing and the answer says what the site covers and where to ask', async ({
  page,
}) => {
  const groups = readContent(projectRoot).filter((e) => e.collection === 'grupper');
  const programme = programmeSchema.parse(
    readContent(projectRoot).find((e) => e.collection === 'programmet')!.data,
  );
  // The figure's note reference, as the search page has it: its notes are the figure's sources.
  let noteOnSearchPage = '';
  for (const open of ['/soeg/', '/grupper/']) {
    await page.goto(open);
    let scope = page.getByRole('main');
    if (open !== '/soeg/') {
      await page.keyboard.press('/');
      scope = page.getByRole('dialog');
    }
    // Letters no word on the site starts with; Pagefind alone would show pages for their first letter.
    await scope.getByRole('searchbox').fill('xqzw');
    expect((await rankedResults(scope, 'xqzw', 1)).total).toBe(0);
    const help = scope.locator('[data-search-notice] .search-help');
    await expect(help).toBeVisible();
    await expect(help).toContainText(
      new RegExp(`programmets ${programme.omfang.patientgrupper.vaerdi}\\s+patientgrupper`),
    );
    await expect(help.locator('.search-help__groups a')).toHaveCount(groups.length);
    await expect(help.getByRole('link', { name: /hvad helgenomsekventering er/ })).toBeVisible();
    const ref = await help
      .locator('a.fn')
      .first()
      .evaluate((a: HTMLAnchorElement) => ({ url: new URL(a.href), id: a.id }));
    expect(ref.url.pathname).toBe('/soeg/');
    expect(ref.url.hash).toMatch(/^#.+/);
    if (open === '/soeg/') noteOnSearchPage = ref.url.hash;
    else {
      // In the dialog on another page the reference leads to the search page's note, not to this page's note
      // of the same number, and leaves this page's own reference ids alone.
      expect(ref.url.hash).toBe(noteOnSearchPage);
      expect(ref.id).toBe('');
    }
  }
});

test('on a 390 × 844 phone the first result is in view without scrolling, with the filters folded', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/soeg/?q=${encodeURIComponent(indicationSearch().term)}`);
  await rankedResults(page, indicationSearch().term, 1);
  await expect(page.locator('details.search-filters')).not.toHaveAttribute('open', '');
  const first = page.locator('pagefind-results [data-pf-result-index="0"] a.pf-result-link');
  await expect(first).toBeInViewport();
  // The folded filters open and work.
  await page.getByText('Afgræns søgningen', { exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Målgruppe' })).toBeVisible();

  await page.goto('/grupper/');
  await page.getByRole('button', { name: 'Søg' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill(indicationSearch().term);
  await rankedResults(dialog, indicationSearch().term, 1);
  await expect(
    dialog.locator('pagefind-results [data-pf-result-index="0"] a.pf-result-link'),
  ).toBeInViewport();
});

test('the filters narrow the results by kind of page and by audience', async ({ page }) => {
  const word = sharedIndicationWord();
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.goto(`/soeg/?q=${encodeURIComponent(word)}`);
  const summary = page.locator('pagefind-summary');
  // The count once a search has finished and differs from `before`: right after a filter is chosen the
  // summary reads "Søger efter …" for a moment, which is neither the old count nor the new one.
  const countOtherThan = async (before?: number) => {
    const count = async () =>
      Number(
        (await summary.innerText())
          .trim()
          .match(new RegExp(`^(\\d+) resultat(?:er)? for ${escaped}$`))?.[1] ?? NaN,
      );
    await expect
      .poll(async () => {
        const n = await count();
        return !Number.isNaN(n) && n !== before;
      })
      .toBe(true);
    return count();
  };
  const all = await countOtherThan();
  expect(all).toBeGreaterThan(2);

  await page.getByRole('combobox', { name: 'Sidetype' }).click();
  await page.getByRole('option', { name: /Indikation/ }).click();
  await page.keyboard.press('Escape');
  // The word is in at least two indications' names.
  const indications = await countOtherThan(all);
  expect(indications).toBeGreaterThanOrEqual(2);
  expect(indications).toBeLessThan(all);
  const kinds = page.locator('pagefind-results .search-result__kind');
  await expect(kinds.first()).toHaveText('Indikation');
  expect(new Set(await kinds.allInnerTexts())).toEqual(new Set(['Indikation']));

  // For patients, only the patient pages and the pages for everyone are left.
  await page.goto(`/soeg/?q=${encodeURIComponent(word)}`);
  expect(await countOtherThan()).toBe(all);
  await page.getByRole('combobox', { name: 'Målgruppe' }).click();
  await page.getByRole('option', { name: /Patienter og pårørende/ }).click();
  await page.keyboard.press('Escape');
  expect(await countOtherThan(all)).toBeLessThan(all);
  const audiences = page.locator('pagefind-results .search-result__audience');
  await expect(audiences.first()).toBeVisible();
  expect(await audiences.allInnerTexts()).not.toContain('For fagpersoner');
});

test('the search page searches for the words in its address', async ({ page }) => {
  const { term } = indicationSearch();
  await page.goto(`/soeg/?q=${encodeURIComponent(term)}`);
  await expect(page.getByRole('searchbox')).toHaveValue(term);
  await expect(resultLink(page)).toBeVisible();
});

test('the search page and the open dialog pass axe (WCAG 2.1 AA)', async ({ page }) => {
  await page.goto(`/soeg/?q=${encodeURIComponent(indicationSearch().term)}`);
  await expect(resultLink(page)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/grupper/');
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill(indicationSearch().term);
  await expect(resultLink(page.getByRole('dialog'))).toBeVisible();
  expect(await axeViolations(page, 'dialog')).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search button leads to the search page, which says search needs JavaScript and links the overview', async ({
    page,
  }) => {
    await page.goto(indicationSearch().group.url);
    await page.getByRole('banner').getByRole('link', { name: 'Søg' }).click();
    await expect(page).toHaveURL(/\/soeg\/$/);
    await expect(page.getByText(/Søgningen kræver JavaScript/)).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'oversigten over patientgrupper' }).click();
    await expect(page).toHaveURL(/\/grupper\/$/);
  });
});

test.describe('from a plain static file server', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  test.beforeAll(async () => {
    server = await serveStatic(join(projectRoot, 'dist'));
  });
  test.afterAll(async () => server.close());

  test('search works without astro preview', async ({ page }) => {
    await page.goto(`${server.url}indikationer/${indicationSearch().indication.kode}/`);
    await page.keyboard.press('/');
    await page.getByRole('searchbox').fill(indicationSearch().term);
    const first = resultLink(page.getByRole('dialog'));
    await expect(first).toBeVisible();
    await first.click();
    await expect(page).toHaveURL(new RegExp(`^${server.url}(grupper|indikationer|patienter)/`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('under a strict Content-Security-Policy', () => {
  // What a CSP for this site must allow for search: scripts, styles, the worker and the index from the
  // site itself, and WebAssembly ('wasm-unsafe-eval'). No inline scripts or styles, no eval.
  const policy = [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
  let server: Awaited<ReturnType<typeof serveStatic>>;
  test.beforeAll(async () => {
    server = await serveStatic(join(projectRoot, 'dist'), '/', { 'content-security-policy': policy });
  });
  test.afterAll(async () => server.close());

  test('search works and breaks no rule of the policy', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    await page.goto(`${server.url}soeg/?q=${encodeURIComponent(indicationSearch().term)}`);
    await expect(resultLink(page)).toBeVisible();
    await page.goto(`${server.url}kilder/`);
    await page.keyboard.press('/');
    await page.getByRole('searchbox').fill(indicationSearch().term);
    await expect(resultLink(page.getByRole('dialog'))).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test.describe('under a base path', () => {
  const base = '/genomvejledninger/';
  let outDir: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    outDir = mkdtempSync(join(tmpdir(), 'genomvejledninger-base-'));
    const build = spawnSync(
      join(projectRoot, 'node_modules', '.bin', 'astro'),
      ['build', '--outDir', outDir],
      {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      },
    );
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    server = await serveStatic(outDir, base);
  });
  test.afterAll(async () => {
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test('the search loads from and links into the base path', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto(`${server.url}${indicationSearch().group.url.replace(/^\//, '')}`);
    await page.keyboard.press('/');
    const { term, indication: expected } = indicationSearch();
    await page.getByRole('searchbox').fill(term);
    await rankedResults(page.getByRole('dialog'), term, 1);
    const first = resultLink(page.getByRole('dialog'));
    await expect(first).toHaveAttribute('href', `${base}indikationer/${expected.kode}/`);
    expect(requests.filter(searchCode).every((u) => new URL(u).pathname.startsWith(base))).toBe(true);
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name: expected.navn })).toBeVisible();
  });
});
