import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { notStated } from '../../schemas/indication-finder.ts';
import { sharedPage } from '../helpers/shared-page.ts';
import { siteData, type Indication } from '../helpers/site-data.ts';
import { setTextSize } from '../helpers/text-size.ts';

// Expectations come from the build's data export, never from a copy of the content.
const indications = siteData().indikationer;
const requiredCount = (i: Indication) =>
  Object.values(i.kriterier)
    .flatMap((v) => (Array.isArray(v) ? v : v ? [v] : []))
    .filter((c) => (c as { kraeves?: boolean }).kraeves === true).length;

/**
 * A patient as a clinician describes one: exact ages in months (the age now and, where it matters, the age
 * when the disease was first found), a disease area and a situation, in the words of the export.
 */
interface Patient {
  nowMonths: number;
  debutMonths?: number;
  area: string;
  situation: string;
}

/**
 * The test's own oracle, written from the export's fields and not from the finder's code: an indication fits
 * unless a criterion the export states rules the patient out. An unstated criterion ("ikke angivet") rules
 * nobody out. Ages are exact, so this also holds the finder's age bands to the limits the content states.
 */
function fits(i: Indication, p: Patient): boolean {
  const { alder, sygdomsomraader, situationer } = i.findIndikation;
  const perUnit = alder.enhed === 'år' ? 12 : 1;
  const months = alder.gaelder === 'ved første diagnose' ? (p.debutMonths ?? p.nowMonths) : p.nowMonths;
  const ageOk =
    (typeof alder.fra !== 'number' || months >= alder.fra * perUnit) &&
    (typeof alder.til !== 'number' || months < (alder.til + 1) * perUnit);
  const listOk = (values: readonly string[], answer: string) =>
    values.includes(notStated) || values.includes(answer);
  return ageOk && listOk(sygdomsomraader.vaerdier, p.area) && listOk(situationer.vaerdier, p.situation);
}

const legends = {
  alder: 'Patientens alder nu',
  debut: 'Alder, da sygdommen første gang blev konstateret',
  omraade: 'Sygdomsområde',
  situation: 'Situation',
} as const;
const notAnswered = { alder: 'Ikke besvaret', debut: 'Samme aldersgruppe som nu' } as const;

interface Band {
  label: string;
  lo: number;
  hi: number;
}

/** The finder's age options as the clinician reads them ("0-17 år", "21 år eller ældre"), in months. */
async function ageBands(page: Page): Promise<Band[]> {
  const labels = await page
    .getByRole('group', { name: legends.alder, exact: true })
    .locator('label')
    .allInnerTexts();
  return labels
    .map((l) => l.trim())
    .filter((l) => l !== notAnswered.alder)
    .map((label) => {
      const m = /^(\d+)(?:-(\d+))? (år|måneder)( eller ældre)?$/.exec(label);
      if (!m || (m[2] === undefined) === !m[4]) throw new Error(`Aldersvalget "${label}" kan ikke læses.`);
      const k = m[3] === 'år' ? 12 : 1;
      return { label, lo: Number(m[1]) * k, hi: m[2] ? (Number(m[2]) + 1) * k : Infinity };
    });
}

const bandOf = (bands: Band[], months: number): Band => {
  const band = bands.find((b) => b.lo <= months && months < b.hi);
  if (!band) throw new Error(`Intet aldersvalg dækker ${months} måneder.`);
  return band;
};

async function options(page: Page, legend: string): Promise<string[]> {
  const labels = await page
    .getByRole('group', { name: legend, exact: true })
    .locator('label')
    .allInnerTexts();
  return labels.map((l) => l.trim().toLowerCase()).filter((l) => l !== 'ikke besvaret');
}

/**
 * Patients built from one indication's own fields: at its lowest stated age and, where it states one, at
 * the last month of its highest; in its first stated area and situation (any offered one where unstated).
 * Where the limit is on the age at first diagnosis, the patient is now in the oldest age option.
 */
