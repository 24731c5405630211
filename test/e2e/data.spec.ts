import { expect, test } from '@playwright/test';
import { readContent } from '../../scripts/lib/content.ts';
import { sharedPage } from '../helpers/shared-page.ts';
import { projectRoot } from '../helpers/temp-project.ts';
import { setTextSize } from '../helpers/text-size.ts';

/** The indication codes and group slugs as the editors wrote them in content/, read without the site's code. */
const content = readContent(projectRoot);
const codes = content
  .filter((e) => e.collection === 'indikationer')
  .map((e) => String((e.data as { kode: unknown }).kode))
  .sort();
const groups = content
  .filter((e) => e.collection === 'grupper')
  .map((e) => ({ slug: e.id, ...(e.data as { navn: string; omraade: string }) }));

// The data page is long; its tests read one load of it.
test.describe('the data page', () => {
  const shared = sharedPage('/data/');

  test('the data page links every export, and each link downloads what it says', async ({ request }) => {
    const page = shared.page();
    await expect(page.getByRole('heading', { level: 1, name: 'Åbne data' })).toBeVisible();
    const links = page.locator('ul.downloads a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const file of [
      'alt.json',
      'grupper.json',
      'indikationer.json',
      'status.json',
      'kilder.json',
      'indikationer.csv',
      'kriterier.csv',
      'grupper.csv',
      'status.csv',
    ]) {
      expect(hrefs).toContain(`/data/${file}`);
    }
    for (const href of hrefs) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      const body = await response.text();
      if (href.endsWith('-excel.csv'))
        expect(body.split('\n')[0], href).toMatch(/^\uFEFF[a-z_]+(;[a-z_]+)+$/);
      else if (href.endsWith('.csv'))
        expect(body.split('\n')[0], href).toMatch(/^\uFEFF?[a-z_]+(,[a-z_]+)+$/);
      else expect(() => JSON.parse(body), href).not.toThrow();
    }
    const indications = await (await request.get('/data/indikationer.json')).json();
    expect(indications.map((i: { kode: string }) => i.kode).sort()).toEqual(codes);
    // Groups in the site's order: cancer before rare disease, then by name.
    const exported = await (await request.get('/data/grupper.json')).json();
    expect(exported.map((g: { slug: string }) => g.slug)).toEqual(
      [...groups]
        .sort((a, b) => a.omraade.localeCompare(b.omraade, 'da') || a.navn.localeCompare(b.navn, 'da'))
        .map((g) => g.slug),
    );
    const schema = await (await request.get('/data/skema/indikationer.schema.json')).json();
    expect(schema.items.properties.kvote.description).toContain('antal patienter og WGS');
  });

  test('the data page explains every field and column in Danish', async () => {
    const page = shared.page();
    const fields = page.getByRole('table', { name: /Indikationer \(indikationer\.json\): \d+ felter/ });
    const row = (table: typeof fields, name: string) =>
      table.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) });
    await expect(row(fields, 'kvote.nyhenviste.patienter')).toContainText('antal patienter om året');
    await expect(row(fields, 'beregnet.wgsPrAar')).toContainText('beregnet af sitet');
    const columns = page.getByRole('table', { name: 'Kolonnerne i status.csv og hvad de betyder' });
    await expect(row(columns, 'andel_procent')).toContainText('procent af det forventede antal');
  });

  test('a field name breaks only after its dots and underscores on a phone with large text', async () => {
    const page = shared.page();
    await page.setViewportSize({ width: 320, height: 640 });
    await setTextSize(page, '200%');
    // Each part of a name ("nyhenviste_", "kvote.") stays on one line, so the name reads as words and
    // not as a column of single letters.
    const split = await page.locator('table.fieldlist th[scope="row"]').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          let start = 0;
          for (const part of (node.textContent ?? '').split(/(?<=[._])/)) {
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, (start += part.length));
            const rects = [...range.getClientRects()].filter((r) => r.width > 0);
            if (new Set(rects.map((r) => Math.round(r.top))).size > 1)
              return [`${cell.textContent} (${part})`];
          }
        }
        return [];
      }),
    );
    expect(
      split.slice(0, 10),
      `${split.length} feltnavne deles midt i et ord ved 320 px og 200 % tekst`,
    ).toEqual([]);
  });
});
