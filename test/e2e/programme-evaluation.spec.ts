import { expect, test, type Locator, type Page } from '@playwright/test';
import { noteFor } from '../helpers/notes.ts';

const REPORT = '001_7389b4ecaf307271.txt';

/** The key figure with this label: its value and the source it names. */
function keyFigure(scope: Page | Locator, label: string): Locator {
  return scope.locator('.keyfigures > div').filter({ hasText: label });
}

async function expectFigure(scope: Page | Locator, label: string, value: string, source = REPORT) {
  const figure = keyFigure(scope, label);
  await expect(figure.locator('dd .tal')).toHaveText(value);
  await expect(await noteFor(figure)).toContainText(source);
}

/** Every table has a caption and header cells for both its columns and its rows. */
async function expectAccessibleTables(page: Page, count: number) {
  const tables = page.locator('main table');
  await expect(tables).toHaveCount(count);
  for (const table of await tables.all()) {
    await expect(table.locator('caption')).not.toBeEmpty();
    expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThan(1);
    const rows = await table.locator('tbody tr').count();
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(rows);
  }
}

test('the programme and the evaluation are reachable from the main navigation', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
  await nav.getByRole('link', { name: 'Programmet' }).click();
  await expect(page).toHaveURL(/\/programmet\/$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Programmet for helgenomsekventering' }),
  ).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Programmet' })).toHaveAttribute('aria-current', 'page');

  await nav.getByRole('link', { name: 'Evaluering' }).click();
  await expect(page).toHaveURL(/\/evaluering\/$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Evaluering af de fire kræftgrupper' }),
  ).toBeVisible();
});

