import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

/** The tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA; `wcag22aa` alone covers only target-size. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What axe finds against WCAG 2.0–2.2 A and AA on the page as it is now, in `include` only if given. No rule
 * is disabled. Legacy mode runs axe in the page itself: the default opens a second page to merge the results
 * of frames, and no page here has one (it takes 1.5 to 2.5 times as long).
 *
 * `resultTypes: ['violations']` only trims what axe reports back: every rule still runs on every element,
 * and each violation keeps all its elements, but the passing and incomplete results carry one element each
 * instead of thousands, whose selectors and HTML took most of the time (on /data/ 11 s → 4 s).
 * `options()` replaces all of AxeBuilder's options, the tags included, so it must come before `withTags`:
 * the other way round axe runs its best-practice rules as well (such as `landmark-unique`).
 */
export async function axeViolations(page: Page, include?: string): Promise<AxeResults['violations']> {
  const builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode();
  return (await (include ? builder.include(include) : builder).analyze()).violations;
}

/** axe's findings as a reviewer reads them: rule, impact, help link, and each element with what to fix. */
export function formatViolations(violations: AxeResults['violations']): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) => `    - ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
        )
        .join('\n');
      return `[${v.impact ?? 'ukendt'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

export interface FocusStop {
  index: number | null;
  description: string;
  indicator: string | null;
  inViewport: boolean;
}

export interface KeyboardAudit {
  /** Interactive elements that Tab never reached. */
  unreached: string[];
  /** Every element Tab stopped on, in order. */
  stops: FocusStop[];
}

const INTERACTIVE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"], ' +
  // Elements that claim to be controls must be reachable too, whatever their tag or tabindex.
  '[role="button"], [role="link"], [role="tab"], [role="checkbox"], [role="switch"], [role="menuitem"], [role="option"]';

/**
 * Tabs through the whole page. Before it starts, it notes every element's unfocused look; at each stop
 * it checks that focus changed the outline, box-shadow, background or border, and that the element
 * is on screen. Chromium only: the presses go through the DevTools protocol.
 */
export async function auditKeyboard(page: Page): Promise<KeyboardAudit> {
  // Start at the top of the page with nothing focused, also where a field has autofocus (the search page),
  // so the unfocused looks below are really unfocused. Focusing a throwaway element at the start of <body>
  // and removing it moves Chromium's Tab starting point there.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
  });
  const interactive = await page.evaluate((selector) => {
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return {
        outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        boxShadow: s.boxShadow,
        background: s.backgroundColor,
        border: `${s.borderStyle} ${s.borderWidth} ${s.borderColor}`,
      };
    };
    const w = window as unknown as { __unfocused: Map<Element, ReturnType<typeof look>> };
    w.__unfocused = new Map([...document.querySelectorAll('body *')].map((el) => [el, look(el)]));
    // A group of radio buttons is one Tab stop (its checked button, else its first); the arrow keys move
    // within it, as the HTML standard and the WAI-ARIA radio group pattern say. The other buttons are not Tab stops.
    const radioTabStop = (el: HTMLInputElement) => {
      const group = [
        ...(el.form ?? document).querySelectorAll<HTMLInputElement>('input[type="radio"]'),
      ].filter((r) => r.name === el.name);
      return group.find((r) => r.checked) ?? group[0];
    };
    return [...document.querySelectorAll(selector)]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }))
      .filter(
        (el) =>
          !(el instanceof HTMLInputElement && el.type === 'radio' && el.name && radioTabStop(el) !== el),
      )
      .map((el, i) => {
        el.setAttribute('data-keyboard-audit', String(i));
        return `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 50)}"`;
      });
  }, INTERACTIVE);

  // Each stop is read where focus lands, in a focusin listener: Chromium has applied the focus style and
  // scrolled the element into view by then. So the Tab presses need no round trip each to read the stop,
  // and they are sent in one batch through the DevTools protocol, in order, as Playwright's own
  // keyboard.press sends them (a raw key down and a key up).
  await page.evaluate(() => {
    const w = window as unknown as {
      __unfocused: Map<Element, Record<string, string>>;
      __stops: FocusStop[];
    };
    w.__stops = [];
    document.addEventListener('focusin', (event) => {
      const el = event.target;
      if (!(el instanceof Element)) return;
      const s = getComputedStyle(el);
      const before = w.__unfocused.get(el);
      const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
      const changes: string[] = [];
      if (
        s.outlineStyle !== 'none' &&
        parseFloat(s.outlineWidth) > 0 &&
        !transparent(s.outlineColor) &&
        `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` !== before?.outline
      )
        changes.push('outline');
      if (s.boxShadow !== 'none' && s.boxShadow !== before?.boxShadow) changes.push('box-shadow');
      if (s.backgroundColor !== before?.background && !transparent(s.backgroundColor))
        changes.push('baggrund');
      if (
        s.borderStyle !== 'none' &&
        parseFloat(s.borderWidth) > 0 &&
        `${s.borderStyle} ${s.borderWidth} ${s.borderColor}` !== before?.border
      )
        changes.push('kant');
      const r = el.getBoundingClientRect();
      const inViewport =
        r.width > 0 &&
        r.height > 0 &&
        r.bottom > 0 &&
        r.right > 0 &&
        r.top < innerHeight &&
        r.left < innerWidth;
      const index = el.getAttribute('data-keyboard-audit');
      w.__stops.push({
        index: index === null ? null : Number(index),
        description: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> "${(el.textContent ?? '').trim().slice(0, 50)}"`,
        indicator: changes.length ? changes.join(', ') : null,
        inViewport,
      });
    });
  });
  const cdp = await page.context().newCDPSession(page);
  const pressTab = (times: number) =>
    Promise.all(
      Array.from({ length: times }, () =>
        (['rawKeyDown', 'keyUp'] as const).map((type) =>
          cdp.send('Input.dispatchKeyEvent', { type, key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 }),
        ),
      ).flat(),
    );
  const recorded = () => page.evaluate(() => (window as unknown as { __stops: FocusStop[] }).__stops);
  /** The stops of one round through the page: up to the first stop's return (Tab leaves the page, then comes back). */
  const round = (all: FocusStop[]) => {
    const again = all.findIndex((s, i) => i > 0 && s.index !== null && s.index === all[0]!.index);
    return again < 0 ? all : all.slice(0, again);
  };
  // One press per element, one to leave the page and one to come back round; then up to 25 more for
  // stops the selector does not know (a scrolling region with tabindex, say), as before.
  await pressTab(interactive.length + 2);
  let all = await recorded();
  if (round(all).length === all.length) {
    await pressTab(25);
    all = await recorded();
  }
  await cdp.detach();
  const stops = round(all);
  const reached = new Set(stops.map((s) => s.index));
  return { unreached: interactive.filter((_, i) => !reached.has(i)), stops };
}

/** Data tables need a caption and header cells; charts (svg, canvas) need a text alternative. */
export async function auditTablesAndCharts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const label = (el: Element) => (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    document.querySelectorAll('table:not([role="presentation"]):not([role="none"])').forEach((table, i) => {
      const caption = table.querySelector(':scope > caption');
      const name = caption ? label(caption) : `tabel nr. ${i + 1}`;
      if (!caption || !label(caption)) problems.push(`Tabellen "${name}" har ingen <caption>.`);
      const headers = [...table.querySelectorAll('th')];
      if (!headers.length) problems.push(`Tabellen "${name}" har ingen overskriftsceller (<th>).`);
      for (const th of headers)
        if (!label(th) && !th.getAttribute('aria-label'))
          problems.push(`Tabellen "${name}" har en tom <th>.`);
    });
    const named = (el: Element) =>
      !!el.getAttribute('aria-label')?.trim() ||
      !!el
        .getAttribute('aria-labelledby')
        ?.split(/\s+/)
        .some((id) => document.getElementById(id)?.textContent?.trim()) ||
      !!el.querySelector(':scope > title')?.textContent?.trim();
    document.querySelectorAll('svg, canvas').forEach((chart) => {
      if (chart.closest('[aria-hidden="true"]')) return;
      if (chart.tagName.toLowerCase() === 'svg' && chart.parentElement?.closest('svg')) return;
      const fallback = chart.tagName.toLowerCase() === 'canvas' && !!chart.textContent?.trim();
      const figure = chart.closest('figure')?.querySelector('figcaption')?.textContent?.trim();
      if (!named(chart) && !fallback && !figure) {
        problems.push(
          `<${chart.tagName.toLowerCase()}> har hverken aria-label, <title>, en figurtekst eller aria-hidden="true" (hvis den kun pynter).`,
        );
      }
    });
    return problems;
  });
}

/**
 * WCAG 1.4.10 (reflow): at 320 CSS px the page must not scroll sideways. A data table may scroll inside
 * its own box (`.table-wrap`), which the criterion allows. Returns what sticks out, or nothing.
 */
export async function auditReflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const culprits = [...document.querySelectorAll('body *')].filter((el) => {
      if (el.closest('.table-wrap') && getComputedStyle(el).position !== 'absolute') return false;
      const box = el.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.right > width + 1 &&
        ![...el.children].some((c) => c.getBoundingClientRect().right > width + 1)
      );
    });
    return [
      `Siden er ${document.documentElement.scrollWidth} px bred i et vindue på ${width} px.`,
      ...culprits.slice(0, 5).map(describe),
    ];
  });
}

/**
 * How small a heading may get on a narrow screen with large text, as a multiple of the text it heads: still
 * bigger than that text, so it reads as a heading. The style sheet's floor for headings (`1.1em`) is this.
 */
export const SMALLEST_HEADING = 1.1;

/**
 * How small a lead paragraph (`.lead`, the larger intro under a page's title) may get on a narrow screen with
 * large text, as a multiple of its parent's text: down to the body text, never below it. The style sheet's
 * floor for it (`1em`) is this.
 */
export const SMALLEST_LEAD = 1;

/**
 * Words split over two lines although a line has room for them, in the elements `selector` finds: a large
 * heading that breaks "patien-ter" without a hyphen reads badly, and at 200 % text only the word's own size
 * and the line's width decide. A compound may break after its hyphen or at a soft hyphen, and a word longer
 * than a line must break somewhere, so none of these is reported unless `evenTooLong` is set (on a wide screen a
 * heading's box is the layout's choice, and a word wider than it is the layout's fault); an indication's code
 * ("HAEM-RR", set as `.code` or `.kode`, or any word of capitals joined by hyphens) is one name and is reported even at its hyphen. (Debian's Chromium has no Danish hyphenation dictionary, so
 * `hyphens: auto` adds no breaks here.)
 *
 * `evenTooLong: 'unless-too-long-at-smallest'` is for narrow screens with large text, where a heading may
 * shrink to {@link SMALLEST_HEADING} times the text it heads (its parent's size) and no further: a word wider
 * than its box is reported unless, at that size, it would still be wider than the main column. Such a word
 * needs a soft hyphen; any other means the heading, or the box it sits in, takes too much of the screen.
 * `smallest` is that floor for other text that shrinks the same way ({@link SMALLEST_LEAD} for a lead paragraph).
 */
export async function auditBrokenWords(
  page: Page,
  selector: string,
  {
    evenTooLong = false,
    smallest = SMALLEST_HEADING,
  }: { evenTooLong?: boolean | 'unless-too-long-at-smallest'; smallest?: number } = {},
): Promise<string[]> {
  return page.evaluate(
    ({ sel, evenTooLong, smallest }) => {
      const found: string[] = [];
      const main = document.querySelector('main') ?? document.body;
      const mainStyle = getComputedStyle(main);
      const column =
        main.clientWidth - parseFloat(mainStyle.paddingLeft) - parseFloat(mainStyle.paddingRight);
      for (const el of document.querySelectorAll(sel)) {
        const style = getComputedStyle(el);
        const line = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const size = parseFloat(style.fontSize);
        const floor = smallest * parseFloat(getComputedStyle(el.parentElement ?? el).fontSize);
        /** The word's width had the heading shrunk as far as it may, in the same face. */
        const atSmallest = (width: number) => (width * Math.min(size, floor)) / size;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
            // Set as code, or written like one (capitals joined by hyphens), as in a plain-text link.
            const isCode =
              !!node.parentElement?.closest('.code, .kode') ||
              /^\(?\p{Lu}{2,}(?:-[\p{Lu}\d]+)+\)?\W*$/u.test(word[0]);
            if (!isCode && /[-\u00ad]/.test(word[0])) continue;
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            const pieces = [...range.getClientRects()].filter((r) => r.width > 0);
            if (new Set(pieces.map((r) => Math.round(r.top))).size < 2) continue;
            const needed = pieces.reduce((sum, r) => sum + r.width, 0);
            if (needed <= line)
              found.push(
                `"${word[0]}" i <${el.tagName.toLowerCase()}> er delt over to linjer, men der er plads til det på én (${Math.round(needed)} af ${Math.round(line)} px).`,
              );
            else if (
              evenTooLong === true ||
              (evenTooLong === 'unless-too-long-at-smallest' && atSmallest(needed) <= column)
            )
              found.push(
                `"${word[0]}" i <${el.tagName.toLowerCase()}> er bredere end sin boks (${Math.round(needed)} af ${Math.round(line)} px) og deles midt i ordet.`,
              );
          }
        }
      }
      return found;
    },
    { sel: selector, evenTooLong, smallest },
  );
}
