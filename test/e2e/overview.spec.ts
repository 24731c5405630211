import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the overview puts every group side by side with computed totals', async ({ page }) => {
  await page.goto('/oversigt/');
  await expect(page.getByRole('heading', { level: 1, name: 'Oversigt over alle patientgrupper' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Patientgrupper side om side' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Patientgruppe',
    'Indikationer',
    'Nyhenviste patienter pr. år',
    'WGS om året',
    'Heraf germline',
    'Heraf somatiske',
    'Prøver siden 2022',
    /Andel af forventet/,
    'Procestid',
  ]);
  // Every group has its page now: cancer groups first, then rare disease, each named as on its page and linked to it.
  const groups = [
    ['boern-og-unge-med-kraeft', 'Børn og unge med kræft'],
    ['haematologisk-cancer', 'Hæmatologisk cancer'],
    ['unge-voksne-og-arvelig-kraeft', 'Kræft hos unge voksne samt arvelig kræft hos voksne'],
    ['udbredt-og-uhelbredelig-kraeft', 'Udbredt og uhelbredelig kræft'],
    ['primaer-immundefekt', 'Primær immundefekt'],
  ];
  await expect(table.locator('tbody tr')).toHaveCount(groups.length);
  await expect(table.locator('tbody').getByRole('rowheader')).toHaveText(groups.map(([, name]) => name!));
  for (const [slug, name] of groups) {
    await expect(table.getByRole('rowheader', { name }).getByRole('link')).toHaveAttribute('href', `/grupper/${slug}/`);
  }
  // Figures as the sources give them: children and young people state only group totals, the status table
  // covers the four cancer groups, and primary immunodeficiency is not in it.
  const buk = table.locator('tr[data-gruppe="boern-og-unge-med-kraeft"]').getByRole('cell');
  await expect(buk.nth(0)).toHaveText('4');
  await expect(buk.nth(2)).toContainText('ca. 940');
  await expect(buk.nth(5)).toHaveText('1.002');
  await expect(buk.nth(6)).toHaveText('75 %');
  for (const [slug, samples, share] of [['unge-voksne-og-arvelig-kraeft', '422', '9 %'], ['udbredt-og-uhelbredelig-kraeft', '5.089', '44 %']]) {
    const cells = table.locator(`tr[data-gruppe="${slug}"]`).getByRole('cell');
    await expect(cells.nth(2)).toContainText('ikke angivet');
    await expect(cells.nth(5)).toHaveText(samples!);
    await expect(cells.nth(6)).toHaveText(share!);
  }
  const pid = table.locator('tr[data-gruppe="primaer-immundefekt"]').getByRole('cell');
  await expect(pid.nth(2)).toHaveText('1.000');
  await expect(pid.nth(5)).toContainText('Ikke opgjort');
  const haem = table.locator('tr[data-gruppe="haematologisk-cancer"]');
  const cells = haem.getByRole('cell');
  await expect(cells.nth(0)).toHaveText('2');
  await expect(cells.nth(1)).toContainText('500');
  await expect(cells.nth(2)).toContainText('2.190');
  await expect(cells.nth(2)).toContainText('kilden: ca. 2.200');
  await expect(cells.nth(3)).toHaveText('510');
  await expect(cells.nth(4)).toHaveText('1.680');
  await expect(cells.nth(5)).toHaveText('180');
  await expect(cells.nth(6)).toContainText('41 %');
  await expect(cells.nth(6).getByRole('link')).toHaveAttribute('href', /\/status\/$/);
  const total = table.locator('tfoot tr');
  await expect(total.locator('[data-computed="proever"]')).toContainText('6.693');
  await expect(total.locator('[data-computed="proever"]')).toContainText('kun grupper i statusopgørelsen');
  await expect(total).toContainText('17 dage (marts 2024)');
});

test('the overview passes axe and is reachable from the navigation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Oversigt' }).click();
  await expect(page).toHaveURL(/\/oversigt\/$/);
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the group page adds up its indications and shows its implementation status', async ({ page }) => {
  await page.goto('/grupper/haematologisk-cancer/');
  const table = page.getByRole('table', { name: 'Gruppens indikationer med patienter og helgenomsekventeringer (WGS) om året' });
  await expect(table.getByRole('row', { name: /HAEM-RR/ }).getByRole('cell').last()).toHaveText('440');
  await expect(table.getByRole('row', { name: /HAEM-MYEL/ }).getByRole('cell').last()).toHaveText('1.750');
  const computed = table.getByRole('row', { name: /I alt, beregnet af sitet/ });
  await expect(computed.locator('[data-computed="wgs-i-alt"]')).toHaveText('2.190');
  await expect(computed.locator('[data-computed="patienter-nyhenviste"]')).toHaveText('500');
  await expect(computed.locator('[data-computed="wgs-nyhenviste"]')).toHaveText('2.000');
  await expect(table.getByRole('row', { name: /som kilden angiver dem/ })).toContainText('ca. 2.200');
  const status = page.getByRole('region', { name: 'Status for implementeringen' });
  await expect(status).toContainText('180 prøver');
  await expect(status.locator('details.remark').filter({ hasText: 'Afvigelse i kilden' })).toContainText('18 %');
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
