import { expect, test, type Locator, type Page } from '@playwright/test';
import { noteFor, notesFor, pageNotes } from '../helpers/notes.ts';
import { sharedPage } from '../helpers/shared-page.ts';
import { group, num, siteData, sourceFile } from '../helpers/site-data.ts';

// The two cancer groups whose sources give no indications; their slugs are the pages' permanent addresses.
const UUK_SLUG = 'udbredt-og-uhelbredelig-kraeft';
const UVAK_SLUG = 'unge-voksne-og-arvelig-kraeft';
const UUK = `/grupper/${UUK_SLUG}/`;
const UVAK = `/grupper/${UVAK_SLUG}/`;
const REPORT = '001_7389b4ecaf307271.txt';
const MINUTES = '002_480ab840f5768a21.txt';

const section = (page: Page, heading: string | RegExp): Locator =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) }).last();

// A date as a Danish reader sees it ("1. november 2023", "maj 2024"): an oracle of its own, not the site's formatter.
const danishDate = (iso: string): string => {
  const parts = iso.split('-');
  if (parts.length === 1) return iso;
  const date = new Date(`${iso}${parts.length === 2 ? '-01' : ''}T00:00:00Z`);
  const format = new Intl.DateTimeFormat('da-DK', {
    ...(parts.length === 3 ? { day: 'numeric' } : {}),
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.format(date);
};

/** The group's figures from the latest status report, its period, and the figures' sources as notes. */
async function expectImplementation(page: Page, slug: string): Promise<void> {
  const status = section(page, 'Status for implementering');
  const report = siteData().status.at(-1)!;
  const row = report.grupper.find((r) => r.gruppe === slug)!;
  const sentence = status.locator('p').filter({ hasText: `${num(row.proever.vaerdi)} prøver` });
  await expect(sentence).toContainText(`${num(row.andel.vaerdi)} %`);
  const { fra, til } = report.periode;
  await expect(sentence).toContainText(`${danishDate(fra)}–${danishDate(til)}`);
  await expect(sentence.locator(`time[datetime="${fra}"]`)).toBeVisible();
  await expect(sentence.locator(`time[datetime="${til}"]`)).toBeVisible();
  // Provenance one step away: each figure has a note naming its source file; the sentence does not.
  const [samples, share] = await notesFor(sentence);
  await expect(samples!).toContainText(sourceFile(row.proever));
  await expect(share!).toContainText(sourceFile(row.andel));
  await expect(sentence).not.toContainText(row.proever.kilde.dokument);
}

test.describe('advanced and incurable cancer', () => {
  const shared = sharedPage(UUK);

  test('the page renders with its name and says plainly that there are no indications', async () => {
    const page = shared.page();
    const response = shared.response();
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: group(UUK_SLUG).navn })).toBeVisible();
    const indications = section(page, 'Indikationer');
    await expect(indications).toContainText('Kilderne indeholder ingen indikationsskemaer for denne gruppe');
    await expect(indications.locator('section.indication-block')).toHaveCount(0);
    await expect(page.locator('section.indication-block')).toHaveCount(0);
  });

  test('the implementation figures show the period, with their source in a note', async () => {
    const page = shared.page();
    await expectImplementation(page, UUK_SLUG);
    await expect(pageNotes(page).filter({ hasText: 'ikke patienter' }).first()).toContainText(
      'ikke patienter',
    );
  });

  test('the specialist network is listed by role and region, with its chairs named', async () => {
    const network = group(UUK_SLUG).netvaerk!;
    const page = shared.page();
    const shown = section(page, 'Specialistnetværket');
    // The chairs are named above the table, by role.
    const chairs = network.medlemmer.filter((m) => m.rolle !== 'medlem');
    expect(chairs.length).toBeGreaterThan(0);
    for (const m of chairs)
      await expect(shown).toContainText(`${m.rolle[0]!.toUpperCase()}${m.rolle.slice(1)}: ${m.navn}`);
    const table = shown.getByRole('table', { name: /Medlemmer af netværket/ });
    await expect(table.getByRole('columnheader')).toHaveText(['Navn', 'Rolle', 'Region eller organisation']);
    await expect(table.getByRole('row')).toHaveCount(network.medlemmer.length + 1);
    for (const m of network.medlemmer) {
      await expect(table.getByRole('row').filter({ hasText: m.navn })).toContainText(m.repraesenterer);
    }
    await expect(await noteFor(shown)).toContainText(sourceFile(network));
  });

  test('the evaluation model, the PICO method, the patient cases and the interview are described', async () => {
    const page = shared.page();
    const method = section(page, 'Sådan blev statusrapporten lavet');
    const parameters = method.getByRole('table', { name: /Parametrene i styregruppens model/ });
    for (const name of [
      'Antal helgenomsekventeringer',
      'Procestid',
      'Litteraturgennemgang',
      'Internationale erfaringer',
      'Patientcases',
      'Klinikerperspektiv',
    ]) {
      await expect(parameters.getByRole('rowheader', { name })).toBeVisible();
    }
    await expect(method.getByRole('heading', { name: 'Det måler modellen ikke' })).toBeVisible();
    await expect(method).toContainText('effektskema');

    const pico = method.getByRole('table', { name: 'Det fokuserede kliniske spørgsmål (PICO)' });
    await expect(pico.getByRole('rowheader')).toHaveCount(4);
    await expect(pico).toContainText('helexomsekventering');
    await expect(pico.getByRole('row', { name: /Comparator/ })).toContainText('Står ikke i kilderne.');
    await expect(method).toContainText('PRISMA-P');

    const cases = method.locator('section', {
      has: page.getByRole('heading', { level: 3, name: 'Patientcases' }),
    });
    await expect(cases).toContainText('op til 5');
    await expect(cases.getByRole('heading', { name: 'Anonymisering og samtykke' })).toBeVisible();
    await expect(cases).toContainText('samtykke');
    await expect(method.getByRole('heading', { level: 3, name: 'Semistruktureret interview' })).toBeVisible();
    await expect(method).toContainText('Lars Juhl Petersen');
  });

  test('the timetable shows both deadlines for patient cases and flags the conflict', async () => {
    const page = shared.page();
    const timetable = page.locator('section', {
      has: page.getByRole('heading', { level: 3, name: 'Møder og frister' }),
    });
    await expect(timetable.locator('time')).toHaveText([
      '22. januar 2024',
      '29. januar 2024',
      '15. marts 2024',
      '19. april 2024',
    ]);
    const conflict = pageNotes(page).filter({ hasText: 'to frister for patientcases' });
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText('19. april 2024');
  });

  test('the group-specific findings from the combined report cite it', async () => {
    const page = shared.page();
    const findings = section(page, 'Fund i evalueringen, der gælder gruppen');
    await expect(findings).toContainText('8 %');
    await expect(findings).toContainText('England, Frankrig og Sverige');
    await expect(await noteFor(findings)).toContainText(REPORT);
  });

  test('its table of contents links resolve', async () => {
    await expectContentsResolve(shared.page());
  });

  test('what the sources do not say is stated, with the documents that were read', async () => {
    const page = shared.page();
    const gaps = section(page, 'Det står ikke i kilderne');
    await expect(gaps).toBeVisible();
    await expect(gaps).toContainText('Indikationer, kriterier og kvoter');
    // What the sources say instead, and the documents that were read, are one click away.
    await gaps.locator('summary').click();
    await expect(await noteFor(gaps)).toContainText(MINUTES);
  });
});

