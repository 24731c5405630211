import { expect, test, type Locator, type Page } from '@playwright/test';
import { notePopover } from '../helpers/notes.ts';
import { setTextSize } from '../helpers/text-size.ts';
import { sharedPage } from '../helpers/shared-page.ts';
import { readContent } from '../../scripts/lib/content.ts';
import { groupsInSiteOrder, siteData } from '../helpers/site-data.ts';
import { projectRoot } from '../helpers/temp-project.ts';

/** The glossary as the editors wrote it in content/ordliste/: id, term, other names and abbreviation. */
const glossary = readContent(projectRoot)
  .filter((e) => e.collection === 'ordliste')
  .map((e) => ({
    id: e.id,
    ...(e.data as { term: string; forkortelse?: string; ogsaaKaldet?: string[] }),
  }));
const patientPages = readContent(projectRoot)
  .filter((e) => e.collection === 'patienter')
  .map((e) => `/patienter/${e.id}/`);

/** Presses Tab until the target has focus, as a keyboard user would; fails if it never gets there. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('keyboard only: from the home page to a patient page and on to its clinician page and back', async ({
  page,
}) => {
  const group = groupsInSiteOrder()[0]!;
  await page.goto('/');
  const entry = page.getByRole('main').getByRole('link', { name: 'For patienter og pårørende' });
  await expect(entry).toBeVisible();
  await tabTo(page, entry);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/patienter\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'For patienter og pårørende' })).toBeVisible();

  const groupLink = page.locator(`a[href$="/patienter/${group.slug}/"]`).first();
  await tabTo(page, groupLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/patienter/${group.slug}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const clinician = page.getByRole('link', { name: `For fagfolk: ${group.navn}` });
  await tabTo(page, clinician);
  // The focus must be visible: the site's yellow focus background.
  expect(await clinician.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 221, 0)');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${group.url}$`));
  await expect(page.getByRole('heading', { level: 1, name: group.navn })).toBeVisible();

  const back = page.getByRole('link', { name: /^Til patienter og pårørende/ });
  await tabTo(page, back);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/patienter/${group.slug}/$`));
});

// Each patient page is loaded once for its tests, in one worker; the test that follows a link away comes last.
// Every group's page is among them, also one that content/patienter/ lacks (its load then fails the test).
const groupPatientPages = groupsInSiteOrder().map((g) => `/patienter/${g.slug}/`);
for (const path of [...new Set([...patientPages, ...groupPatientPages])]) {
  const slug = path.split('/')[2]!;
  const isGroup = groupPatientPages.includes(path);
  test.describe(path, () => {
    const shared = sharedPage(path);

    // A note marker ends the sentence it cites, or stands under the paragraph or list it cites on a line that
    // says "Kilde:"; bare on a line between blocks, a reader cannot tell what it is.
    test('no note marker stands bare between paragraphs', async () => {
      const page = shared.page();
      const alone = await page.locator('.patient-text a.fn').evaluateAll((markers) =>
        markers
          .filter((m) => {
            const block = m.closest('p, li, td, th, dd, dt, figcaption')!;
            const copy = block.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('a.fn').forEach((f) => f.remove());
            return !copy.textContent?.trim();
          })
          .map((m) => m.textContent),
      );
      expect(alone, `markører uden tekst omkring sig på ${path}`).toEqual([]);
    });

    // An abbreviation from the glossary is written out (its term or another name) before the page first uses it.
    test('abbreviations are written out the first time', async () => {
      const page = shared.page();
      const text = (await page.locator('.patient-text').innerText()).toLocaleLowerCase('da');
      let checked = 0;
      // An entry whose term is the abbreviation (CNV) or holds it (MDT-konference) has nothing to write out.
      const abbreviated = glossary.filter(
        (g) =>
          g.forkortelse && !g.term.toLocaleLowerCase('da').includes(g.forkortelse.toLocaleLowerCase('da')),
      );
      for (const g of abbreviated) {
        const first = text.search(
          new RegExp(
            `(?<![\\p{L}\\d])${g.forkortelse!.toLocaleLowerCase('da').replace(/[+]/g, '\\+')}(?![\\p{L}\\d])`,
            'u',
          ),
        );
        if (first < 0) continue;
        checked++;
        const written = [g.term, ...(g.ogsaaKaldet ?? [])]
          .map((name) => text.indexOf(name.toLocaleLowerCase('da')))
          .filter((i) => i >= 0);
        expect(
          written.length && Math.min(...written) < first,
          `${g.forkortelse} før ${g.term} på ${path}`,
        ).toBe(true);
      }
      test.info().annotations.push({ type: 'forkortelser', description: String(checked) });
    });

    if (slug === 'hvad-er-helgenomsekventering')
      test('the general patient page lists every group’s patient page', async () => {
        const page = shared.page();
        const list = page.locator('section', {
          has: page.getByRole('heading', { name: 'Læs om din patientgruppe' }),
        });
        for (const { slug } of groupsInSiteOrder())
          await expect(list.locator(`a[href$="/patienter/${slug}/"]`)).toHaveCount(1);
      });

    if (isGroup)
      test('the group’s patient page links to the general page and carries its LIX in its metadata', async () => {
        const page = shared.page();
        const response = shared.response();
        expect(response?.status(), slug).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', 'da');
        const lix = Number(await page.locator('meta[name="lix"]').getAttribute('content'));
        expect(lix, slug).toBeGreaterThan(0);
        expect(lix, slug).toBeLessThanOrEqual(40);
        await expect(page.locator('.editor-note')).toHaveCount(0);
        // Headings are questions a patient would ask.
        for (const h of await page.locator('.patient-text h2').allTextContents())
          expect(h.trim(), slug).toMatch(/\?$/);
        await page.getByRole('link', { name: 'Hvad er helgenomsekventering?' }).first().click();
        await expect(page).toHaveURL(/\/patienter\/hvad-er-helgenomsekventering\/$/);
      });
  });
}

test('on a phone with 200 % text the title is no smaller than any heading, and the intro no smaller than the text', async ({
  page,
}) => {
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of patientPages) {
      await page.goto(path);
      await setTextSize(page, '200%');
      const sizes = await page.evaluate(() => {
        const size = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
        const all = (selector: string) =>
          [...document.querySelectorAll('main ' + selector)].map(size).filter((s) => s > 0);
        return {
          h1: size(document.querySelector('main h1')),
          headings: all('h2, h3, h4'),
          lead: size(document.querySelector('main .lead')),
          text: all('.patient-text p'),
        };
      });
      const where = `${path} ved ${width} px`;
      expect(sizes.headings.length, where).toBeGreaterThan(0);
      expect(sizes.h1, where).toBeGreaterThanOrEqual(Math.max(...sizes.headings));
      expect(sizes.lead, where).toBeGreaterThanOrEqual(Math.max(...sizes.text));
    }
  }
});

test('sources are cited so a lay reader can follow them to the list of documents', async ({ page }) => {
  await page.goto(`/patienter/${groupsInSiteOrder()[0]!.slug}/`);
  const text = page.locator('.patient-text');
  const marker = text.locator('a.fn').first();
  await marker.click();
  // The note opens by its marker (src/scripts/note-popover.ts).
  const note = await notePopover(marker);
  await expect(note).toBeInViewport();
  const noteText = (await note.textContent()) ?? '';
  const source = siteData().kilder.find((k) => noteText.includes(`${k.titel} (${k.dato.slice(0, 4)})`));
  expect(source, `Kilden i noten "${noteText}" er ikke blandt kilderne i dist/data/alt.json`).toBeDefined();
  await note.getByRole('link', { name: source!.titel, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/kilder/#${source!.id}$`));
  await expect(page.locator(`[id="${source!.id}"]`)).toBeInViewport();
});

test('glossary: terms on a patient page link to their anchor, and every anchor exists', async ({ page }) => {
  await page.goto(`/patienter/${groupsInSiteOrder()[0]!.slug}/`);
  const term = page.locator('.patient-text a.term').first();
  const id = decodeURIComponent(new URL((await term.getAttribute('href'))!, page.url()).hash.slice(1));
  const expected = glossary.find((g) => g.id === id);
  expect(expected, `${id} er ikke et opslag i content/ordliste/`).toBeDefined();
  await term.click();
  await expect(page).toHaveURL(new RegExp(`/ordliste/#${id}$`));
  const entry = page.locator(`[id="${id}"]`);
  await expect(entry).toBeInViewport();
  await expect(entry.locator('dfn')).toHaveText(expected!.term);
  expect(await entry.evaluate((el) => el.matches(':target'))).toBe(true);

  // Every entry in content/ordliste/ is on the page, and every glossary link on it lands on an entry.
  const ids = new Set(await page.locator('.glossary__entry').evaluateAll((els) => els.map((e) => e.id)));
  for (const { id } of glossary) expect(ids.has(id), id).toBe(true);
  const targets = await page
    .locator('a[href*="/ordliste/#"]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
  for (const id of targets) expect(ids.has(decodeURIComponent(id)), id).toBe(true);
});

test('print: navigation and link lists are hidden and the page fits on few sheets', async ({ page }) => {
  await page.goto(`/patienter/${groupsInSiteOrder()[0]!.slug}/`);
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeHidden();
  await expect(page.locator('.patient-links')).toBeHidden();
  await expect(page.locator('.patient-toc')).toBeHidden();
  await expect(page.locator('.editor-note')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.patient-text')).toBeVisible();
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
  });
  const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(sheets).toBeGreaterThan(0);
  // An A4 sheet at the print size holds at least 300 of the page's words with its headings and lists; one more sheet for the heading,
  // the notes and the footer. The budget grows with the text an editor writes, not with layout waste.
  const words = (await page.locator('main').innerText()).split(/\s+/).filter(Boolean).length;
  expect(sheets).toBeLessThanOrEqual(Math.ceil(words / 300) + 1);
});