async function patientsFor(page: Page, i: Indication): Promise<Patient[]> {
  const { alder, sygdomsomraader, situationer } = i.findIndikation;
  const bands = await ageBands(page);
  const perUnit = alder.enhed === 'år' ? 12 : 1;
  const pick = (values: readonly string[], offered: string[]) =>
    values[0] === notStated ? offered[0]! : values[0]!;
  const area = pick(sygdomsomraader.vaerdier, await options(page, legends.omraade));
  const situation = pick(situationer.vaerdier, await options(page, legends.situation));
  const ages = [
    typeof alder.fra === 'number' ? alder.fra * perUnit : undefined,
    typeof alder.til === 'number' ? (alder.til + 1) * perUnit - 1 : undefined,
  ].filter((a) => a !== undefined);
  // No stated limit at all: any age must do; an adult is as good as any.
  if (ages.length === 0) ages.push(40 * 12);
  return ages.map((months) =>
    alder.gaelder === 'ved første diagnose'
      ? { nowMonths: Math.max(months, bands.at(-1)!.lo), debutMonths: months, area, situation }
      : { nowMonths: months, area, situation },
  );
}

const exact = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');

/** Answers every question, so that earlier answers on the same page do not linger. */
async function answer(page: Page, p: Patient) {
  const bands = await ageBands(page);
  const debut = p.debutMonths === undefined ? notAnswered.debut : bandOf(bands, p.debutMonths).label;
  const labels = {
    alder: bandOf(bands, p.nowMonths).label,
    debut,
    omraade: p.area,
    situation: p.situation,
  };
  for (const [question, label] of Object.entries(labels)) {
    await page
      .getByRole('group', { name: legends[question as keyof typeof legends], exact: true })
      .getByRole('radio', { name: exact(label) })
      .check();
  }
}

const shownCodes = async (page: Page) =>
  (
    await page
      .locator('.finder__hit')
      .evaluateAll((hits) =>
        hits.filter((h) => getComputedStyle(h).display !== 'none').map((h) => h.getAttribute('data-kode')),
      )
  ).sort();

const expectedCodes = (p: Patient) =>
  indications
    .filter((j) => fits(j, p))
    .map((j) => j.kode)
    .sort();

const describePatient = (p: Patient) =>
  `${p.nowMonths} mdr.${p.debutMonths === undefined ? '' : ` (ved diagnose ${p.debutMonths} mdr.)`}, ${p.area}, ${p.situation}`;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`finder ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    const shared = sharedPage('/find-indikation/', { javaScriptEnabled });

    test('lists every indication before any answer, and gives no verdict on the patient', async () => {
      const page = shared.page();
      await expect(page.locator('.finder__hit')).toHaveCount(indications.length);
      expect(await shownCodes(page)).toEqual(indications.map((i) => i.kode).sort());
      // Never a verdict on the patient: the page says who decides.
      await expect(page.locator('main')).toContainText('den henvisende læge og MDT-konferencen');
      await expect(page.locator('main')).not.toContainText(/egnet til helgenom|eligible/i);
    });

    for (const i of indications) {
      test(`a patient built from ${i.kode}'s own criteria finds it, and only what the export lets match`, async () => {
        const page = shared.page();
        for (const p of await patientsFor(page, i)) {
          await test.step(describePatient(p), async () => {
            const expected = expectedCodes(p);
            expect(expected, 'the oracle must accept the indication the patient is built from').toContain(
              i.kode,
            );
            await answer(page, p);
            await expect.poll(() => shownCodes(page)).toEqual(expected);
            if (javaScriptEnabled)
              await expect(page.locator('[data-finder-count]')).toContainText(
                `${expected.length} af ${indications.length}`,
              );
          });
        }
      });
    }
  });
}

test('on a phone the number of indications that fit stays in view while answering, and leads to them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/find-indikation/');
  const jump = page.getByRole('link', { name: /indikationer passer|Ingen indikation passer/ });
  const last = page.getByRole('group').last();
  await last.scrollIntoViewIfNeeded();
  await last.getByRole('radio').last().check();
  const shown = (await shownCodes(page)).length;
  await expect(jump).toBeInViewport();
  await expect(jump).toHaveText(
    shown === 0
      ? /Ingen indikation passer/
      : new RegExp(`^${shown} af ${indications.length} indikationer passer`),
  );
  // The answer just given, its whole label, is not behind the link.
  const label = (await last.locator('label').last().boundingBox())!;
  expect(label.y + label.height).toBeLessThanOrEqual((await jump.boundingBox())!.y);
  await jump.click();
  await expect(page).toHaveURL(/#resultat$/);
  // Keyboard and screen-reader users are taken there too, not left where the link was.
  await expect(
    page.getByRole('heading', { name: 'Indikationer, hvis skrevne kriterier passer' }),
  ).toBeFocused();
  await expect(
    page.getByRole('heading', { name: 'Indikationer, hvis skrevne kriterier passer' }),
  ).toBeInViewport();
});

