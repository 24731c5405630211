import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  auditKeyboard,
  auditReflow,
  auditTablesAndCharts,
  axeViolations,
  formatViolations,
} from '../helpers/page-audits.ts';
import { builtHtmlPages, editorPages, sitePages } from '../helpers/site-pages.ts';

// Every page in the sitemap, so pages added later are tested without editing this file.
const pages = sitePages();

test('the sitemap lists every built page (the 404 page is added by the tests)', () => {
  expect(pages.length).toBeGreaterThan(1);
  // The web editor is for editors and left out of the sitemap on purpose (test/e2e/cms.spec.ts tests it).
  expect(builtHtmlPages().sort()).toEqual([...pages, ...editorPages].sort());
});

// The audits that test/e2e/every-page.spec.ts runs on every page must be able to fail: each one is shown a page that breaks its rule.
test.describe('the audits catch what they look for', () => {
  test('axe reports low contrast', async ({ page }) => {
    await page.setContent(
      '<html lang="da"><title>x</title><main><p style="color:#bbb;background:#fff">Lys grå tekst</p></main></html>',
    );
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id)).toContain('color-contrast');
    expect(formatViolations(violations)).toContain('[serious] color-contrast');
  });

  test('the keyboard audit reports a focus without visible change and controls that Tab cannot reach', async ({
    page,
  }) => {
    await page.setContent(`<html lang="da"><title>x</title><style>a:focus { outline: none }</style>
      <a href="#a">Første</a> <span role="button">Ikke tabbar</span> <a href="#b">Anden</a> <a href="#c" tabindex="-1">Ude</a>
      <span tabindex="0">Fokuserbar</span></html>`);
    const { unreached, stops } = await auditKeyboard(page);
    expect(stops.map((s) => [s.description, s.indicator])).toEqual([
      ['<a> "Første"', null],
      ['<a> "Anden"', null],
      ['<span> "Fokuserbar"', 'outline'],
    ]);
    expect(unreached).toEqual(['<span> "Ikke tabbar"', '<a> "Ude"']);
  });

  test('the reflow audit reports a long word in a grid and hidden text that escapes a scrolling table', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.setContent(`<html lang="da"><title>x</title><body style="margin:0">
      <div style="display:grid;grid-template-columns:1fr"><p>Kræftdispositionssyndromsudredningsforløbsbeskrivelse</p></div></html>`);
    const grid = await auditReflow(page);
    expect(grid[0]).toMatch(/^Siden er \d+ px bred i et vindue på 320 px\.$/);
    expect(grid[1]).toMatch(/^<p> "Kræftdispositionssyndrom/);

    // Without `position: relative` on the scrolling box, the visually hidden text in the overview's cells
    // escaped it and made the page 1,000 px wide; the audit must see that.
    await page.goto('/oversigt/');
    expect(await auditReflow(page)).toEqual([]);
    await page.evaluate(() =>
      document
        .querySelectorAll<HTMLElement>('.table-wrap')
        .forEach((el) => el.style.setProperty('position', 'static')),
    );
    expect(await auditReflow(page)).toContain('<span class="visually-hidden"> "ikke angivet"');
  });

  test('the table and chart audit reports a missing caption, missing header cells and an unnamed chart', async ({
    page,
  }) => {
    await page.setContent(`<html lang="da"><title>x</title>
      <table><tr><td>1</td></tr></table>
      <table><caption>Kvoter</caption><tr><th scope="col">År</th></tr></table>
      <svg width="10" height="10"><rect width="10" height="10"/></svg>
      <svg role="img" aria-label="Søjlediagram over WGS om året"><rect width="10" height="10"/></svg>
      <svg aria-hidden="true"><rect width="1" height="1"/></svg></html>`);
    expect(await auditTablesAndCharts(page)).toEqual([
      'Tabellen "tabel nr. 1" har ingen <caption>.',
      'Tabellen "tabel nr. 1" har ingen overskriftsceller (<th>).',
      '<svg> har hverken aria-label, <title>, en figurtekst eller aria-hidden="true" (hvis den kun pynter).',
    ]);
  });
});

test('the accessibility statement says what is tested and how to report a problem', async ({ page }) => {
  await page.goto('/tilgaengelighed/');
  const tested = page.locator('h2:has-text("Hvordan sitet er testet") ~ ul').first();
  for (const text of [
    'axe-core',
    'WCAG 2.0, 2.1 og 2.2',
    'tabulatortasten',
    '”læs mere”',
    'andre websteder',
    '5 kB JavaScript',
  ])
    await expect(tested).toContainText(text);
  await expect(page.getByRole('heading', { level: 2, name: 'Meld et problem' })).toBeVisible();
  // The contact comes from the programme content, so an editor who changes it does not break the test.
  const { kontakt } = parse(readFileSync('content/programmet/programmet.yaml', 'utf8')) as {
    kontakt: { email: string; telefon: string };
  };
  await expect(page.getByRole('link', { name: kontakt.email })).toHaveAttribute(
    'href',
    `mailto:${kontakt.email}`,
  );
  await expect(page.getByRole('link', { name: kontakt.telefon })).toHaveAttribute(
    'href',
    `tel:${kontakt.telefon.replaceAll(' ', '')}`,
  );
  await expect(page.getByText('Digitaliseringsstyrelsen')).toBeVisible();
});
