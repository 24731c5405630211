import { expect, test, type Locator, type Page } from '@playwright/test';
import { noteFor, notesFor, pageNotes, sourceLink } from '../helpers/notes.ts';
import { sharedPage } from '../helpers/shared-page.ts';
import {
  figureText,
  groupsInSiteOrder,
  indicationsOf,
  num,
  siteData,
  sourceDocument,
} from '../helpers/site-data.ts';

// The groups whose sources give no indications (today the two cancer groups that only have a status report
// and the evaluation's findings). Everything expected is read from the build's data export, so an editor's
// consistent change to a group's file moves the expectation with the page.
const groups = groupsInSiteOrder().filter((g) => indicationsOf(g.slug).length === 0);

const section = (page: Page, heading: string | RegExp): Locator =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) }).last();

// A date as a Danish reader sees it ("1. november 2023", "maj 2024"): an oracle of its own, not the site's formatter.
const danishDate = (iso: string): string => {
  const parts = iso.split('-');
  if (parts.length === 1) return iso;
  const date = new Date(`${iso}${parts.length === 2 ? '-01' : ''}T00:00:00Z`);
  const format = new Intl.DateTimeFormat('da-DK', {
    ...(parts.length === 3 ? { day: 'numeric' } : {}),
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.format(date);
};

interface Sourced {
  tekst: string;
  kilde: { dokument: string };
  note?: string | undefined;
}

/** A statement in the editors' words is shown in `scope`, with a note that names its source and any remark. */
async function expectSourced(scope: Locator, item: Sourced): Promise<void> {
  const shown = scope.locator('p, li, td').filter({ hasText: item.tekst }).last();
  await expect(shown, item.tekst).toBeVisible();
  const note = await noteFor(shown);
  await expect(sourceLink(note, sourceDocument(item))).toHaveCount(1);
  if (item.note) await expect(note).toContainText(item.note);
}

/** The group's figures from the latest status report, its period, and the figures' sources as notes. */
async function expectImplementation(page: Page, slug: string): Promise<void> {
  const report = siteData().status.at(-1)!;
  const row = report.grupper.find((r) => r.gruppe === slug);
  test.skip(!row, 'Den seneste statusrapport har ingen tal for gruppen.');
  const status = section(page, /Status for implementering/);
  const sentence = status.locator('p').filter({ hasText: `${num(row!.proever.vaerdi)} prøver` });
  await expect(sentence).toContainText(`${num(row!.andel.vaerdi)} %`);
  const { fra, til } = report.periode;
  await expect(sentence).toContainText(`${danishDate(fra)}–${danishDate(til)}`);
  await expect(sentence.locator(`time[datetime="${fra}"]`)).toBeVisible();
  await expect(sentence.locator(`time[datetime="${til}"]`)).toBeVisible();
  // Provenance one step away: each figure has a note naming its source file; the sentence does not.
  const [samples, share] = await notesFor(sentence);
  await expect(sourceLink(samples!, sourceDocument(row!.proever))).toHaveCount(1);
  await expect(sourceLink(share!, sourceDocument(row!.andel))).toHaveCount(1);
  await expect(sentence).not.toContainText(row!.proever.kilde.dokument);
}

test('some groups have no indications, so these tests have pages to read', () => {
  expect(groups.length).toBeGreaterThan(0);
});

for (const g of groups) {
  test.describe(g.navn, () => {
    const shared = sharedPage(`/grupper/${g.slug}/`);

    test('the page renders with its name and says plainly that there are no indications', async () => {
      const page = shared.page();
      expect(shared.response()?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: g.navn })).toBeVisible();
      await expect(section(page, 'Indikationer')).toContainText(
        'Kilderne indeholder ingen indikationsskemaer for denne gruppe',
      );
      await expect(page.locator('section.indication-block')).toHaveCount(0);
    });

    test('the implementation figures show the period, with their source and remarks in notes', async () => {
      const page = shared.page();
      await expectImplementation(page, g.slug);
      const remarks = [g.implementering?.proever.note, g.implementering?.andelAfForventet.note];
      for (const remark of remarks.filter((r): r is string => Boolean(r)))
        await expect(pageNotes(page).filter({ hasText: remark }).first()).toBeVisible();
    });

    test('the specialist network is listed by role and region, with its chairs named', async () => {
      const network = g.netvaerk;
      test.skip(!network, 'Gruppens kilder beskriver ikke et specialistnetværk.');
      const page = shared.page();
      const shown = section(page, 'Specialistnetværket');
      // The chairs are named above the table, by role.
      for (const m of network!.medlemmer.filter((x) => x.rolle !== 'medlem'))
        await expect(shown).toContainText(`${m.rolle[0]!.toUpperCase()}${m.rolle.slice(1)}: ${m.navn}`);
      const table = shown.getByRole('table', { name: /Medlemmer af netværket/ });
      await expect(table.getByRole('columnheader')).toHaveText([
        'Navn',
        'Rolle',
        'Region eller organisation',
      ]);
      await expect(table.getByRole('row')).toHaveCount(network!.medlemmer.length + 1);
      for (const m of network!.medlemmer)
        await expect(table.getByRole('row').filter({ hasText: m.navn })).toContainText(m.repraesenterer);
      await expect(sourceLink(await noteFor(shown), sourceDocument(network!))).toHaveCount(1);
    });

    test('how the status report was made: model, PICO, patient cases and interview, each sourced', async () => {
      const report = g.statusrapport;
      test.skip(!report, 'Gruppens kilder beskriver ikke, hvordan statusrapporten blev lavet.');
      const page = shared.page();
      const method = section(page, 'Sådan blev statusrapporten lavet');
      for (const item of [...report!.formaal, ...report!.internationalt]) await expectSourced(method, item);
      const parameters = method.getByRole('table', { name: /Parametrene i styregruppens model/ });
      await expect(parameters.getByRole('rowheader')).toHaveText(report!.parametre.map((p) => p.navn));
      for (const p of report!.parametre) await expectSourced(parameters, p);
      for (const item of report!.udeladt) await expectSourced(method, item);

      const pico = method.getByRole('table', { name: 'Det fokuserede kliniske spørgsmål (PICO)' });
      const { population, intervention, komparator, effektmaal } = report!.litteratur.pico;
      const rows = pico.getByRole('row');
      for (const [name, part] of [
        ['Population', population],
        ['Intervention', intervention],
        ['Comparator', komparator],
        ['Outcomes', effektmaal],
      ] as const) {
        const row = rows.filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });
        if (part) await expectSourced(row, part);
        else await expect(row).toContainText('Står ikke i kilderne.');
      }
      for (const item of report!.litteratur.metode) await expectSourced(method, item);

      const cases = method.locator('section', {
        has: page.getByRole('heading', { level: 3, name: 'Patientcases' }),
      });
      await expect(cases).toContainText(figureText(report!.patientcases.antal));
      for (const item of [...report!.patientcases.metode, ...report!.patientcases.samtykke])
        await expectSourced(cases, item);
      for (const item of report!.interview) await expectSourced(method, item);
    });

    test('the timetable shows every meeting and deadline in order, with its remarks in notes', async () => {
      const milestones = g.statusrapport?.tidsplan ?? [];
      test.skip(milestones.length === 0, 'Gruppens kilder har ingen møder eller frister.');
      const page = shared.page();
      const timetable = page.locator('section', {
        has: page.getByRole('heading', { level: 3, name: 'Møder og frister' }),
      });
      await expect(timetable.locator('time')).toHaveText(milestones.map((m) => danishDate(m.dato)));
      for (const m of milestones) {
        if (m.note) await expect(pageNotes(page).filter({ hasText: m.note }).first()).toBeVisible();
      }
    });

    test('the findings from the evaluation that concern the group cite their source', async () => {
      test.skip(g.evalueringsfund.length === 0, 'Evalueringen har ingen fund for gruppen.');
      const findings = section(shared.page(), 'Fund i evalueringen, der gælder gruppen');
      for (const item of g.evalueringsfund) await expectSourced(findings, item);
    });

    test('its table of contents links resolve', async () => {
      await expectContentsResolve(shared.page());
    });

    test('what the sources do not say is listed, and what they say instead is one click away', async () => {
      test.skip(g.ikkeIKilderne.length === 0, 'Gruppen har ingen emner, kilderne ikke dækker.');
      const page = shared.page();
      const gaps = section(page, 'Det står ikke i kilderne');
      const line = gaps.locator('p.gaps__line');
      for (const gap of g.ikkeIKilderne) {
        await expect(line).toContainText(gap.emne.slice(1));
        await expect(gaps.getByText(gap.tekst)).toBeHidden();
      }
      await gaps.locator('summary').click();
      for (const gap of g.ikkeIKilderne) {
        const item = gaps.locator('li').filter({ hasText: gap.tekst });
        await expect(item.getByText(`${gap.emne}:`, { exact: true })).toBeVisible();
        const notes = await notesFor(item);
        expect(notes).toHaveLength(gap.gennemset.length);
        for (const [n, read] of gap.gennemset.entries())
          await expect(sourceLink(notes[n]!, sourceDocument({ kilde: read }))).toHaveCount(1);
      }
    });
  });
}

/** Every link in the page's table of contents leads to one element on the page. */
async function expectContentsResolve(page: Page): Promise<void> {
  const links = await page.getByRole('navigation', { name: 'Indhold' }).getByRole('link').all();
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    const id = (await link.getAttribute('href'))!.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
}
