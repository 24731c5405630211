import { expect, test } from '@playwright/test';
import { noteFor, pageNotes } from '../helpers/notes.ts';
import { sharedPage } from '../helpers/shared-page.ts';
import {
  figurePattern,
  figureText,
  groupsInSiteOrder,
  groupWithQuotas,
  siteData,
} from '../helpers/site-data.ts';

/** A date as the site writes it in Danish, e.g. "3. juni 2022". */
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(iso));

test('the home page renders in Danish with header, navigation and footer', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Helgenomsekventering');
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tilgængelighedserklæring' })).toBeVisible();
  await expect(page.getByRole('link', { name: groupsInSiteOrder()[0]!.navn }).first()).toBeVisible();
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Gå til indhold' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the main navigation works by keyboard alone', async ({ page }) => {
  await page.goto('/');
  const target = page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: 'Patientgrupper' });
  for (let i = 0; i < 10 && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  // The focus style must be visible: GOV.UK-style yellow background.
  const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(255, 221, 0)');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/grupper\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Patientgrupper' })).toBeVisible();
});

// The tests of a group page with quotas read one load of it; the one that follows a link away comes last.
test.describe('a group page with quotas', () => {
  const shared = sharedPage(groupWithQuotas().group.url);

  test('a group page states its key figures and each indication’s quota with their sources', async () => {
    const { group, indications } = groupWithQuotas();
    const page = shared.page();
    await expect(page.getByRole('heading', { level: 1, name: group.navn })).toBeVisible();
    const keyFigures = page.locator('section', {
      has: page.getByRole('heading', { name: 'Nøgletal for hele gruppen' }),
    });
    for (const f of [
      group.patienterPrAar?.nyhenviste,
      group.patienterPrAar?.tidligereHenviste,
      group.wgsPrAar?.iAlt,
    ]) {
      if (f) await expect(keyFigures).toContainText(figurePattern(figureText(f)));
    }
    // The note names the source document and leads to it in the list of sources.
    await expect((await noteFor(keyFigures)).locator('a[href*="/kilder/#"]')).toHaveCount(1);

    for (const i of indications) {
      const block = page.locator('section.indication-block', { has: page.locator(`[id="${i.kode}"]`) });
      const table = block.getByRole('table', { name: new RegExp(i.kode) });
      const quota = i.kvote!;
      await expect(table).toContainText(
        figurePattern(`${figureText(quota.nyhenviste!.patienter)} patienter`),
      );
      if (quota.tidligereHenviste?.patienter)
        await expect(table).toContainText(
          figurePattern(`${figureText(quota.tidligereHenviste.patienter)} patienter`),
        );
      for (const part of quota.nyhenviste!.fordeling ?? [])
        await expect(table).toContainText(figurePattern(`${figureText(part.patienter)} patienter`));
      const wgs = quota.wgsPrAar ?? quota.nyhenviste!.wgsPrAar;
      if (wgs) await expect(table).toContainText(figurePattern(`${figureText(wgs)} WGS`));
      // Every figure in the quota table names the source document it was taken from.
      const cells = table.locator('td:has(data)');
      expect(await cells.count()).toBeGreaterThan(0);
      for (const cell of await cells.all())
        await expect((await noteFor(cell)).locator('a[href*="/kilder/#"]')).toHaveCount(1);
    }
  });

  test('the group page shows the approval trail and the referral checklist', async () => {
    const { group, indications } = groupWithQuotas();
    const page = shared.page();
    const trail = page.locator('section.trail');
    await expect(trail).toContainText('Godkendt');
    const approved = group.godkendelse.find(
      (step) => step.trin === 'godkendt' && /^\d{4}-\d{2}-\d{2}$/.test(step.dato),
    );
    expect(approved, `${group.slug} har intet godkendelsestrin med en hel dato`).toBeDefined();
    await expect(trail.locator(`time[datetime="${approved!.dato}"]`).first()).toHaveText(
      longDate(approved!.dato),
    );
    const block = page.locator('section.indication-block', {
      has: page.locator(`[id="${indications[0]!.kode}"]`),
    });
    for (const label of [
      'Alder',
      'Familiær disposition',
      'MDT-konference',
      'Hvem må rekvirere',
      'Forudgående diagnostik',
      'Samtykke og information',
    ]) {
      await expect(block.getByRole('heading', { name: label, exact: true })).toBeVisible();
    }
  });

  test('the group page links each indication to its permalink', async () => {
    const { indications } = groupWithQuotas();
    const page = shared.page();
    await page
      .locator('section.indication-block')
      .first()
      .getByRole('link', { name: indications[0]!.kode })
      .click();
    await expect(page).toHaveURL(new RegExp(`/indikationer/${indications[0]!.kode}/$`));
  });
});

test('the checklist and the quota table explain their terms in the glossary', async ({ page }) => {
  const code = groupWithQuotas().indications[0]!.kode;
  for (const [name, id] of [
    ['MDT-konference', 'mdt'],
    ['Nyhenviste', 'nyhenviste'],
    ['germline', 'germline'],
  ] as const) {
    await page.goto(`/indikationer/${code}/`);
    await page.getByRole('main').getByRole('link', { name, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/ordliste/#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  }
});

test('a criterion the source leaves unclear carries its note on the indication page', async ({ page }) => {
  const withNote = siteData().indikationer.flatMap((i) =>
    Object.values(i.kriterier as Record<string, { note?: string } | undefined>)
      .filter((c) => c?.note)
      .map((c) => ({ code: i.kode, note: c!.note! })),
  );
  expect(withNote.length).toBeGreaterThan(0);
  const { code, note } = withNote[0]!;
  await page.goto(`/indikationer/${code}/`);
  await expect(
    pageNotes(page)
      .filter({ hasText: note.slice(0, 40) })
      .first(),
  ).toBeVisible();
});

test('an indication permalink resolves to its own page and links back to its group', async ({ page }) => {
  const { group, indications } = groupWithQuotas();
  const last = indications.at(-1)!;
  const response = await page.goto(last.url);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: last.navn })).toBeVisible();
  await page.getByRole('link', { name: group.navn, exact: true }).last().click();
  await expect(page).toHaveURL(new RegExp(`${group.url}$`));
  await expect(page.locator(`[id="${last.kode}"]`)).toBeVisible();
});

test('the accessibility statement exists', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tilgængelighedserklæring' })).toBeVisible();
});
