import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Figure } from '../../schemas/figure.ts';
import { readContent } from '../../scripts/lib/content.ts';
import { noteFor, sourceLink } from '../helpers/notes.ts';
import { sharedPage } from '../helpers/shared-page.ts';
import { figureText, sourceDocument } from '../helpers/site-data.ts';
import { projectRoot } from '../helpers/temp-project.ts';

// What the pages show, as the editors wrote it in content/ (read as plain YAML, not through the site's code).
type Sourced = { kilde: { dokument: string } };
type Timeline = Sourced & { dato: string; fra?: string; tekst: string };
type Named = Sourced & { navn: string; slug: string; omraade: string };
const content = readContent(projectRoot);
const data = <T>(collection: string, id?: string) =>
  content.find((e) => e.collection === collection && (id === undefined || e.id === id))!.data as T;
const programme = data<{
  omfang: Record<
    'patientgrupper' | 'sjaeldneSygdomme' | 'kraeft' | 'sygdomsomraader' | 'helgenomsekventeringer',
    Figure
  >;
  tidslinje: Timeline[];
  patientgrupper: Named[];
}>('programmet');
const international = data<{
  overlap: Sourced & { raekker: { navn: string; vurdering: string; note?: string }[] };
  procedurer: Sourced & { raekker: { land: string }[] };
  forbehold: (Sourced & { tekst: string })[];
}>('international');
const literature = data<{ litteraturtabel: Sourced & { raekker: Record<string, string>[] } }>(
  'evaluering',
  'litteraturgennemgang',
);
const evaluationParts = content
  .filter((e) => e.collection === 'evaluering')
  .map((e) => e.data as { del: string; noegletal?: { betegnelse: string; enhed: string; tal: Figure }[] });

/** A piece of an editor's sentence to look for: its longest run between quotation marks, at most 40 characters. */
const snippet = (text: string): string =>
  text
    .split(/["“”„«»…]/)
    .map((t) => t.trim().replace(/\s+/g, ' '))
    .sort((a, b) => b.length - a.length)[0]!
    .slice(0, 40)
    .trim();

/** A date as the page writes it, by an oracle of the test's own: "2020", "april 2022", "1. maj 2024". */
function danishDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const options: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' };
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat('da-DK', options).format(new Date(`${year}-${month}-${day ?? '01'}`));
}

/** The key figure with this label: its value and the source it names. */
function keyFigure(scope: Page | Locator, label: string): Locator {
  return scope.locator('.keyfigures > div').filter({ hasText: label });
}

async function expectFigure(scope: Page | Locator, label: string, value: string, source: string) {
  const figure = keyFigure(scope, label);
  await expect(figure.locator('dd .tal')).toHaveText(value);
  await expect(sourceLink(await noteFor(figure), source)).toHaveCount(1);
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

// The tests of the programme page read one load of it; the one that follows a link away comes last.
test.describe('the programme page', () => {
  const shared = sharedPage('/programmet/');

  test('the programme page states the scope figures with their source', async () => {
    const page = shared.page();
    const scope = page.locator('section', { has: page.getByRole('heading', { name: 'Omfang' }) });
    const o = programme.omfang;
    for (const [label, figure, unit] of [
      ['Patientgrupper i alt', o.patientgrupper, 'patientgrupper'],
      ['Heraf med sjældne arvelige sygdomme', o.sjaeldneSygdomme, 'patientgrupper'],
      ['Heraf med kræft', o.kraeft, 'patientgrupper'],
      ['Sygdomsområder', o.sygdomsomraader, 'sygdomsområder'],
      ['Novo Nordisk Fonden', o.helgenomsekventeringer, 'WGS'],
    ] as const) {
      await expectFigure(scope, label, `${figureText(figure)} ${unit}`, sourceDocument(figure));
      // A figure's caveat (the missing time frame of the WGS, say) is noted where the figure is.
      if (figure.note)
        await expect(await noteFor(keyFigure(scope, label))).toContainText(snippet(figure.note));
    }
  });

  test('the programme page shows the dates of the programme', async () => {
    const page = shared.page();
    const timeline = page.locator('ol.timeline');
    for (const step of programme.tidslinje) {
      const item = timeline.locator('li', { has: page.locator(`time[datetime="${step.dato}"]`) }).first();
      await expect(item.locator(`time[datetime="${step.dato}"]`)).toHaveText(danishDate(step.dato));
      if (step.fra)
        await expect(item.locator(`time[datetime="${step.fra}"]`)).toHaveText(danishDate(step.fra));
      await expect(item).toContainText(snippet(step.tekst));
      await expect(sourceLink(await noteFor(item), sourceDocument(step))).toHaveCount(1);
    }
  });

  test('the approval process is an ordered list of steps in their order, each with its source', async () => {
    const page = shared.page();
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

  test('the programme page lists the named groups and says the rare-disease groups are not named', async () => {
    const page = shared.page();
    const groups = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: 'Patientgrupperne' }),
    });
    for (const g of programme.patientgrupper)
      await expect(groups.locator('li', { hasText: g.navn }).first()).toBeVisible();
    const rare = programme.patientgrupper.filter((g) => g.omraade !== 'kræft').length;
    await expect(groups).toContainText(
      `nævner kun ${rare} af de ${programme.omfang.sjaeldneSygdomme.vaerdi} grupper ved navn`,
    );
    // A group whose page exists is a link; the rest stay plain text until their pages are added.
    const linked = programme.patientgrupper.find((g) =>
      content.some((e) => e.collection === 'grupper' && e.id === g.slug),
    )!;
    await groups.getByRole('link', { name: linked.navn }).click();
    await expect(page).toHaveURL(new RegExp(`/grupper/${linked.slug}/$`));
  });
});

