import { expect, test, type Locator, type Page } from '@playwright/test';
import { noteFor, pageNotes } from '../helpers/notes.ts';

// The children's cancer and primary immunodeficiency groups (issue 4, items 1 and 2): every key
// figure is on the page with the seed file it comes from, and the unclear values carry a note.
const BUK = '000_f715736cfca214f2.txt';
const PID = '004_7b9c556ec6033e64.txt';

/** A figure as shown on the page, e.g. "ca. 940 WGS"; no digit may precede it, so "40 patienter" does not match "240 patienter". */
const fig = (text: string) =>
  new RegExp(`(^|[^\\d.])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}`);

/** The figure is shown in a definition or table cell that names the seed file it comes from. */
async function expectSourcedFigure(scope: Locator | Page, text: string, file: string): Promise<void> {
  const holder = scope
    .locator('dd, td')
    .filter({ hasText: fig(text) })
    .first();
  await expect(holder, `${text} skal stå på siden`).toBeVisible();
  await expect(await noteFor(holder), `${text} skal have kilden ${file}`).toContainText(file);
}

const section = (page: Page, heading: string | RegExp) =>
  page
    .locator('section', {
      has: page.getByRole('heading', { name: heading, exact: typeof heading === 'string' }),
    })
    .last();

test.describe('Børn og unge med kræft', () => {
  test('the group page states patients and WGS a year with their source', async ({ page }) => {
    await page.goto('/grupper/boern-og-unge-med-kraeft/');
    await expect(page.getByRole('heading', { level: 1, name: 'Børn og unge med kræft' })).toBeVisible();
    const keyFigures = section(page, 'Nøgletal for hele gruppen');
    for (const text of [
      'ca. 240 patienter',
      '200 patienter',
      '40 patienter',
      'ca. 940 WGS',
      'ca. 640 WGS',
      'ca. 300 WGS',
    ]) {
      await expectSourcedFigure(keyFigures, text, BUK);
    }
    await expect(keyFigures.getByRole('term')).toContainText([
      'Nyhenviste patienter om året',
      'Patienter om året i alt',
      'Patienter med tilbagefald (recidiv) om året',
    ]);
  });

  test('the unclear germline and somatic figures are flagged', async ({ page }) => {
    await page.goto('/grupper/boern-og-unge-med-kraeft/');
    await expect(pageNotes(page).filter({ hasText: '720' })).toContainText('nogle patienter');
    await expect(pageNotes(page).filter({ hasText: 'ca. 300 somatiske analyser' })).toContainText('40');
    await expect(section(page, 'Bemærkninger til kilderne')).toContainText('0-17.9 år');
  });

  test('yield, lab needs, NGC offer, working group and NGC assessment are on the page', async ({ page }) => {
    await page.goto('/grupper/boern-og-unge-med-kraeft/');
    const yieldSection = section(page, 'Diagnostisk udbytte for hele gruppen');
    await expectSourcedFigure(yieldSection, 'ca. 20 %', BUK);
    await expectSourcedFigure(yieldSection, 'ca. 50 %', BUK);

    const lab = section(page, 'Behov i laboratoriet og analysen');
    await expect(lab).toContainText('hos alle patienter');
    await expect(lab).toContainText('kun hos patienter med progression');

    const offers = page.getByRole('table', { name: /Analyser og ydelser fra Nationalt Genom Center/ });
    await expect(offers.getByRole('rowheader')).toHaveText(['Fra start', 'Ventet senere', 'Under vurdering']);
    await expect(offers.getByRole('row', { name: /Fra start/ })).toContainText('CNV-analyse');
    await expect(offers.getByRole('row', { name: /Ventet senere/ })).toContainText('medio 2022');
    await expectSourcedFigure(offers, 'op til 640 WGS', BUK);

    const group = section(page, 'Arbejdsgruppernes kommentarer');
    await expect(group).toContainText('trioanalyser');
    await expect(group).toContainText('STAGING');
    await expect(await noteFor(group)).toContainText(BUK);

    await expectSourcedFigure(section(page, 'Nationalt Genom Centers vurdering'), '270 patienter', BUK);
    await expectSourcedFigure(section(page, 'Udredning med WGS før NGC’s tilbud'), 'under 10 %', BUK);
  });

  test('the four indications are listed and linked to their permalinks', async ({ page }) => {
    await page.goto('/grupper/boern-og-unge-med-kraeft/');
    const table = page.getByRole('table', { name: 'Gruppens indikationer' });
    await expect(table.getByRole('link')).toHaveText(['BUK-NY', 'BUK-REC', 'BUK-UNG', 'BUK-ANDEN']);
    // The source gives no split by indication, so no indication claims a share of the quota.
    await expect(
      table.getByRole('cell', { name: 'Kilden angiver ikke tal for indikationen', exact: true }),
    ).toHaveCount(4);
  });

  for (const [code, name, checks] of [
    ['BUK-NY', 'Nyopdaget kræft hos børn', ['0-17 år', 'Færøerne og Grønland', 'DNA fra blod']],
    [
      'BUK-REC',
      'Kræft der ikke svarer på behandling, skrider frem eller vender tilbage',
      ['0-17 år', 'Færøerne og Grønland', 'tumorvæv'],
    ],
    ['BUK-UNG', 'Unge voksne med en tumor, der er typisk for børn', ['18-20 år', 'børneonkologisk afdeling']],
    ['BUK-ANDEN', 'Ny kræftsygdom efter kræft i barnealderen', ['0-17 år', 'inden for 5 år']],
  ] as const) {
    test(`the permalink ${code} shows its age and time criteria with the source`, async ({ page }) => {
      const response = await page.goto(`/indikationer/${code}/`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      const criteria = section(page, 'Kriterier for henvisning');
      for (const text of checks) await expect(page.locator('main')).toContainText(text);
      await expect(criteria.getByRole('heading', { name: 'Alder', exact: true })).toBeVisible();
      await expect(await noteFor(criteria)).toContainText(BUK);
      // The decision paper is silent on MDT and on who may order; the checklist says so in one line.
      await expect(criteria.locator('.unstated')).toContainText('MDT-konference');
      await expect(criteria.locator('.unstated')).toContainText('hvem må rekvirere');
      await expect(pageNotes(page).first()).toBeVisible();
    });
  }

  test('the time limit of 5 years is a sourced figure on BUK-REC and BUK-ANDEN', async ({ page }) => {
    for (const code of ['BUK-REC', 'BUK-ANDEN']) {
      await page.goto(`/indikationer/${code}/`);
      const time = section(page, 'Kriterier for henvisning')
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: 'Tidsramme' }) });
      await expectSourcedFigure(time, '5 år', BUK);
    }
  });
});

