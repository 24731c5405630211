import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  auditBrokenWords,
  auditKeyboard,
  auditReflow,
  auditTablesAndCharts,
  axeViolations,
  formatViolations,
  SMALLEST_LEAD,
} from '../helpers/page-audits.ts';
import { directives, loadFully, watchPage, type PageWatch } from '../helpers/page-watch.ts';
import { sitePages } from '../helpers/site-pages.ts';
import { setTextSize } from '../helpers/text-size.ts';

// The rules every page is held to, for every page in the sitemap (so a page added later is tested without
// editing this file). Each page is loaded once, as a reader on a wide screen would load it; the audits then
// read that one load, each as a test of its own, and the ones that narrow the window, enlarge the text or
// print come last. Axe is still one test per page, with a timeout of its own.
const pages = sitePages();

// Budgets per page, gzipped, in kB of 1,000 bytes; JavaScript counts what loads before search is opened.
// The search page is search opened (about 70 kB of Pagefind JS, 140 kB in all): outside both budgets.
const WEIGHT_BUDGET = { js: 5_000, total: 40_000 };
const kB = (bytes: number) => (bytes / 1000).toFixed(1);
/** The width of an A4 page with the browser's default margins, in CSS pixels. */
const A4_WIDTH = 718;

/** A source document's file name ("003_…"): it belongs in the notes, never in the reading text. */
const fileName = /\d{3}_[0-9a-f]{16}/;

/** The page's reading text: main without its notes section. */
const readingText = (page: Page) =>
  page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelector('#kilder-og-noter')?.remove();
    return copy.textContent ?? '';
  });

