import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Figure } from '../../schemas/figure.ts';
import { noteFor, pageNotes, sourceLink } from '../helpers/notes.ts';
import { sharedPage } from '../helpers/shared-page.ts';
import {
  figurePattern,
  figureText,
  group,
  groupsInSiteOrder,
  groupWithQuotas,
  indication,
  indicationsOf,
  siteData,
  sourceDocument,
  type Group,
  type Indication,
} from '../helpers/site-data.ts';

// The groups with indications of their own (today children's cancer and primary immunodeficiency): every
// key figure is on the page with the source it comes from, and the unclear values carry their note. Names,
// figures, sentences and notes come from the build's data export (dist/data/alt.json), so an editor's
// consistent change moves them along. The group whose quotas foundation.spec.ts tests is left to that spec.
const slugs = groupsInSiteOrder()
  .map((g) => g.slug)
  .filter((slug) => indicationsOf(slug).length > 0 && slug !== groupWithQuotas().group.slug);

/** The figure is shown in a definition or table cell that names the source document it comes from. */
async function expectSourcedFigure(scope: Locator | Page, text: string, file: string): Promise<void> {
  const holder = scope
    .locator('dd, td')
    .filter({ hasText: figurePattern(text) })
    .first();
  await expect(holder, `${text} skal stå på siden`).toBeVisible();
  await expect(sourceLink(await noteFor(holder), file), `${text} skal have kilden ${file}`).toHaveCount(1);
}

/**
 * A piece of an editor's sentence to look for on the page: its longest run between quotation marks, at
 * most 40 characters, since the page sets quotation marks and line breaks its own way.
 */
