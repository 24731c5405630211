import { expect, test } from '@playwright/test';
import { noteFor, pageNotes, sourceLink } from '../helpers/notes.ts';
import { sharedPage } from '../helpers/shared-page.ts';
import { figureText, group, num, siteData, sourceDocument } from '../helpers/site-data.ts';

const monthYear = (yyyyMm: string) =>
  new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${yyyyMm}-01`),
  );
// Oracles of their own, not the site's formatters: "1. november 2023", regular expressions from text.
const dayMonthYear = (date: string) =>
  new Intl.DateTimeFormat('da-DK', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(date));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Report = ReturnType<typeof siteData>['status'][number];
type Row = Report['grupper'][number];
/** The name a row of the status report goes by on the site: its group's name, or the source's while the group has no page. */
const rowName = (r: Row) => (r.afventerGruppe ? r.navnIKilden! : group(r.gruppe).navn);
/** The period the shares cover, as the page writes it: "1. november 2023 – 1. maj 2024". */
const period = (report: Report) =>
  `${dayMonthYear(report.periode!.fra)} – ${dayMonthYear(report.periode!.til)}`;
/** A share as the chart labels it: "41 %", with " *" when an acknowledged discrepancy explains it. */
const shareLabel = (report: Report, r: Row) =>
  `${num(r.andel.vaerdi)} %${report.afvigelser.some((a) => a.tjek === 'status-andel' && a.emne === r.gruppe) ? ' *' : ''}`;

// The tests of the status page read one load of it; the one that follows a link within the page comes last.
test.describe('the status page', () => {
  const shared = sharedPage('/status/');

  test('the status page shows table 1 with header cells, the sums and the sources', async () => {
    const page = shared.page();
    await expect(page.getByRole('heading', { level: 1, name: 'Status for implementeringen' })).toBeVisible();
    const table = page.getByRole('table', { name: /Tabel 1: Sekventerede prøver pr\. patientgruppe/ });
    const report = siteData().status.at(-1)!;
    await expect(table.getByRole('columnheader')).toHaveText([
      'Patientgruppe',
      `Prøver i alt siden ${report.opgjortSiden}`,
      new RegExp(`Andel af forventet, ${escape(period(report))}`),
    ]);
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(report.grupper.length);
    for (const [i, r] of report.grupper.entries()) {
      const row = rows.nth(i);
      await expect(row.getByRole('rowheader')).toContainText(group(r.gruppe).navn);
      await expect(row.getByRole('cell').nth(0)).toHaveText(num(r.proever.vaerdi));
      await expect(row.getByRole('cell').nth(1)).toContainText(`${num(r.andel.vaerdi)} %`);
    }
    const total = table.locator('tfoot tr');
    await expect(total.getByRole('rowheader')).toContainText('I alt');
    await expect(total.getByRole('cell').nth(0)).toHaveText(num(report.iAlt.proever.vaerdi));
    await expect(total.getByRole('cell').nth(1)).toHaveText(`${num(report.iAlt.andel.vaerdi)} %`);
    // A group with a page links to it; the source's own name for it is kept.
    const first = report.grupper[0]!;
    await expect(
      rows.first().getByRole('link', { name: group(first.gruppe).navn, exact: true }),
    ).toHaveAttribute('href', new RegExp(`${group(first.gruppe).url}$`));
    if (first.navnIKilden) await expect(rows.first()).toContainText(`I kilden: ${first.navnIKilden}`);
    await expect(sourceLink(await noteFor(page.locator('.kilde-line')), sourceDocument(report))).toHaveCount(
      1,
    );
  });

  test('the key figures: monthly volume, annual need and process time with its definition', async () => {
    const report = siteData().status.at(-1)!;
    const page = shared.page();
    const figures = page.locator('dl.keyfigures').first();
    // The total is the source's, with a note to open like every other figure.
    const total = figures.locator('div').filter({ hasText: 'Prøver sekventeret' });
    await expect(total.locator('dd')).toContainText(`${num(report.iAlt.proever.vaerdi)} prøver`);
    await expect(total.locator('a.fn')).toHaveCount(1);
    for (const f of [report.proeverPrMaaned, report.proeverPrAar])
      if (f) await expect(figures).toContainText(`${figureText(f)} prøver`);
    if (report.aarligtBehov) await expect(figures).toContainText(num(report.aarligtBehov.vaerdi));
    if (report.aarligtBehov?.note)
      await expect(pageNotes(page).filter({ hasText: report.aarligtBehov.note.slice(0, 40) })).toBeVisible();
    const process = page.getByRole('region', { name: 'Procestid', exact: true });
    await expect(process).toContainText(report.procestid!.definition.tekst.slice(0, 60));
    const processTable = process.getByRole('table', { name: 'Procestid i de måneder, kilden nævner' });
    for (const m of report.procestid!.maalinger) {
      await expect(processTable.getByRole('row', { name: new RegExp(monthYear(m.maaned)) })).toContainText(
        `${num(m.dage.vaerdi)} dage`,
      );
    }
    const reasons = page.getByRole('region', { name: 'Hvorfor er der færre prøver end forventet?' });
    await expect(reasons.locator('li')).toHaveCount(report.aarsager.length);
    await expect(reasons).toContainText(report.aarsager[0]!.tekst.slice(0, 40));
  });

  test('each chart has a caption, an accessible name and description, and its numbers as a table', async () => {
    const report = siteData().status.at(-1)!;
    const page = shared.page();
    const charts = page.locator('figure.chart');
    await expect(charts).toHaveCount(3);
    const shares = charts.filter({ hasText: 'Indsendte prøver i procent' });
    await expect(shares.locator('figcaption')).toContainText(period(report));
    const img = shares.getByRole('img');
    await expect(img).toHaveAccessibleName(/Indsendte prøver i procent af det forventede antal/);
    const total = `${num(report.iAlt.andel.vaerdi)} %`;
    await expect(img).toHaveAccessibleDescription(
      new RegExp(
        [...report.grupper.map((r) => `${rowName(r)}: ${shareLabel(report, r)}.`), `Alle grupper: ${total}.`]
          .map(escape)
          .join('.*'),
      ),
    );
    // Values are written on the bars, so the chart reads without colour.
    for (const label of [...report.grupper.map((r) => shareLabel(report, r)), total])
      await expect(img.locator('text', { hasText: label }).first()).toBeVisible();
    // Every bar has its own hatching (or is solid for the total), not a colour alone.
    const fills = await img
      .locator('g.chart__bar rect')
      .evaluateAll((rects) => rects.map((r) => r.getAttribute('fill')));
    expect(new Set(fills).size).toBe(fills.length);
    // The same numbers as a table, opened by keyboard.
    const summary = shares.locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const data = shares.getByRole('table');
    await expect(data).toBeVisible();
    for (const r of report.grupper)
      await expect(data.getByRole('row', { name: new RegExp(escape(rowName(r))) })).toContainText(
        `${num(r.andel.vaerdi)} %`,
      );
    await expect(data.getByRole('row', { name: /Alle grupper/ })).toContainText(total);

    const samples = charts.filter({ hasText: 'Sekventerede prøver pr. patientgruppe' });
    for (const r of report.grupper)
      await expect(samples.getByRole('img')).toHaveAccessibleDescription(
        new RegExp(escape(`${rowName(r)}: ${num(r.proever.vaerdi)} prøver.`)),
      );
    const process = charts.filter({ hasText: 'Procestid i dage' });
    for (const m of report.procestid!.maalinger)
      await expect(process.getByRole('img')).toHaveAccessibleDescription(
        new RegExp(escape(`${monthYear(m.maaned)}: ${num(m.dage.vaerdi)} dage.`)),
      );
  });

  test('the status page has no JavaScript of its own', async () => {
    const page = shared.page();
    // The only scripts are the site-wide ones (the search button, the phone menu, the printout's date and the
    // notes); tables and charts are plain HTML and SVG.
    await expect(page.locator('script').first()).toBeAttached();
    for (const script of await page.locator('script').all())
      await expect(script).toHaveAttribute('src', /SearchButton|SiteHeader|Base|print-date/);
    await expect(page.locator('main script')).toHaveCount(0);
  });

  test('an acknowledged discrepancy is a remark one click away, reachable from the table', async () => {
    const report = siteData().status.at(-1)!;
    const ack = report.afvigelser.find((a) => a.tjek === 'status-andel');
    test.skip(!ack, 'Statusopgørelsen har ingen anerkendt afvigelse i en gruppes andel.');
    const page = shared.page();
    const remark = page.locator(`details.remark[id="${report.id}-afvigelse-${ack!.emne}"]`);
    await remark.locator('summary').click();
    const note = remark.getByRole('note');
    await expect(note).toBeVisible();
    await expect(note).toContainText(`${num(ack!.angivet)} %`);
    await expect(note).toContainText(`${num(ack!.beregnet)} %`);
    await expect(note).toContainText(ack!.forklaring.slice(0, 40));
    await expect(sourceLink(await noteFor(note), sourceDocument(ack!))).toHaveCount(1);
    const row = report.grupper.find((r) => r.gruppe === ack!.emne)!;
    await page
      .getByRole('link', {
        name: `Se noten om afvigelsen for ${row.afventerGruppe ? row.navnIKilden : group(row.gruppe).navn}`,
      })
      .click();
    await expect(page).toHaveURL(new RegExp(`#${report.id}-afvigelse-${ack!.emne}$`));
    await expect(note).toBeInViewport();
  });
});

test('the status page is in the main navigation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Status' }).click();
  await expect(page).toHaveURL(/\/status\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the status page shows its table and charts', async ({ page }) => {
    await page.goto('/status/');
    const report = siteData().status.at(-1)!;
    const table = page.getByRole('table', { name: /Tabel 1: Sekventerede prøver pr\. patientgruppe/ });
    await expect(table.locator('tbody tr')).toHaveCount(report.grupper.length);
    const linked = report.grupper.find((r) => !r.afventerGruppe)!;
    await expect(table.getByRole('link', { name: group(linked.gruppe).navn, exact: true })).toBeVisible();
    await expect(page.getByRole('img').first()).toBeVisible();
  });
});
