import { expect, test } from '@playwright/test';
import { checkInlineHandlers } from '../../scripts/checks/inline-handlers.ts';
import { readBuiltSite } from '../../scripts/lib/built-site.ts';
import { projectRoot } from '../helpers/temp-project.ts';
import { watchPage } from '../helpers/page-watch.ts';
import { base, dist, editorPages, sitePages } from '../helpers/site-pages.ts';

const pages = sitePages();

// eval() is not tried here: code run through page.evaluate() is exempt from the CSP's eval rule in
// Chromium, so the per-page test checks instead that script-src has no 'unsafe-eval'.
test('the CSP is enforced: inline scripts, inline handlers and outside requests are blocked', async ({
  page,
}) => {
  const { errors } = await watchPage(page);
  await page.goto(`${base}`);
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as { __inline?: boolean; __handler?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true;';
    document.body.append(script);
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.__handler = true');
    document.body.append(button);
    button.click();
    let fetched = true;
    try {
      await fetch('https://example.org/sporing.gif', { mode: 'no-cors' });
    } catch {
      fetched = false;
    }
    return { inline: w.__inline === true, handler: w.__handler === true, fetched };
  });
  expect(outcome).toEqual({ inline: false, handler: false, fetched: false });
  // The browser reports each blocked thing a moment later; wait for the reports rather than a fixed pause.
  await expect
    .poll(async () =>
      (await errors()).filter((e) => e.startsWith('CSP: ')).map((e) => e.split(' blokerede ')[0]),
    )
    .toEqual(expect.arrayContaining(['CSP: script-src-elem', 'CSP: script-src-attr', 'CSP: connect-src']));
});

test('no built page has JavaScript in an HTML attribute', () => {
  const site = readBuiltSite(projectRoot, dist, { base });
  expect(site.pages.size).toBe(pages.length + editorPages.length);
  expect(checkInlineHandlers(site).map((p) => `${p.file}: ${p.message}`)).toEqual([]);
});