test.describe('Primær immundefekt', () => {
  test('the group page states patients and WGS a year with their source', async ({ page }) => {
    await page.goto('/grupper/primaer-immundefekt/');
    await expect(page.getByRole('heading', { level: 1, name: 'Primær immundefekt' })).toBeVisible();
    const keyFigures = section(page, 'Nøgletal for hele gruppen');
    for (const text of ['ca. 750 WGS', 'ca. 250 WGS', 'op til 1.000 WGS'])
      await expectSourcedFigure(keyFigures, text, PID);
    const newly = keyFigures.locator('div', {
      has: page.getByRole('term').filter({ hasText: 'Nyhenviste patienter om året' }),
    });
    await expectSourcedFigure(newly, 'ca. 500 patienter', PID);
    const earlier = keyFigures.locator('div', {
      has: page.getByRole('term').filter({ hasText: 'Tidligere henviste patienter' }),
    });
    await expectSourcedFigure(earlier, 'ca. 500 patienter', PID);
    await expect(await noteFor(earlier)).toContainText('ikke et antal om året');
    await expect(keyFigures).toContainText('erstatte den genetiske diagnostik');
  });

  test('the unclear 250 and 1.000 are flagged', async ({ page }) => {
    await page.goto('/grupper/primaer-immundefekt/');
    await expect(
      pageNotes(page).filter({ hasText: 'de første år' }).filter({ hasText: 'hvor mange år' }),
    ).not.toHaveCount(0);
    await expect(pageNotes(page).filter({ hasText: 'evt. op til 1000 de første år' })).toContainText(
      'mulig øvre grænse',
    );
  });

  test('the page says plainly that the criteria annex is not among the sources', async ({ page }) => {
    await page.goto('/grupper/primaer-immundefekt/');
    await expect(section(page, 'Bemærkninger til kilderne')).toContainText(
      'Bilaget er ikke blandt sitets kilder',
    );
    const criteria = page
      .locator('section.indication-block', { has: page.locator('#PID-IEI') })
      .locator('section', { has: page.getByRole('heading', { name: 'Kriterier for henvisning' }) });
    await expect(criteria.locator('.unstated')).toContainText('Kilden angiver ikke:');
    await expect(criteria).toContainText('Både børn og voksne');
  });

  test('the turnaround limit for acutely ill newborns is outside NGC', async ({ page }) => {
    await page.goto('/grupper/primaer-immundefekt/');
    const offers = page.getByRole('table', { name: /Analyser og ydelser fra Nationalt Genom Center/ });
    const row = offers.getByRole('row', { name: /Ikke via NGC/ });
    await expect(row).toContainText('nyfødte');
    await expectSourcedFigure(row, 'under 2 uger', PID);
  });

  test('the permalink PID-IEI shows the indication, yield and turnaround with the source', async ({
    page,
  }) => {
    const response = await page.goto('/indikationer/PID-IEI/');
    expect(response?.status()).toBe(200);
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Medfødte fejl i immunforsvaret (inborn errors of immunity)',
      }),
    ).toBeVisible();
    await expectSourcedFigure(page, 'over 450 diagnoser', PID);
    const yieldSection = section(page, 'Diagnostisk udbytte');
    await expectSourcedFigure(yieldSection, 'ca. 15-20 %', PID);
    await expectSourcedFigure(yieldSection, '20-30 %', PID);
    await expect(pageNotes(page).filter({ hasText: 'begrænset evidens' })).toContainText('begrænset evidens');
    await expectSourcedFigure(section(page, 'Analysetid og svartid'), 'under 2 uger', PID);
    const quota = page.getByRole('table', { name: /PID-IEI/ });
    await expectSourcedFigure(quota, 'ca. 750 WGS', PID);
    await expectSourcedFigure(quota, 'ca. 250 WGS', PID);
    await expect(quota.getByRole('rowheader')).toContainText(['Nyhenviste', 'Tidligere henviste']);
    await page.getByRole('link', { name: 'Primær immundefekt', exact: true }).last().click();
    await expect(page).toHaveURL(/\/grupper\/primaer-immundefekt\/$/);
  });
});