const snippet = (text: string): string =>
  text
    .split(/["“”„«»…]/)
    .map((s) => s.trim())
    .sort((a, b) => b.length - a.length)[0]!
    .slice(0, 40)
    .trim();

const section = (page: Page, heading: string | RegExp) =>
  page
    .locator('section', {
      has: page.getByRole('heading', { name: heading, exact: typeof heading === 'string' }),
    })
    .last();

type Counted = { tal?: { betegnelse: string; enhed: string; tal: Figure }[] };
/** The figures written into a list of texts, each as the page shows it: "ca. 20 %", "op til 640 WGS". */
const countedFigures = (items: readonly Counted[] | undefined) =>
  (items ?? []).flatMap((item) =>
    (item.tal ?? []).map((t) => ({ text: `${figureText(t.tal)} ${t.enhed}`, file: sourceDocument(t.tal) })),
  );

const isFigure = (v: unknown): v is Figure => typeof v === 'object' && v !== null && 'vaerdi' in v;

/** The group's key figures: patients a year (with any split and the earlier referred) and WGS a year. */
function keyFigures(g: Group): { text: string; file: string; figure: Figure }[] {
  const patients = [
    g.patienterPrAar?.nyhenviste,
    g.patienterPrAar?.iAlt,
    ...(g.patienterPrAar?.fordeling ?? []).map((f) => f.patienter),
    g.tidligereHenviste?.patienter,
  ].filter(isFigure);
  const wgs = Object.values(g.wgsPrAar ?? {}).filter(isFigure);
  return [
    ...patients.map((f) => ({ text: `${figureText(f)} patienter`, file: sourceDocument(f), figure: f })),
    ...wgs.map((f) => ({ text: `${figureText(f)} WGS`, file: sourceDocument(f), figure: f })),
  ];
}

test('the export has groups with indications for these tests, and unclear figures with notes', () => {
  expect(slugs.length).toBeGreaterThan(0);
  expect(
    slugs.flatMap((slug) => keyFigures(group(slug))).filter(({ figure }) => figure.note).length,
  ).toBeGreaterThan(0);
});

for (const slug of slugs) {
  test.describe(`the group ${slug}`, () => {
    const shared = sharedPage(group(slug).url);

    test('the group page states patients and WGS a year with their source', async () => {
      const g = group(slug);
      const page = shared.page();
      await expect(page.getByRole('heading', { level: 1, name: g.navn })).toBeVisible();
      const figures = section(page, 'Nøgletal for hele gruppen');
      const all = keyFigures(g);
      expect(all.length).toBeGreaterThan(0);
      for (const { text, file } of all) await expectSourcedFigure(figures, text, file);
      const terms = figures.getByRole('term');
      for (const f of g.patienterPrAar?.fordeling ?? [])
        await expect(terms.filter({ hasText: f.navn })).toHaveCount(1);
      if (g.tidligereHenviste) {
        const earlier = figures.locator('div', {
          has: page.getByRole('term').filter({ hasText: 'Tidligere henviste patienter' }),
        });
        await expectSourcedFigure(
          earlier,
          `${figureText(g.tidligereHenviste.patienter)} patienter`,
          sourceDocument(g.tidligereHenviste.patienter),
        );
        if (g.tidligereHenviste.patienter.note)
          await expect(await noteFor(earlier)).toContainText(snippet(g.tidligereHenviste.patienter.note));
      }
      if (g.strategi) await expect(figures).toContainText(snippet(g.strategi.tekst));
    });

    test('the notes on unclear figures and the remarks on the sources are on the page', async () => {
      const g = group(slug);
      const page = shared.page();
      // Some group has noted figures (the first test holds that); this one may have none.
      const noted = keyFigures(g).filter(({ figure }) => figure.note);
      for (const { figure } of noted)
        await expect(
          pageNotes(page)
            .filter({ hasText: snippet(figure.note!) })
            .first(),
        ).toBeAttached();
      const remarks = section(page, 'Bemærkninger til kilderne');
      for (const b of g.bemaerkninger ?? []) await expect(remarks).toContainText(snippet(b.tekst));
    });

    test('yield, lab needs, NGC offer, working group and NGC assessment are on the page', async () => {
      const g = group(slug);
      const page = shared.page();
      const parts: [string | RegExp, Counted[] | undefined][] = [
        ['Diagnostisk udbytte for hele gruppen', g.udbytte],
        ['Nationalt Genom Centers vurdering', g.ngcVurdering],
        ['Udredning med WGS før NGC’s tilbud', g.tilbudIDag],
      ];
      for (const [heading, items] of parts)
        for (const { text, file } of countedFigures(items))
          await expectSourcedFigure(section(page, heading), text, file);

      const lab = section(page, 'Behov i laboratoriet og analysen');
      for (const need of g.laboratoriebehov ?? []) await expect(lab).toContainText(snippet(need.tekst));

      const offers = page.getByRole('table', { name: /Analyser og ydelser fra Nationalt Genom Center/ });
      for (const offer of g.tilbudFraNgc ?? []) await expect(offers).toContainText(snippet(offer.tekst));
      for (const { text, file } of countedFigures(g.tilbudFraNgc))
        await expectSourcedFigure(offers, text, file);

      const comments = g.arbejdsgruppensKommentarer ?? [];
      if (comments.length) {
        const working = section(page, 'Arbejdsgruppernes kommentarer');
        for (const c of comments) await expect(working).toContainText(snippet(c.tekst));
        await expect(sourceLink(await noteFor(working), sourceDocument(comments[0]!))).toHaveCount(1);
      }
    });

    test('the indications are listed and linked to their permalinks', async () => {
      const list = indicationsOf(slug);
      const page = shared.page();
      const table = page.getByRole('table', { name: 'Gruppens indikationer' });
      await expect(table.getByRole('link')).toHaveText(list.map((i) => i.kode));
      // An indication the source gives no figures for claims no share of the group's quota.
      await expect(
        table.getByRole('cell', { name: 'Kilden angiver ikke tal for indikationen', exact: true }),
      ).toHaveCount(list.filter((i) => !i.kvote).length);
    });
  });
}

/** The criteria an indication's page states, each as a snippet of its text, and the figures in them. */
function statedCriteria(i: Indication) {
  const criteria = Object.values(i.kriterier).flat() as ({ tekst?: string } & Counted)[];
  return criteria.filter((c) => c && typeof c.tekst === 'string');
}

for (const { kode } of slugs.flatMap((slug) => indicationsOf(slug))) {
  test(`the permalink ${kode} shows its criteria with their figures and sources`, async ({ page }) => {
    const i = indication(kode);
    const response = await page.goto(`/indikationer/${kode}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: i.navn })).toBeVisible();
    const criteria = section(page, 'Kriterier for henvisning');
    for (const c of statedCriteria(i)) await expect(criteria).toContainText(snippet(c.tekst!));
    for (const { text, file } of countedFigures(statedCriteria(i)))
      await expectSourcedFigure(criteria, text, file);
    if (i.kriterier.alder) {
      await expect(criteria.getByRole('heading', { name: 'Alder', exact: true })).toBeVisible();
      await expect(sourceLink(await noteFor(criteria), sourceDocument(i.kriterier.alder))).toHaveCount(1);
    }
    // Where the source is silent on MDT or on who may order, the checklist says so in one line.
    if (!i.kriterier.mdt) await expect(criteria.locator('.unstated')).toContainText('MDT-konference');
    if (!i.kriterier.rekvirent)
      await expect(criteria.locator('.unstated')).toContainText('hvem må rekvirere');
    await expect(pageNotes(page).first()).toBeVisible();
    // The figures of its scope, yield and turnaround, each with its source, and the notes on the yield.
    const described = [i.omfang, ...(i.udbytte ?? []), ...(i.svartid ?? [])].filter(Boolean) as Counted[];
    for (const { text, file } of countedFigures(described)) await expectSourcedFigure(page, text, file);
    for (const y of i.udbytte ?? [])
      if (y.note)
        await expect(
          pageNotes(page)
            .filter({ hasText: snippet(y.note) })
            .first(),
        ).toBeAttached();
    // The quota for newly and earlier referred patients, where the source gives one.
    const parts = [
      ['Nyhenviste', i.kvote?.nyhenviste],
      ['Tidligere henviste', i.kvote?.tidligereHenviste],
    ] as const;
    const quota = page.getByRole('table', { name: new RegExp(kode) });
    for (const [label, part] of parts) {
      if (!part?.wgsPrAar) continue;
      await expect(quota.getByRole('rowheader').filter({ hasText: label }).first()).toBeVisible();
      await expectSourcedFigure(quota, `${figureText(part.wgsPrAar)} WGS`, sourceDocument(part.wgsPrAar));
    }
    // The page leads back to its group.
    await page
      .getByRole('link', { name: group(i.gruppe).navn, exact: true })
      .last()
      .click();
    await expect(page).toHaveURL(new RegExp(`${group(i.gruppe).url}$`));
  });
}

test("the list of patient groups shows each group's WGS a year, saying whom the figure counts", async ({
  page,
}) => {
  await page.goto('/grupper/');
  let shown = 0;
  for (const g of siteData().grupper) {
    const card = page.locator('.card', { has: page.getByRole('link', { name: g.navn, exact: true }) });
    const wgs = g.wgsPrAar as { iAlt?: Figure; nyhenviste?: Figure } | undefined;
    const [label, figure] = wgs?.iAlt
      ? ['WGS om året:', wgs.iAlt]
      : wgs?.nyhenviste
        ? ['WGS om året til nyhenviste:', wgs.nyhenviste]
        : [undefined, undefined];
    if (!label) continue;
    shown++;
    await expect(card, g.navn).toContainText(label);
    await expect(card, g.navn).toContainText(figurePattern(`${figureText(figure)} WGS`));
  }
  expect(shown).toBeGreaterThan(0);
});

test('these groups are reachable from the list of patient groups', async ({ page }) => {
  await page.goto('/grupper/');
  for (const slug of slugs)
    await expect(page.getByRole('link', { name: group(slug).navn, exact: true })).toBeVisible();
  const last = group(slugs.at(-1)!);
  await page.getByRole('link', { name: last.navn, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: last.navn })).toBeVisible();
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
        await expect(sourceLink(note, item.kilde.dokument)).toHaveCount(1);
        if (item.note) await expect(note).toContainText(squash(item.note));
      }
    }
  });
});