for (const path of pages) {
  const isPatientPage = /\/patienter\/[^/]+\/$/.test(path);
  const isSourcesPage = /\/kilder\/$/.test(path);

  test.describe(`page ${path}`, () => {
    test.describe.configure({ mode: 'serial' });
    let context: BrowserContext;
    let page: Page;
    let watch: PageWatch;
    test.beforeAll(async ({ browser }) => {
      // A page of its own in a fresh context: nothing comes from the cache of an earlier page. (Axe needs
      // the context to be one made with newContext(), for the frames it opens.)
      context = await browser.newContext();
      page = await context.newPage();
      watch = await watchPage(page);
      await loadFully(page, path);
    });
    test.afterAll(() => context.close());

    test('requests nothing from outside the site', async ({ baseURL }) => {
      const origin = new URL(baseURL!).origin;
      expect(watch.requests.length).toBeGreaterThan(0);
      const outside = watch.requests.filter(
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
      expect(await watch.errors()).toEqual([]);
    });

    test('has a search button in the header that opens a dialog, with its keyboard shortcuts', async () => {
      const button = page.getByRole('banner').getByRole('button', { name: 'Søg' });
      await expect(button).toBeVisible();
      await expect(button).toHaveAttribute('aria-haspopup', 'dialog');
      await expect(button).toHaveAttribute('aria-keyshortcuts', '/ Control+K');
    });

    if (!/\/soeg\/$/.test(path))
      test('stays within the weight budget', async () => {
        const s = await watch.sizes();
        const total = s.html + s.css + s.js + s.img + s.andet;
        const line = `HTML ${kB(s.html)}, CSS ${kB(s.css)}, JS ${kB(s.js)}, billeder ${kB(s.img)}, andet ${kB(s.andet)}`;
        expect(s.html, `${path}: målingen fandt ingen HTML`).toBeGreaterThan(0);
        expect(
          s.js,
          `${path}: ${kB(s.js)} kB JavaScript (højst ${WEIGHT_BUDGET.js / 1000} kB); ${line}`,
        ).toBeLessThanOrEqual(WEIGHT_BUDGET.js);
        expect(
          total,
          `${path}: ${kB(total)} kB i alt (højst ${WEIGHT_BUDGET.total / 1000} kB); ${line}`,
        ).toBeLessThanOrEqual(WEIGHT_BUDGET.total);
      });

    test('tables have captions and header cells; charts have text alternatives', async () => {
      expect(await auditTablesAndCharts(page)).toEqual([]);
    });

    if (!isSourcesPage)
      test('no source file name in the reading text, and no space set before punctuation', async () => {
        const text = await readingText(page);
        expect(text.match(fileName)?.[0], `${path} viser et filnavn i brødteksten`).toBeUndefined();
        // A template's line break between a link or bold term and the colon after it prints as a space.
        const spaced = await page.locator('main').evaluate((main) => {
          const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
          const found: string[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const before = node.previousSibling;
            if (before instanceof HTMLElement && /^\s+[:;,.](\s|$)/.test(node.textContent ?? ''))
              found.push(`${before.textContent?.trim()}${node.textContent?.slice(0, 12)}`);
            const after = node.nextSibling;
            if (after instanceof HTMLElement && /\(\s+$/.test(node.textContent ?? ''))
              found.push(`${node.textContent?.slice(-12)}${after.textContent?.trim()}`);
          }
          return found;
        });
        expect(spaced, `${path}: mellemrum før tegnsætning efter et element`).toEqual([]);
      });

    if (isPatientPage) {
      test('carries nothing for editors or developers', async () => {
        const main = page.getByRole('main');
        await expect(main.locator('a[href*="github.com"]')).toHaveCount(0);
        await expect(main.locator('[lang="en"]')).toHaveCount(0);
        await expect(main).not.toContainText(/LIX|Redigér denne side|redaktør/i);
        await expect(main.getByRole('region', { name: 'Sidens historik' })).toContainText(
          /Senest ændret|Siden er ny|uden versionshistorikken/,
        );
      });

      test('speaks to the reader, not about the sources', async () => {
        const text = (await readingText(page)).replace(/\s+/g, ' ');
        const talk = text.match(/[^.?!]*\bkild(?:en|erne)\b[^.?!]*[.?!]?/i)?.[0];
        expect(talk, `${path} taler om kilderne i brødteksten`).toBeUndefined();
      });
    }

    test('every interactive element is reached by Tab and visibly focused', async () => {
      const { unreached, stops } = await auditKeyboard(page);
      expect(stops.length).toBeGreaterThan(0);
      expect(unreached, `Kan ikke nås med Tab på ${path}`).toEqual([]);
      const invisible = stops
        .filter((s) => !s.indicator || !s.inViewport)
        .map((s) => `${s.description}: ${!s.indicator ? 'intet synligt fokus' : 'uden for skærmen'}`);
      expect(invisible, `Fokus er ikke synligt på ${path}`).toEqual([]);
    });

    test('has no WCAG 2.2 A/AA violations found by axe', async () => {
      // The longest pages (/data/ explains some 1,500 fields) take axe well over 30 s on two busy cores.
      test.setTimeout(120_000);
      const violations = await axeViolations(page);
      expect(
        violations.length,
        `axe fandt ${violations.length} problem(er) på ${path}:\n\n${formatViolations(violations)}`,
      ).toBe(0);
    });

    test("does not split a heading's words, or an indication's code in the contents, on a wide screen", async () => {
      expect(
        await auditBrokenWords(page, 'h1, h2, h3, h4, .site-header__title, .toc a', { evenTooLong: true }),
        `${path}: overskrifter og indholdsfortegnelse på en bred skærm`,
      ).toEqual([]);
    });

    test('reflows on a 320 px wide screen without scrolling sideways (WCAG 1.4.10)', async () => {
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await auditReflow(page), `${path} ved 320 px`).toEqual([]);
    });

    // A heading shrinks towards its text's size before it splits a word; only a word too long for the
    // column even then may break (it needs a soft hyphen). A disclosure's summary heads its content too.
    // A lead paragraph shrinks the same way, down to the body text.
    test("does not scroll sideways or split a heading's or lead's words at 320 and 390 px with 200 % text", async () => {
      await setTextSize(page, '200%');
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 844 });
        expect(await auditReflow(page), `${path} ved ${width} px og 200 % tekst`).toEqual([]);
        expect(
          await auditBrokenWords(page, 'h1, h2, h3, h4, summary, .site-header__title', {
            evenTooLong: 'unless-too-long-at-smallest',
          }),
          `${path}: overskrifter ved ${width} px og 200 % tekst`,
        ).toEqual([]);
        expect(
          await auditBrokenWords(page, '.lead', {
            evenTooLong: 'unless-too-long-at-smallest',
            smallest: SMALLEST_LEAD,
          }),
          `${path}: indledning ved ${width} px og 200 % tekst`,
        ).toEqual([]);
      }
    });

    // Paper does not scroll: a table wider than the printed page loses its last columns. An A4 page with the
    // browser's default margins is about 718 CSS pixels wide.
    test("printed on A4, is no wider than the paper and keeps a table's codes whole", async () => {
      await setTextSize(page, '');
      await page.setViewportSize({ width: A4_WIDTH, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth), `${path} på A4`)
        .toBeLessThanOrEqual(A4_WIDTH);
      // The columns give way on paper, but an indication's code stays one name.
      expect(
        await auditBrokenWords(page, 'td:has(.code)', { evenTooLong: true }),
        `${path}: koder i tabeller på A4`,
      ).toEqual([]);
      await page.emulateMedia({ media: null });
    });

    test('a table wider than a phone sits in a named scroll region the keyboard can reach', async () => {
      // Folded sections are opened, so their tables are measured too.
      await openFoldedSections(page);
      for (const [width, text] of PHONE_SIZES) {
        await page.setViewportSize({ width, height: 844 });
        await setTextSize(page, text);
        const bare = await page.locator('main table').evaluateAll((tables) =>
          tables
            .filter((t) => {
              const box = t.closest('.table-wrap');
              const named = box?.getAttribute('aria-label') || box?.getAttribute('aria-labelledby');
              const inRegion =
                box?.getAttribute('role') === 'region' && box.getAttribute('tabindex') === '0' && named;
              return !inRegion && t.getBoundingClientRect().right > document.documentElement.clientWidth;
            })
            .map((t) => t.querySelector('caption')?.textContent?.trim() ?? t.outerHTML.slice(0, 60)),
        );
        expect(
          bare,
          `${path} ved ${width} px og ${text} tekst: brede tabeller uden et navngivet rulleområde`,
        ).toEqual([]);
      }
    });

    test("a scrolling table's caption is read whole without scrolling sideways", async () => {
      await openFoldedSections(page);
      for (const [width, text] of PHONE_SIZES) {
        await page.setViewportSize({ width, height: 844 });
        await setTextSize(page, text);
        // Where the caption's lines stand against the box's visible part, at the table's start and end.
        const clipped = await page.locator('main .table-wrap').evaluateAll((boxes) =>
          boxes.flatMap((box) => {
            const caption = box.querySelector('table')?.caption;
            // A chart's table may keep its caption for screen readers only (visually hidden, 1 px wide).
            if (!caption || caption.getBoundingClientRect().width <= 1 || box.scrollWidth <= box.clientWidth)
              return [];
            const found: string[] = [];
            for (const end of ['start', 'end'] as const) {
              box.scrollLeft = end === 'start' ? 0 : box.scrollWidth;
              const view = box.getBoundingClientRect();
              const range = document.createRange();
              range.selectNodeContents(caption);
              const out = [...range.getClientRects()].filter(
                (r) => r.width > 0 && (r.left < view.left - 1 || r.right > view.right + 1),
              );
              if (out.length)
                found.push(
                  `"${caption.textContent?.trim().slice(0, 50)}" (rullet til ${end === 'start' ? 'start' : 'slut'})`,
                );
            }
            box.scrollLeft = 0;
            return found;
          }),
        );
        expect(
          clipped,
          `${path} ved ${width} px og ${text} tekst: tabeltekster skåret af i rulleområdet`,
        ).toEqual([]);
      }
    });
  });
}

/** The phones a wide table is tried on: the narrowest screen, and a common one with text enlarged to 200 %. */
const PHONE_SIZES = [
  [320, '100%'],
  [390, '200%'],
] as const;

/** Opens every folded section (<details>) of the page's main part, so that what is inside is measured too. */
async function openFoldedSections(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
  );
}
