import { expect, test } from '@playwright/test';
import { noteFor, pageNotes } from '../helpers/notes.ts';

test('the home page renders in Danish with header, navigation and footer', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Helgenomsekventering');
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tilgængelighedserklæring' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hæmatologisk cancer' }).first()).toBeVisible();
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
  const target = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Patientgrupper' });
  for (let i = 0; i < 10 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  // The focus style must be visible: GOV.UK-style yellow background.
  const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(255, 221, 0)');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/grupper\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Patientgrupper' })).toBeVisible();
});

test('the haematological cancer page states the seed figures with their sources', async ({ page }) => {
  await page.goto('/grupper/haematologisk-cancer/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hæmatologisk cancer' })).toBeVisible();
  const keyFigures = page.locator('section', { has: page.getByRole('heading', { name: 'Nøgletal for hele gruppen' }) });
  await expect(keyFigures).toContainText('ca. 500 patienter');
  await expect(keyFigures).toContainText(/(^|\D)60\s+patienter/);
  await expect(keyFigures).toContainText('ca. 2.200 WGS');
  await expect(await noteFor(keyFigures)).toContainText('003_08ae25ce05e9eb9b.txt');

  const rr = page.locator('section.indication-block', { has: page.locator('#HAEM-RR') });
  const rrTable = rr.getByRole('table', { name: /HAEM-RR/ });
  await expect(rrTable).toContainText('ca. 100 patienter');
  await expect(rrTable).toContainText('10 patienter');
  await expect(rrTable).toContainText('440 WGS');

  const myel = page.locator('section.indication-block', { has: page.locator('#HAEM-MYEL') });
  const myelTable = myel.getByRole('table', { name: /HAEM-MYEL/ });
  await expect(myelTable).toContainText('ca. 150 patienter');
  await expect(myelTable).toContainText('ca. 250 patienter');
  await expect(myelTable).toContainText('50 patienter');
  await expect(myelTable).toContainText('1.600 WGS');
  await expect(myelTable).toContainText('150 WGS');
  // Every figure in the quota tables names its source document.
  for (const table of [rrTable, myelTable]) {
    const cells = table.locator('td:has(data)');
    for (const cell of await cells.all()) await expect(await noteFor(cell)).toContainText('003_08ae25ce05e9eb9b.txt');
  }
});

test('the group page shows the approval trail and the referral checklist', async ({ page }) => {
  await page.goto('/grupper/haematologisk-cancer/');
  const trail = page.locator('section.trail');
  await expect(trail).toContainText('Godkendt');
  await expect(trail.locator('time[datetime="2022-06-03"]')).toHaveText('3. juni 2022');
  await expect(trail.locator('time[datetime="2022-03-31"]').first()).toBeVisible();
  const rr = page.locator('section.indication-block', { has: page.locator('#HAEM-RR') });
  for (const label of ['Alder', 'Familiær disposition', 'MDT-konference', 'Hvem må rekvirere', 'Forudgående diagnostik', 'Samtykke og information']) {
    await expect(rr.getByRole('heading', { name: label, exact: true })).toBeVisible();
  }
});

test('the checklist and the quota table explain their terms in the glossary', async ({ page }) => {
  for (const [name, id] of [['MDT-konference', 'mdt'], ['Nyhenviste', 'nyhenviste'], ['germline', 'germline']] as const) {
    await page.goto('/indikationer/HAEM-RR/');
    await page.getByRole('main').getByRole('link', { name, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/ordliste/#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  }
});

test('the unclear WHO/ECOG score is flagged on the page', async ({ page }) => {
  await page.goto('/indikationer/HAEM-RR/');
  const note = pageNotes(page).filter({ hasText: 'WHO/ECOG score: 2' });
  await expect(note).toBeVisible();
  await expect(note).toContainText('≤ 2');
});

test('an indication permalink resolves to its own page and links back to its group', async ({ page }) => {
  const response = await page.goto('/indikationer/HAEM-MYEL/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Myeloid cancer' })).toBeVisible();
  await page.getByRole('link', { name: 'Hæmatologisk cancer', exact: true }).last().click();
  await expect(page).toHaveURL(/\/grupper\/haematologisk-cancer\/$/);
  await expect(page.locator('#HAEM-MYEL')).toBeVisible();
});

test('the group page links each indication to its permalink', async ({ page }) => {
  await page.goto('/grupper/haematologisk-cancer/');
  await page.locator('section.indication-block').first().getByRole('link', { name: 'HAEM-RR' }).click();
  await expect(page).toHaveURL(/\/indikationer\/HAEM-RR\/$/);
});

test('the accessibility statement exists', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tilgængelighedserklæring' })).toBeVisible();
});
