import { expect, test } from '@playwright/test';
import {
  figureText,
  groupsInSiteOrder,
  groupWithQuotas,
  indicationsOf,
  num,
  siteData,
  type Indication,
} from '../helpers/site-data.ts';

const latestStatus = () => siteData().status.at(-1)!;
const monthYear = (yyyyMm: string) =>
  new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${yyyyMm}-01`),
  );

/**
 * The quota sums of some indications, added up here from the figures the content states (patients × WGS per
 * patient where the content gives no WGS figure), so the site's own arithmetic is checked, not repeated.
 */
function quotaSums(indications: Indication[]) {
  const sums = {
    newlyPatients: 0,
    newlyWgs: 0,
    newlyGermline: 0,
    newlySomatic: 0,
    wgs: 0,
    germline: 0,
    somatic: 0,
  };
  for (const i of indications) {
    for (const cohort of [i.kvote?.nyhenviste, i.kvote?.tidligereHenviste]) {
      if (!cohort) continue;
      const patients = cohort.patienter.vaerdi;
      // Previously referred patients are sequenced over `indenAar` years.
      const years = 'indenAar' in cohort ? (cohort.indenAar?.vaerdi ?? 1) : 1;
      const germline = (patients * (cohort.wgsPrPatient?.germline?.vaerdi ?? 0)) / years;
      const somatic = (patients * (cohort.wgsPrPatient?.tumor?.vaerdi ?? 0)) / years;
      sums.germline += germline;
      sums.somatic += somatic;
      if (cohort === i.kvote?.nyhenviste) {
        sums.newlyPatients += patients;
        sums.newlyWgs += germline + somatic;
        sums.newlyGermline += germline;
        sums.newlySomatic += somatic;
      }
    }
  }
  sums.wgs = sums.germline + sums.somatic;
  return sums;
}

test('the overview puts every group side by side with computed totals', async ({ page }) => {
  await page.goto('/oversigt/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Oversigt over alle patientgrupper' }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Patientgrupper side om side' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Patientgruppe',
    'Indikationer',
    'Nyhenviste patienter pr. år',
    // The yearly WGS are the newly referred patients' (one-off cohorts are not yearly); the sample count
    // carries the date of its status report, which is content.
    /^WGS om året/,
    'Heraf germline',
    'Heraf somatiske',
    /^Prøver siden \d{4}/,
    /Andel af forventet/,
    'Procestid',
  ]);
  // Every group has its page: cancer groups first, then rare disease, each named as on its page and linked to it.
  const groups = groupsInSiteOrder();
  await expect(table.locator('tbody tr')).toHaveCount(groups.length);
  await expect(table.locator('tbody').getByRole('rowheader')).toHaveText(groups.map((g) => g.navn));
  for (const g of groups)
    await expect(
      table.getByRole('rowheader', { name: g.navn, exact: true }).getByRole('link'),
    ).toHaveAttribute('href', g.url);

  const report = latestStatus();
  for (const g of groups) {
    const cells = table.locator(`tr[data-gruppe="${g.slug}"]`).getByRole('cell');
    await expect(cells.nth(0)).toHaveText(String(indicationsOf(g.slug).length));
    // Samples and share as the status report gives them; a group outside the report says so.
    const row = report.grupper.find((r) => r.gruppe === g.slug);
    if (row) {
      await expect(cells.nth(5)).toHaveText(num(row.proever.vaerdi));
      await expect(cells.nth(6)).toContainText(`${num(row.andel.vaerdi)} %`);
    } else {
      await expect(cells.nth(5)).toContainText('Ikke opgjort');
    }
  }

  // A group whose indications all give quota figures: the site adds them up, and the test adds them up too.
  const { group, indications } = groupWithQuotas();
  const sums = quotaSums(indications);
  const cells = table.locator(`tr[data-gruppe="${group.slug}"]`).getByRole('cell');
  await expect(cells.nth(1)).toContainText(num(sums.newlyPatients));
  // The overview's yearly WGS are the newly referred patients': previously referred patients are a one-off
  // cohort. The group's stated figure is shown beside the sum only where it covers new patients alone.
  await expect(cells.nth(2)).toContainText(num(sums.newlyWgs));
  const oneOff = (group as { tidligereHenviste?: unknown }).tidligereHenviste;
  if (!oneOff && group.wgsPrAar?.iAlt && group.wgsPrAar.iAlt.vaerdi !== sums.newlyWgs)
    await expect(cells.nth(2)).toContainText(`kilden: ${figureText(group.wgsPrAar.iAlt)}`);
  await expect(cells.nth(3)).toHaveText(num(sums.newlyGermline));
  await expect(cells.nth(4)).toHaveText(num(sums.newlySomatic));
  await expect(cells.nth(6).getByRole('link')).toHaveAttribute('href', /\/status\/$/);

  const total = table.locator('tfoot tr');
  const samples = report.grupper.reduce((sum, r) => sum + r.proever.vaerdi, 0);
  await expect(total.locator('[data-computed="proever"]')).toContainText(num(samples));
  await expect(total.locator('[data-computed="proever"]')).toContainText('kun grupper i statusopgørelsen');
  const latest = report.procestid!.maalinger.at(-1)!;
  await expect(total).toContainText(`${num(latest.dage.vaerdi)} dage (${monthYear(latest.maaned)})`);
});

test('the overview is reachable from the navigation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Oversigt' }).click();
  await expect(page).toHaveURL(/\/oversigt\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the group page adds up its indications and shows its implementation status', async ({ page }) => {
  const { group, indications } = groupWithQuotas();
  const sums = quotaSums(indications);
  await page.goto(group.url);
  const table = page.getByRole('table', {
    name: 'Gruppens indikationer med patienter og helgenomsekventeringer (WGS) om året',
  });
  for (const i of indications)
    await expect(
      table
        .getByRole('row', { name: new RegExp(i.kode) })
        .getByRole('cell')
        .last(),
    ).toHaveText(num(quotaSums([i]).wgs));
  const computed = table.getByRole('row', { name: /I alt, beregnet af sitet/ });
  await expect(computed.locator('[data-computed="wgs-i-alt"]')).toHaveText(num(sums.wgs));
  await expect(computed.locator('[data-computed="patienter-nyhenviste"]')).toHaveText(
    num(sums.newlyPatients),
  );
  await expect(computed.locator('[data-computed="wgs-nyhenviste"]')).toHaveText(num(sums.newlyWgs));
  if (group.wgsPrAar?.iAlt)
    await expect(table.getByRole('row', { name: /som kilden angiver dem/ })).toContainText(
      figureText(group.wgsPrAar.iAlt),
    );
  const row = latestStatus().grupper.find((r) => r.gruppe === group.slug);
  const status = page.getByRole('region', { name: 'Status for implementeringen' });
  if (row) await expect(status).toContainText(`${num(row.proever.vaerdi)} prøver`);
  // A discrepancy the editors acknowledged in the status report is one click away, in a closed remark.
  const ack = latestStatus().afvigelser.find((a) => a.tjek === 'status-andel' && a.emne === group.slug);
  if (ack)
    await expect(status.locator('details.remark').filter({ hasText: 'Afvigelse i kilden' })).toContainText(
      `${num(ack.beregnet)} %`,
    );
});