test('the international page is linked from the evaluation and the programme pages', async ({ page }) => {
  for (const from of ['/evaluering/', '/programmet/']) {
    await page.goto(from);
    await page
      .getByRole('link', { name: /internationale sammenligning/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/international\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Internationale erfaringer' })).toBeVisible();
  }
});

test('the programme page states the scope figures with their source', async ({ page }) => {
  await page.goto('/programmet/');
  const scope = page.locator('section', { has: page.getByRole('heading', { name: 'Omfang' }) });
  await expectFigure(scope, 'Patientgrupper i alt', '17 patientgrupper');
  await expectFigure(scope, 'Heraf med sjældne arvelige sygdomme', '13 patientgrupper');
  await expectFigure(scope, 'Heraf med kræft', '4 patientgrupper');
  await expectFigure(scope, 'Sygdomsområder', 'ca. 90 sygdomsområder');
  await expectFigure(scope, 'Novo Nordisk Fonden', 'op til 60.000 WGS');
  // The missing time frame of the 60,000 is flagged where the figure is.
  await expect(await noteFor(keyFigure(scope, 'Novo Nordisk Fonden'))).toContainText('frem til 2024');
});

test('the programme page shows the dates of the programme', async ({ page }) => {
  await page.goto('/programmet/');
  const timeline = page.locator('ol.timeline');
  await expect(timeline.locator('time[datetime="2022-04"]')).toHaveText('april 2022');
  const rollout = timeline.locator('li', { has: page.locator('time[datetime="2022-08"]') });
  await expect(rollout.locator('time[datetime="2024-04"]')).toHaveText('april 2024');
  await expect(await noteFor(rollout)).toContainText(REPORT);
  const database = timeline.locator('li', { has: page.locator('time[datetime="2024-05-01"]') });
  await expect(database.locator('time')).toHaveText('1. maj 2024');
  await expect(database).toContainText('forskere');
  await expect(await noteFor(database)).toContainText(REPORT);
});

test('the approval process is an ordered list of steps in their order, each with its source', async ({
  page,
}) => {
  await page.goto('/programmet/');
  const section = page.locator('section', {
    has: page.getByRole('heading', { level: 2, name: 'Sådan bliver en patientgruppe godkendt' }),
  });
  const steps = section.locator('ol.flow__steps > li');
  const actors = await section.locator('.flow__actor').allTextContents();
  const position = (text: string, from = 0) => actors.findIndex((a, i) => i >= from && a.includes(text));
  // Proposal rounds → working group → steering group picks the group; then the group's specialist
  // network writes recommendations → working group comments → steering group approves.
  const proposal = position('Klinikere og lægevidenskabelige selskaber');
  const network = position('Nationalt specialistnetværk');
  const workingGroup = position('Arbejdsgruppen for klinisk anvendelse', network);
  const steering = position('Styregruppen', workingGroup);
  expect(proposal).toBe(0);
  expect(proposal).toBeLessThan(network);
  expect(network).toBeLessThan(workingGroup);
  expect(workingGroup).toBeLessThan(steering);
  await expect(section.getByRole('heading', { name: /Fase 1/ })).toBeVisible();
  await expect(section.getByRole('heading', { name: /Fase 2/ })).toBeVisible();
  for (const step of await steps.all()) await expect(step.locator('a.fn').first()).toBeVisible();
  await expect(steps.first()).toContainText('Trin 1');
});

test('the programme page lists the named groups and says the rare-disease groups are not named', async ({
  page,
}) => {
  await page.goto('/programmet/');
  const groups = page.locator('section', {
    has: page.getByRole('heading', { level: 2, name: 'Patientgrupperne' }),
  });
  for (const name of [
    'Hæmatologisk kræft',
    'Kræft hos børn og unge',
    'Kræft hos unge voksne samt arvelig kræft hos voksne',
    'Udbredt og uhelbredelig kræft',
    'Primær immundefekt',
  ]) {
    await expect(groups.locator('li', { hasText: name }).first()).toBeVisible();
  }
  await expect(groups).toContainText('nævner kun 1 af de 13 grupper ved navn');
  // A group whose page exists is a link; the rest stay plain text until their pages are added.
  await groups.getByRole('link', { name: 'Hæmatologisk kræft' }).click();
  await expect(page).toHaveURL(/\/grupper\/haematologisk-cancer\/$/);
});

test('the evaluation page covers the four perspectives and both interviews, with their figures and sources', async ({
  page,
}) => {
  await page.goto('/evaluering/');
  const overview = page.locator('section', {
    has: page.getByRole('heading', { name: 'De fire perspektiver' }),
  });
  await expect(overview.locator('ol > li')).toHaveCount(4);
  for (const id of [
    'patientcases',
    'klinikerinterviews',
    'litteraturgennemgang',
    'international-sammenligning',
    'patientrepraesentanter',
    'arbejdsgruppen',
    'samlet-vurdering',
  ]) {
    await expect(page.locator(`section[aria-labelledby="${id}"]`)).toBeVisible();
  }
  const part = (id: string) => page.locator(`section[aria-labelledby="${id}"]`);
  await expectFigure(part('patientcases'), 'Patientcases', '15 patientcases');
  await expectFigure(part('klinikerinterviews'), 'Specialistnetværk', '4 specialistnetværk');
  await expectFigure(part('litteraturgennemgang'), 'Unikke publikationer', '15 publikationer');
  await expectFigure(part('litteraturgennemgang'), 'MTB', '42-100 %');
  await expectFigure(part('patientrepraesentanter'), 'Patientrepræsentanter', '9 personer');
  await expectFigure(part('arbejdsgruppen'), 'Medlemmer', '7 personer');
  await expect(part('klinikerinterviews').locator('time[datetime="2024-01"]')).toHaveText('januar 2024');
  await expect(part('patientrepraesentanter').locator('time[datetime="2024-03-20"]')).toHaveText(
    '20. marts 2024',
  );
  await expect(part('arbejdsgruppen').locator('time[datetime="2024-04-29"]')).toHaveText('29. april 2024');
  // Positive findings and challenges are both shown.
  for (const id of ['klinikerinterviews', 'patientrepraesentanter', 'arbejdsgruppen']) {
    await expect(part(id).getByRole('heading', { name: 'Det positive' })).toBeVisible();
    await expect(part(id).getByRole('heading', { name: 'Udfordringer' })).toBeVisible();
  }
  await expect(
    part('samlet-vurdering').getByRole('heading', { name: 'Ønsker og anbefalinger' }),
  ).toBeVisible();
});

test('table 2 is an accessible table with the one cell that is not "Ja" explained', async ({ page }) => {
  await page.goto('/evaluering/');
  const table = page.getByRole('table', { name: /Tabel 2/ });
  await expect(await noteFor(table.locator('caption'))).toContainText(REPORT);
  const row = table.locator('tbody tr', {
    has: page.locator('th', { hasText: 'Unge voksne med kræft og arvelig kræft hos voksne' }),
  });
  await expect(row.locator('td').nth(2)).toContainText('Ikke belyst i de inkluderede artikler');
  await expect(await noteFor(row)).toBeVisible();
  await expect(table.locator('tbody td.answer--ja')).toHaveCount(11);
  for (const cell of await table.locator('tbody td.answer--ja').all()) await expect(cell).toHaveText('Ja');
  await expectAccessibleTables(page, 2);
});

test('the international page shows tables 3 and 4 with captions, headers and the caveats', async ({
  page,
}) => {
  await page.goto('/international/');
  await expectAccessibleTables(page, 2);
  const overlap = page.getByRole('table', { name: /Tabel 3/ });
  await expect(await noteFor(overlap.locator('caption'))).toContainText(REPORT);
  const haem = overlap.locator('tbody tr', { has: page.locator('th', { hasText: 'Hæmatologisk kræft' }) });
  await expect(haem.locator('td')).toContainText('Stort overlap');
  await expect(await noteFor(haem)).toContainText('siger ikke hvorfor');
  await expect(overlap.locator('tbody td')).toHaveText([
    /^\s*Stort overlap/,
    'Stort set fuldt overlap',
    'Stort set fuldt overlap',
    'Stort set fuldt overlap',
  ]);

  const procedures = page.getByRole('table', { name: /Tabel 4/ });
  await expect(procedures.locator('tbody th[scope="row"]')).toHaveText([
    'Danmark',
    'England',
    'Frankrig',
    'Sverige',
  ]);
  await expect(procedures).toContainText('Haute Autorité de Santé');

  const caveats = page.locator('section', {
    has: page.getByRole('heading', { name: 'Det siger sammenligningen ikke' }),
  });
  await expect(caveats.locator('[role="note"]')).toHaveCount(4);
  await expect(caveats.locator('[role="note"]').first()).toContainText('uden begrundelse');
  for (const note of await caveats.locator('[role="note"]').all())
    await expect(await noteFor(note)).toContainText(REPORT);
});