test('both groups are reachable from the list of patient groups', async ({ page }) => {
  await page.goto('/grupper/');
  for (const name of ['Børn og unge med kræft', 'Primær immundefekt']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Primær immundefekt', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Primær immundefekt' })).toBeVisible();
});

test.describe('Grundlaget for anbefalingerne', () => {
  interface Sourced {
    tekst: string;
    kilde: { dokument: string };
    note?: string;
  }
  test('each group shows what its recommendations build on, under its introduction, with sources and notes', async ({
    page,
    request,
  }) => {
    const groups: { url: string; grundlag: Sourced[] }[] = await (
      await request.get('/data/grupper.json')
    ).json();
    const withGrounds = groups.filter((g) => g.grundlag.length > 0);
    expect(withGrounds.length, 'no group in the content has grundlag to show').toBeGreaterThan(0);
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const g of withGrounds) {
      await page.goto(g.url);
      const about = section(page, 'Om patientgruppen');
      const grounds = about.locator('section', {
        has: page.getByRole('heading', { level: 3, name: 'Grundlaget for anbefalingerne' }),
      });
      await expect(grounds).toBeVisible();
      const items = grounds.locator('.sourced');
      await expect(items).toHaveCount(g.grundlag.length);
      for (const [i, item] of g.grundlag.entries()) {
        const shown = items.nth(i);
        await expect(shown).toContainText(squash(item.tekst));
        const note = await noteFor(shown);
        await expect(note).toContainText(`${item.kilde.dokument}.txt`);
        if (item.note) await expect(note).toContainText(squash(item.note));
      }
    }
  });
});
