import { expect, test, type Page } from '@playwright/test';
import { checkInlineHandlers } from '../../scripts/checks/inline-handlers.ts';
import { readBuiltSite } from '../../scripts/lib/built-site.ts';
import { projectRoot } from '../helpers/temp-project.ts';
import { base, dist, editorPages, sitePages } from '../helpers/site-pages.ts';

const pages = sitePages();

/** Collects CSP violations and console errors from the moment the page starts loading. */
async function watchErrors(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`script: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp: string[] };
      (w.__csp ??= []).push(
        `CSP: ${e.effectiveDirective} blokerede ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return async () => [
    ...errors,
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
  ];
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

for (const path of pages) {
  // Both tests watch the same load of the page: the requests it makes and the errors it raises.
  test.describe(`page ${path}`, () => {
    test.describe.configure({ mode: 'serial' });
    let page: Page;
    let errors: () => Promise<string[]>;
    const requests: string[] = [];
    test.beforeAll(async ({ browser }) => {
      page = await browser.newPage();
      page.on('request', (r) => requests.push(r.url()));
      errors = await watchErrors(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      // Scroll to the end, so anything loaded lazily is requested too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
    });
    test.afterAll(() => page.close());

    test('requests nothing from outside the site', async ({ baseURL }) => {
      const origin = new URL(baseURL!).origin;
      expect(requests.length).toBeGreaterThan(0);
      const outside = requests.filter(
        (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
      );
      expect(outside, `Siden ${path} henter fra andre websteder`).toEqual([]);
    });

    test('has a strict Content-Security-Policy and runs without violating it', async () => {
      const meta = page.locator('meta[http-equiv="content-security-policy"]');
      await expect(meta).toHaveCount(1);
      const csp = directives((await meta.getAttribute('content')) ?? '');
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      expect(csp.get('script-src-attr')).toEqual(["'none'"]);
      for (const name of ['script-src', 'style-src']) {
        expect(csp.get(name), name).toContain("'self'");
        expect(csp.get(name), name).not.toContain("'unsafe-inline'");
        expect(csp.get(name), name).not.toContain("'unsafe-eval'");
      }
      // A <meta> policy only covers what comes after it, so it must precede every script and style.
      const late = await page.evaluate(() => {
        const policy = document.querySelector('meta[http-equiv="content-security-policy"]')!;
        return [...document.querySelectorAll('script, style, link[rel="stylesheet"]')]
          .filter((el) => !(policy.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING))
          .map((el) => el.outerHTML.slice(0, 80));
      });
      expect(late).toEqual([]);
      expect(await errors()).toEqual([]);
    });
  });
}

// eval() is not tried here: code run through page.evaluate() is exempt from the CSP's eval rule in
// Chromium, so the per-page test checks instead that script-src has no 'unsafe-eval'.
test('the CSP is enforced: inline scripts, inline handlers and outside requests are blocked', async ({
  page,
}) => {
  const errors = await watchErrors(page);
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
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { inline: w.__inline === true, handler: w.__handler === true, fetched };
  });
  expect(outcome).toEqual({ inline: false, handler: false, fetched: false });
  const seen = (await errors()).filter((e) => e.startsWith('CSP: ')).map((e) => e.split(' blokerede ')[0]);
  expect(seen).toEqual(
    expect.arrayContaining(['CSP: script-src-elem', 'CSP: script-src-attr', 'CSP: connect-src']),
  );
});

test('no built page has JavaScript in an HTML attribute', () => {
  const site = readBuiltSite(projectRoot, dist, { base });
  expect(site.pages.size).toBe(pages.length + editorPages.length);
  expect(checkInlineHandlers(site).map((p) => `${p.file}: ${p.message}`)).toEqual([]);
});
