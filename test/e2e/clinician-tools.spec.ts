import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { dist } from '../helpers/site-pages.ts';

// Expectations come from the build's data export, never from a copy of the content.
interface Criterion {
  kraeves?: boolean;
}
interface ExportedIndication {
  kode: string;
  kriterier: Record<string, Criterion | Criterion[] | undefined>;
}
const indications: ExportedIndication[] = JSON.parse(
  readFileSync(join(dist, 'data/indikationer.json'), 'utf8'),
);
const requiredCount = (i: ExportedIndication) =>
  Object.values(i.kriterier)
    .flatMap((v) => (Array.isArray(v) ? v : v ? [v] : []))
    .filter((c) => c.kraeves === true).length;

/** The three acceptance cases, as a clinician answers them. */
const cases: { name: string; answers: Record<string, string>; expected: string[] }[] = [
  {
    name: 'adult with relapsed AML',
    answers: {
      alder: '21 år eller ældre',
      omraade: 'Hæmatologisk kræft',
      situation: 'Refraktær eller recidiverende sygdom',
    },
    expected: ['HAEM-RR', 'HAEM-MYEL'],
  },
  {
    name: '3-year-old with a newly diagnosed solid tumour',
    answers: { alder: '0-17 år', omraade: 'Solid tumor', situation: 'Nyopdaget sygdom' },
    expected: ['BUK-NY'],
  },
  {
    name: 'child with a suspected immune defect',
    answers: { alder: '0-17 år', omraade: 'Medfødt immundefekt' },
    expected: ['PID-IEI'],
  },
];

async function answer(page: Page, answers: Record<string, string>) {
  const legends: Record<string, string> = {
    alder: 'Patientens alder nu',
    omraade: 'Sygdomsområde',
    situation: 'Situation',
  };
  for (const [question, label] of Object.entries(answers)) {
    await page
      .getByRole('group', { name: legends[question] })
      .getByRole('radio', { name: label, exact: true })
      .check();
  }
}

const shownCodes = (page: Page) =>
  page
    .locator('.finder__hit')
    .evaluateAll((hits) =>
      hits.filter((h) => getComputedStyle(h).display !== 'none').map((h) => h.getAttribute('data-kode')),
    );

for (const javaScriptEnabled of [true, false]) {
  test.describe(`finder ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });
    for (const c of cases) {
      test(c.name, async ({ page }) => {
        await page.goto('/find-indikation/');
        await expect(page.locator('.finder__hit')).toHaveCount(indications.length);
        await answer(page, c.answers);
        await expect.poll(() => shownCodes(page)).toEqual(expect.arrayContaining(c.expected));
        expect((await shownCodes(page)).sort()).toEqual([...c.expected].sort());
        // Never a verdict on the patient: the page says who decides.
        await expect(page.locator('main')).toContainText('den henvisende læge og MDT-konferencen');
        await expect(page.locator('main')).not.toContainText(/egnet til helgenom|eligible/i);
      });
    }
  });
}

test('the finder writes the answers to the address, and the link restores them', async ({
  page,
  browser,
}) => {
  await page.goto('/find-indikation/');
  await answer(page, cases[0]!.answers);
  await expect(page).toHaveURL(/situation=refraktaer-eller-recidiverende-sygdom/);
  await expect(page.locator('[data-finder-count]')).toContainText('2 af');
  const shared = page.url();

  const other = await browser.newPage();
  await other.goto(shared);
  await expect(
    other.getByRole('group', { name: 'Sygdomsområde' }).getByRole('radio', { name: 'Hæmatologisk kræft' }),
  ).toBeChecked();
  await expect.poll(() => shownCodes(other)).toEqual(['HAEM-RR', 'HAEM-MYEL']);
  await other.close();
});

test('the finder says where the source leaves a criterion unstated, and shows the groups without indications', async ({
  page,
}) => {
  await page.goto('/find-indikation/');
  await expect(page.locator('.finder__hit[data-kode="PID-IEI"]')).toContainText(
    'Kilden angiver ingen aldersgrænse',
  );
  await expect(page.getByRole('heading', { name: 'Patientgrupper uden egne indikationer' })).toBeVisible();
  await expect(page.locator('.finder__group')).not.toHaveCount(0);
});

for (const i of indications) {
  test(`the checklist for ${i.kode} prints on at most 2 A4 pages with one box per requirement`, async ({
    page,
  }) => {
    await page.goto(`/indikationer/${i.kode}/`);
    await page.getByRole('link', { name: 'Udskriv tjekliste' }).click();
    await expect(page).toHaveURL(new RegExp(`/indikationer/${i.kode}/tjekliste/$`));
    await expect(page.getByRole('checkbox')).toHaveCount(requiredCount(i));
    for (const c of await page.getByRole('checkbox').all()) await expect(c).not.toBeChecked();
    for (const field of ['Patient (navn, cpr-nr.)', 'Dato', 'Henvisende læge og afdeling'])
      await expect(page.getByRole('rowheader', { name: field })).toBeVisible();
    await expect(page.locator('.tjekliste__meta')).toContainText(`/indikationer/${i.kode}/`);
    await expect(page.locator('.tjekliste__meta [data-print-date]')).not.toHaveText(/_/);
    await expect(page.locator('.tjekliste__sources')).toHaveCount(1);
    await expect(page.locator('main')).toContainText('ikke en officiel kode fra Nationalt Genom Center');

    await page.emulateMedia({ media: 'print' });
    // One print date on paper: the checklist's own, not also the layout's print line.
    await expect(page.locator('[data-print-date]:visible')).toHaveCount(1);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages, `${i.kode}: ${pages} A4-sider`).toBeGreaterThan(0);
    expect(pages, `${i.kode}: ${pages} A4-sider`).toBeLessThanOrEqual(2);
  });
}

test('the index lists every indication in the export, grouped, with the same values as the CSV files', async ({
  page,
  request,
}) => {
  await page.goto('/indikationer/');
  const codes = await page
    .locator('table.indication-index tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kode')));
  expect([...codes].sort()).toEqual(indications.map((i) => i.kode).sort());
  const comma = parse(await (await request.get('/data/indikationer.csv')).text(), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  const semi = parse(await (await request.get('/data/indikationer-excel.csv')).text(), {
    bom: true,
    columns: true,
    delimiter: ';',
  }) as Record<string, string>[];
  expect(semi.map((r) => r.kode)).toEqual(comma.map((r) => r.kode));
  for (const row of comma) {
    const tr = page.locator(`tr[data-kode="${row.kode}"]`);
    await expect(tr).toContainText(row.kort_beskrivelse!);
    await expect(tr).toContainText(row.rekvirent!);
    await expect(tr).toContainText(row.proevemateriale!);
    expect(semi.find((r) => r.kode === row.kode)?.rekvirent).toBe(row.rekvirent);
  }
  await expect(page.locator('main')).toContainText('ikke officielle koder fra Nationalt Genom Center');
});
