import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

// The page's history as a reader sees it. What git knows decides what the page must say: a full clone shows
// the newest change to the page's sources (merge commits carry no change of their own and are not listed), a shallow clone (or no git) says the history is missing.
function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}
// The date is that of the newest change to the page's content (not its template).
const groupSources = ['content/grupper/haematologisk-cancer.mdx', 'content/indikationer/HAEM-*.yaml'];
const withHistory = git(['rev-parse', '--is-shallow-repository']) === 'false';
// Merge commits list no files in `git log --name-only`, so the page names the commit that made the change.
const newest = withHistory ? git(['log', '-1', '--no-merges', '--format=%H %cI', '--', ...groupSources.map((p) => `:(glob)${p}`)]) : undefined;
const dayInCopenhagen = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });

test('a group page shows its approval trail, its last change and a link to edit its source', async ({ page }) => {
  await page.goto('/grupper/haematologisk-cancer/');
  await expect(page.locator('section.trail').getByRole('heading', { name: 'Godkendelse' })).toBeVisible();
  await expect(page.locator('section.trail time[datetime="2022-06-03"]')).toHaveText('3. juni 2022');

  const history = page.getByRole('region', { name: 'Sidens historik' });
  await expect(history).toBeVisible();
  const edit = history.getByRole('link', { name: 'Redigér denne side' });
  await expect(edit).toHaveAttribute('href', /^https:\/\/github\.com\/[^/]+\/[^/]+\/edit\/[^/]+\/content\/grupper\/haematologisk-cancer\.mdx$/);

  if (!withHistory || !newest) {
    await expect(history).toContainText('Ændringshistorikken er ikke med i denne udgave af siden');
    await expect(history).not.toContainText('Senest ændret');
    return;
  }
  const [, date] = newest.split(' ') as [string, string];
  const last = history.locator('.page-history__last time');
  await expect(history).toContainText('Senest ændret');
  await expect(last).toHaveText(dayInCopenhagen.format(new Date(date)));
  // Commit messages are for developers: the page lists none.
  await expect(history.getByRole('listitem')).toHaveCount(0);
});

test('the table of contents leads to the page history', async ({ page }) => {
  await page.goto('/grupper/haematologisk-cancer/');
  await page.getByRole('navigation', { name: 'Indhold' }).getByRole('link', { name: 'Sidens historik' }).click();
  await expect(page).toHaveURL(/#historik$/);
  await expect(page.getByRole('heading', { name: 'Sidens historik' })).toBeInViewport();
});

test('an indication page shows its group’s approval trail and its own edit link', async ({ page }) => {
  await page.goto('/indikationer/HAEM-RR/');
  await expect(page.locator('section.trail')).toContainText('Godkendt');
  await expect(page.getByRole('link', { name: 'Redigér denne side' })).toHaveAttribute('href', /\/edit\/[^/]+\/content\/indikationer\/HAEM-RR\.yaml$/);
});

// Every page built from content says when it last changed and where to edit it; the first source file is the edit target.
const pagesWithHistory: [string, RegExp][] = [
  ['/', /\/src\/pages\/index\.astro$/],
  ['/grupper/', /\/src\/pages\/grupper\/index\.astro$/],
  ['/patienter/', /\/content\/patienter\/?$/],
  ['/patienter/haematologisk-cancer/', /\/content\/patienter\/haematologisk-cancer\.mdx$/],
  ['/patienter/hvad-er-helgenomsekventering/', /\/content\/patienter\/hvad-er-helgenomsekventering\.mdx$/],
  ['/ordliste/', /\/content\/ordliste\/?$/],
  ['/status/', /\/content\/status\/?$/],
  ['/oversigt/', /\/src\/pages\/oversigt\/index\.astro$/],
  ['/data/', /\/src\/pages\/data\/index\.astro$/],
  ['/programmet/', /\/content\/programmet\/programmet\.yaml$/],
  ['/evaluering/', /\/content\/evaluering\/?$/],
  ['/international/', /\/content\/international\/international\.yaml$/],
  ['/soeg/', /\/src\/pages\/soeg\.astro$/],
  ['/kilder/', /\/content\/kilder\/?$/],
];
for (const [path, source] of pagesWithHistory) {
  test(`${path} shows its history and a link to edit its source`, async ({ page }) => {
    await page.goto(path);
    const history = page.getByRole('region', { name: 'Sidens historik' });
    await expect(history).toBeVisible();
    await expect(history).toHaveAttribute('data-pagefind-ignore', '');
    // Pages for patients and relatives carry no link to the repository.
    if (path.startsWith('/patienter/')) await expect(history.getByRole('link')).toHaveCount(0);
    else await expect(history.getByRole('link', { name: 'Redigér denne side' })).toHaveAttribute('href', source);
    if (withHistory) await expect(history).toContainText(/Senest ændret|Siden er ny/);
    else await expect(history).toContainText('Ændringshistorikken er ikke med i denne udgave af siden');
  });
}
