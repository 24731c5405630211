import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { siteData } from '../helpers/site-data.ts';
import { sitePages } from '../helpers/site-pages.ts';

// The change log as a reader meets it. What to expect is read from the build's own export
// (/data/aendringer.json), so an editor's change to content/ or a new commit never breaks these tests.
interface Change {
  id: string;
  dato: string;
  type: 'ændring' | 'note';
  side: 'indikation' | 'gruppe';
  sideId: string;
  titel: string;
  gruppe: string;
  url: string;
  aendringer: string[];
  commit?: string;
}
interface Changes {
  historikMedtaget: boolean;
  aendringer: Change[];
}

const changes = async (request: APIRequestContext): Promise<Changes> =>
  (await request.get('/data/aendringer.json')).json();
const day = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Copenhagen',
});
/** The indication with the most entries: the one whose log shows the most. */
function busiest(
  log: Changes,
  side: Change['side'],
): { id: string; url: string; entries: Change[] } | undefined {
  const bySide = Map.groupBy(
    log.aendringer.filter((c) => c.side === side && c.url.includes(c.sideId)),
    (c) => c.sideId,
  );
  const [id, entries] = [...bySide].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  return id && entries ? { id, url: entries[0]!.url, entries } : undefined;
}

test('an indication page states when it last changed and lists its changes in Danish, newest first', async ({
  page,
  request,
}) => {
  const log = await changes(request);
  const indication = busiest(log, 'indikation');
  test.skip(!indication, 'No indication has a change or a note in this build.');
  const { url, entries } = indication!;
  await page.goto(url);
  const [newest] = entries;
  await expect(page.locator('.last-changed')).toContainText(
    `Senest ændret ${day.format(new Date(newest!.dato))}`,
  );

  const section = page.getByRole('region', { name: 'Ændringer' });
  await expect(section).toHaveAttribute('data-pagefind-ignore', '');
  const items = section.locator('.change-entry');
  await expect(items).toHaveCount(Math.min(entries.length, 30));
  for (const [i, entry] of entries.slice(0, 30).entries()) {
    const item = items.nth(i);
    await expect(item.locator('time')).toHaveText(day.format(new Date(entry.dato)));
    for (const line of entry.aendringer) await expect(item).toContainText(line);
    if (entry.commit)
      await expect(item.getByRole('link', { name: /Se ændringen/ })).toHaveAttribute(
        'href',
        new RegExp(`/commit/${entry.commit}$`),
      );
  }
  // "Senest ændret" leads to the list.
  await page.locator('.last-changed').getByRole('link').click();
  await expect(page).toHaveURL(/#aendringer$/);
  await expect(page.getByRole('heading', { name: 'Ændringer', exact: true })).toBeInViewport();
  await expect(section.getByRole('link', { name: 'Redigér denne side' })).toHaveAttribute(
    'href',
    /\/edit\/[^/]+\/content\/indikationer\/[^/]+\.yaml$/,
  );
});

test('a group page lists its changes and its table of contents leads there', async ({ page, request }) => {
  const group = busiest(await changes(request), 'gruppe');
  test.skip(!group, 'No group has a change or a note in this build.');
  await page.goto(group!.url);
  await page.getByRole('navigation', { name: 'Indhold' }).getByRole('link', { name: 'Ændringer' }).click();
  await expect(page).toHaveURL(/#aendringer$/);
  const section = page.getByRole('region', { name: 'Ændringer' });
  await expect(section.locator('.change-entry')).toHaveCount(Math.min(group!.entries.length, 30));
  await expect(section.locator('.change-entry').first()).toContainText(group!.entries[0]!.aendringer[0]!);
});

test('without the version history the pages say so instead of showing dates', async ({ page, request }) => {
  const log = await changes(request);
  test.skip(log.historikMedtaget, 'This build has its version history.');
  await page.goto(siteData().grupper[0]!.url);
  await expect(page.getByRole('region', { name: 'Ændringer' })).toContainText(
    'Ændringshistorikken er ikke med i denne udgave af siden',
  );
  expect(log.aendringer.every((c) => c.type === 'note')).toBe(true);
});

test('/aendringer/ lists every change by month, and each group has a list of its own', async ({
  page,
  request,
}) => {
  const log = await changes(request);
  await page.goto('/aendringer/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ændringer i retningslinjerne');
  const items = page.locator('.change-entry');
  await expect(items).toHaveCount(log.aendringer.length);
  // Newest first: the first entry is the newest, and it links to its page.
  if (log.aendringer[0]) {
    await expect(items.first()).toContainText(log.aendringer[0].aendringer[0]!);
    await expect(
      items.first().getByRole('link', { name: log.aendringer[0].titel, exact: true }),
    ).toHaveAttribute('href', log.aendringer[0].url);
  }
  const months = new Set(
    log.aendringer.map((c) =>
      new Intl.DateTimeFormat('da-DK', {
        month: 'long',
        year: 'numeric',
        timeZone: 'Europe/Copenhagen',
      }).format(new Date(c.dato)),
    ),
  );
  await expect(page.locator('.change-month > h2')).toHaveCount(months.size);

  // The filter is a plain link per group: no JavaScript needed.
  const filter = page.getByRole('navigation', { name: 'Vis ændringer for én patientgruppe' });
  const first = filter.getByRole('link').first();
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ændringer: ${name}`);
  const slug = /\/aendringer\/([^/]+)\/$/.exec(page.url())![1]!;
  await expect(page.locator('.change-entry')).toHaveCount(
    log.aendringer.filter((c) => c.gruppe === slug).length,
  );
  // A group's page says what it shows and leads back to every group, instead of listing every group again.
  await expect(page.getByRole('navigation', { name: 'Vis ændringer for én patientgruppe' })).toHaveCount(0);
  await expect(page.locator('.change-scope')).toContainText(name);
  await page.getByRole('link', { name: 'Se ændringerne i alle patientgrupper' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ændringer i retningslinjerne');
  await expect(filter.getByRole('link')).toHaveCount(siteData().grupper.length);
});

test('the Atom feed parses, is announced in every page head, and each entry links to a page that exists', async ({
  page,
  request,
}) => {
  const log = await changes(request);
  for (const path of ['/', '/aendringer/', '/patienter/']) {
    await page.goto(path);
    const href = await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .getAttribute('href');
    expect(href, path).toMatch(/\/aendringer\.xml$/);
  }
  await page.goto('/aendringer/');
  await expect(page.locator('main').getByRole('link', { name: /Følg ændringerne som feed/ })).toHaveAttribute(
    'href',
    /\/aendringer\.xml$/,
  );

  const response = await request.get('/aendringer.xml');
  expect(response.status()).toBe(200);
  const xml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => name === 'entry' || name === 'link',
  }).parse(await response.text());
  expect(xml.feed.xmlns).toBe('http://www.w3.org/2005/Atom');
  expect(xml.feed.title).toBeTruthy();
  expect(xml.feed.updated).toMatch(/^\d{4}-\d\d-\d\dT/);
  const entries: { id: string; title: string; updated: string; link: { href: string }[] }[] =
    xml.feed.entry ?? [];
  expect(entries).toHaveLength(Math.min(log.aendringer.length, 100));
  const paths = new Set<string>();
  for (const entry of entries) {
    expect(entry.id).toBeTruthy();
    expect(entry.updated).toMatch(/^\d{4}-\d\d-\d\dT/);
    const href = entry.link[0]!.href;
    expect(href).toMatch(/^https?:\/\//);
    paths.add(new URL(href).pathname);
  }
  for (const path of paths) expect((await request.get(path)).status(), path).toBe(200);
});

test('patient pages show only their own last-changed date, and no page shows commit messages', async ({
  page,
  request,
}) => {
  const log = await changes(request);
  await page.goto(sitePages().find((p) => /\/patienter\/[^/]+\/$/.test(p))!);
  const history = page.getByRole('region', { name: 'Sidens historik' });
  // Pages for patients and relatives carry nothing for editors: no link to the repository.
  await expect(history.getByRole('link', { name: 'Redigér denne side' })).toHaveCount(0);
  if (log.historikMedtaget) await expect(history).toContainText('Senest ændret');
  await expect(history.locator('.change-entry, [lang="en"]')).toHaveCount(0);
  for (const path of ['/', '/status/', '/ordliste/', '/data/']) {
    await page.goto(path);
    await expect(page.locator('.page-history [lang="en"], .page-history .change-entry'), path).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Redigér denne side' }), path).toBeVisible();
    // The link is for editors; the page's source file is a developer's detail, not the reader's.
    await expect(page.locator('.page-history__edit'), path).toHaveText('Redigér denne side');
  }
});