test.describe('the evaluation page', () => {
  const shared = sharedPage('/evaluering/');

  test('the evaluation page covers the four perspectives and both interviews, with their figures and sources', async () => {
    const page = shared.page();
    const overview = page.locator('section', {
      has: page.getByRole('heading', { name: 'De fire perspektiver' }),
    });
    await expect(overview.locator('ol > li')).toHaveCount(4);
    for (const { del } of evaluationParts)
      await expect(page.locator(`section[aria-labelledby="${del}"]`)).toBeVisible();
    const part = (id: string) => page.locator(`section[aria-labelledby="${id}"]`);
    let figures = 0;
    for (const { del, noegletal } of evaluationParts)
      for (const n of noegletal ?? []) {
        figures++;
        await expectFigure(part(del), n.betegnelse, `${figureText(n.tal)} ${n.enhed}`, sourceDocument(n.tal));
      }
    expect(figures).toBeGreaterThan(0);
    // Every date is written out in Danish.
    const dates = page.locator('main time[datetime]');
    expect(await dates.count()).toBeGreaterThan(0);
    for (const time of await dates.all())
      await expect(time).toHaveText(danishDate((await time.getAttribute('datetime'))!));
    // Positive findings and challenges are both shown.
    for (const id of ['klinikerinterviews', 'patientrepraesentanter', 'arbejdsgruppen']) {
      await expect(part(id).getByRole('heading', { name: 'Det positive' })).toBeVisible();
      await expect(part(id).getByRole('heading', { name: 'Udfordringer' })).toBeVisible();
    }
    await expect(
      part('samlet-vurdering').getByRole('heading', { name: 'Ønsker og anbefalinger' }),
    ).toBeVisible();
  });

  test('table 2 is an accessible table with the one cell that is not "Ja" explained', async () => {
    const page = shared.page();
    const table = page.getByRole('table', { name: /Tabel 2/ });
    const { litteraturtabel } = literature;
    await expect(
      sourceLink(await noteFor(table.locator('caption')), sourceDocument(litteraturtabel)),
    ).toHaveCount(1);
    const answers = ['repraesentativ', 'kliniskEffekt', 'retningslinjer'];
    const yes = litteraturtabel.raekker.flatMap((r) => answers.map((a) => r[a])).filter((v) => v === 'ja');
    await expect(table.locator('tbody td.answer--ja')).toHaveCount(yes.length);
    for (const cell of await table.locator('tbody td.answer--ja').all()) await expect(cell).toHaveText('Ja');
    // A row with an answer that is not "ja" explains it in a note.
    for (const r of litteraturtabel.raekker.filter((r) => answers.some((a) => r[a] !== 'ja'))) {
      const row = table.locator('tbody tr', { has: page.locator('th', { hasText: r.navn! }) });
      await expect(row.locator('td:not(.answer--ja)').first()).not.toHaveText('Ja');
      await expect(await noteFor(row)).toBeVisible();
    }
    await expectAccessibleTables(page, 2);
  });
});

test('the international page shows tables 3 and 4 with captions, headers and the caveats', async ({
  page,
}) => {
  await page.goto('/international/');
  await expectAccessibleTables(page, 2);
  const overlap = page.getByRole('table', { name: /Tabel 3/ });
  await expect(
    sourceLink(await noteFor(overlap.locator('caption')), sourceDocument(international.overlap)),
  ).toHaveCount(1);
  const sentence = (v: string) => v.charAt(0).toLocaleUpperCase('da') + v.slice(1);
  await expect(overlap.locator('tbody td')).toHaveText(
    international.overlap.raekker.map((r) => new RegExp(`^\\s*${sentence(r.vurdering)}`)),
  );
  for (const r of international.overlap.raekker.filter((r) => r.note)) {
    const row = overlap.locator('tbody tr', { has: page.locator('th', { hasText: r.navn }) });
    await expect(await noteFor(row)).toContainText(snippet(r.note!));
  }

  const procedures = page.getByRole('table', { name: /Tabel 4/ });
  await expect(procedures.locator('tbody th[scope="row"]')).toHaveText(
    international.procedurer.raekker.map((r) => r.land),
  );

  const caveats = page.locator('section', {
    has: page.getByRole('heading', { name: 'Det siger sammenligningen ikke' }),
  });
  const notes = caveats.locator('[role="note"]');
  await expect(notes).toHaveCount(international.forbehold.length);
  for (const [i, caveat] of international.forbehold.entries()) {
    await expect(notes.nth(i)).toContainText(snippet(caveat.tekst));
    await expect(sourceLink(await noteFor(notes.nth(i)), sourceDocument(caveat))).toHaveCount(1);
  }
});