test.describe('young adults with cancer and hereditary cancer in adults', () => {
  const shared = sharedPage(UVAK);

  test('the page renders and says plainly that there are no indications', async () => {
    const page = shared.page();
    const response = shared.response();
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: group(UVAK_SLUG).navn })).toBeVisible();
    await expect(section(page, 'Indikationer')).toContainText(
      'ingen kriterier for henvisning og ingen kvoter',
    );
    await expect(page.locator('section.indication-block')).toHaveCount(0);
  });

  test('the implementation figures show the period, with their source in a note', async () => {
    const page = shared.page();
    await expectImplementation(page, UVAK_SLUG);
  });

  test('the literature and international findings are shown, with the missing guidelines cell explained', async () => {
    const page = shared.page();
    const findings = section(page, 'Fund i evalueringen, der gælder gruppen');
    await expect(findings).toContainText('ikke belyst');
    await expect(pageNotes(page).filter({ hasText: 'Det betyder ikke, at der ikke findes' })).toBeVisible();
    await expect(findings).toContainText('stort set fuldt ud');
    await expect(findings).toContainText('op til 10 %');
    for (const note of await notesFor(findings)) await expect(note).toContainText(REPORT);
  });

  test('its table of contents links resolve', async () => {
    await expectContentsResolve(shared.page());
  });

  test('the statements about what the sources do not say are visible', async () => {
    const page = shared.page();
    const gaps = section(page, 'Det står ikke i kilderne');
    await gaps.locator('summary').click();
    for (const topic of [
      'Indikationer og kriterier for henvisning',
      'Alder og afgrænsning',
      'Kvoter',
      'Specialistnetværket',
    ]) {
      await expect(gaps.getByText(`${topic}:`, { exact: true })).toBeVisible();
    }
    await expect(await noteFor(gaps)).toContainText(REPORT);
  });
});

/** Every link in the page's table of contents leads to one element on the page. */
async function expectContentsResolve(page: Page): Promise<void> {
  const links = await page.getByRole('navigation', { name: 'Indhold' }).getByRole('link').all();
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    const id = (await link.getAttribute('href'))!.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
}