test("with 200 % text on a 320 px phone a radio reached by Tab is not hidden behind the finder's link", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/find-indikation/');
  await setTextSize(page, '200%');
  const jump = page.locator('[data-finder-jump]');
  await page.getByRole('radio').first().focus();
  // Tab from question to question (a group of radios is one Tab stop), and then through the options.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press(i < 3 ? 'Tab' : 'ArrowDown');
    // The whole label of the focused radio, which may wrap over more lines than the radio's own.
    const focused = (await page.locator('label:has(:focus)').boundingBox())!;
    const link = (await jump.boundingBox())!;
    expect(focused.y + focused.height, `trin ${i + 1}`).toBeLessThanOrEqual(link.y + 1);
  }
});

test('the finder writes the answers to the address, and the link restores them', async ({
  page,
  browser,
}) => {
  await page.goto('/find-indikation/');
  const [patient] = await patientsFor(page, indications[0]!);
  await answer(page, patient!);
  const expected = expectedCodes(patient!);
  await expect(page.locator('[data-finder-count]')).toContainText(
    `${expected.length} af ${indications.length}`,
  );
  const checked = await page
    .locator('input[type="radio"]:checked')
    .evaluateAll((inputs) =>
      inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value]),
    );
  const answered = checked.filter(([, value]) => value);
  expect(answered.length).toBeGreaterThanOrEqual(3);
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toEqual(Object.fromEntries(answered));
  const shared = page.url();

  const other = await browser.newPage();
  await other.goto(shared);
  for (const [name, value] of answered)
    await expect(other.locator(`input[name="${name}"][value="${value}"]`)).toBeChecked();
  await expect.poll(() => shownCodes(other)).toEqual(expected);
  await other.close();
});

test('the finder says where the source leaves a criterion unstated, and shows the groups without indications', async ({
  page,
}) => {
  await page.goto('/find-indikation/');
  for (const i of indications) {
    const { alder, sygdomsomraader, situationer } = i.findIndikation;
    const sentences = [
      alder.fra === notStated && alder.til === notStated && 'Kilden angiver ingen aldersgrænse.',
      alder.fra !== notStated && alder.til === notStated && 'Kilden angiver ingen øvre aldersgrænse.',
      alder.fra === notStated && alder.til !== notStated && 'Kilden angiver ingen nedre aldersgrænse.',
      sygdomsomraader.vaerdier.includes(notStated) && 'hvilke sygdomsområder',
      situationer.vaerdier.includes(notStated) && 'i hvilken situation',
    ].filter((t) => t !== false);
    const unstated = page.locator(`.finder__hit[data-kode="${i.kode}"] .finder__unstated li`);
    await expect(unstated, i.kode).toHaveCount(sentences.length);
    for (const [n, text] of sentences.entries()) await expect(unstated.nth(n), i.kode).toContainText(text);
  }
  const without = siteData().grupper.filter((g) => !indications.some((i) => i.gruppe === g.slug));
  await expect(page.locator('.finder__group')).toHaveCount(without.length);
  if (without.length > 0)
    await expect(page.getByRole('heading', { name: 'Patientgrupper uden egne indikationer' })).toBeVisible();
  for (const g of without)
    await expect(
      page.locator('.finder__group').getByRole('heading', { name: g.navn, exact: true }),
    ).toBeVisible();
});

for (const i of indications) {
  test(`the checklist for ${i.kode} prints on at most 2 A4 pages with one box per requirement`, async ({
    page,
  }) => {
    await page.goto(`/indikationer/${i.kode}/`);
    await page.getByRole('link', { name: 'Udskriv tjekliste' }).click();
    await expect(page).toHaveURL(new RegExp(`/indikationer/${i.kode}/tjekliste/$`));
    await expect(page.getByRole('checkbox')).toHaveCount(requiredCount(i));
    // A requirement the source is unclear about carries its note on paper too.
    const notes = Object.values(i.kriterier)
      .flatMap((v) => (Array.isArray(v) ? v : v ? [v] : []))
      .map((c) => c as { kraeves?: boolean; note?: string })
      .filter((c) => c.kraeves === true && c.note);
    for (const c of notes)
      await expect(page.locator('.tjekliste__krav')).toContainText(c.note!.replace(/\s+/g, ' ').trim());
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
