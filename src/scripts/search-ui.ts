import { audiences, filterNames, isPatientPath, KEYWORDS_META } from '../lib/search-facets.ts';
import { searchFilters, searchOptions } from '../lib/search-options.ts';
import {
  heldWords,
  inStableOrder,
  isEverydayQuery,
  ORDER_FILE,
  preferredFirst,
  type LoadedResult,
} from '../lib/search-ranking.ts';

/**
 * The search UI: Pagefind's Component UI, loaded from the search bundle the build writes to
 * `<base>pagefind/`. This module is only fetched when a reader opens search, and it fetches
 * Pagefind's script and style only then too.
 */
const base = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;
const bundlePath = `${base}pagefind/`;

type Filters = Record<string, unknown>;
interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<{ content: string; locations: number[]; meta: Record<string, string | undefined> }>;
}
interface PagefindResponse {
  results: PagefindHit[];
  [key: string]: unknown;
}
/** Pagefind's own search object, which the Component UI keeps (not a documented API: see `adjustSearch`). */
interface PagefindSearch {
  search(term: string | null, options?: { filters?: Filters; sort?: unknown }): Promise<PagefindResponse>;
}
interface PagefindInstance {
  triggerSearch(term: string): void;
  setTranslations(strings: Record<string, string>): void;
  on(event: 'results', callback: (response: PagefindResponse) => void): void;
  __pagefind__?: PagefindSearch | null;
}
interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}
interface PagefindModal extends HTMLElement {
  open(): void;
  close(): void;
}
declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

let loading: Promise<PagefindComponents> | undefined;
let searchInstance: PagefindInstance | undefined;

/** The site path of the page the reader searches from, without the base path: "/patienter/x/". */
const currentPath = () => `/${location.pathname.slice(base.length).replace(/^\/+/, '')}`;

/** Adds Pagefind's style and script to the page once, and configures the search before its first use. */
function loadComponentUI(): Promise<PagefindComponents> {
  loading ??= Promise.all([
    addToHead(
      Object.assign(document.createElement('link'), {
        rel: 'stylesheet',
        href: `${bundlePath}pagefind-component-ui.css`,
      }),
    ),
    addToHead(
      Object.assign(document.createElement('script'), { src: `${bundlePath}pagefind-component-ui.js` }),
    ),
  ]).then(() => {
    const components = window.PagefindComponents;
    if (!components) throw new Error('Pagefind Component UI blev hentet, men startede ikke.');
    const instance = components.configureInstance('default', { bundlePath, baseUrl: base, ...searchOptions });
    adjustSearch(instance, { patientsFirst: isPatientPath(currentPath()) });
    searchInstance = instance;
    return components;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Subject words of the last search that no page holds; the notice above the results names them. */
let missingWords: string[] = [];

/**
 * Four things Pagefind cannot be told, added around its search function once it has loaded:
 * - Results it scores the same come in the same order wherever the site was built (see inStableOrder).
 * - Searching from a page for patients, the pages for patients come first (unless the reader chose an
 *   audience). The same search with the audience filter tells which results those are.
 * - A search made of a page's everyday words (`hverdagsord` in the search-term lists) puts that page for
 *   patients first, wherever the reader searches from (unless the reader chose an audience). The index
 *   weighs these words already, but a short page for clinicians whose title holds the same words can
 *   still rank above a long page for patients; no ranking weight of Pagefind's separates the two.
 * - A word that no page holds finds nothing, instead of what Pagefind finds for the start of the word
 *   (see search-ranking.ts); the reader is told which words the site does not cover.
 * The Component UI keeps Pagefind's search object in `__pagefind__` and has no hook for any of them, so this
 * wraps its `search`. The browser tests of search ranking fail if a Pagefind update changes that.
 */
function adjustSearch(instance: PagefindInstance, { patientsFirst }: { patientsFirst: boolean }): void {
  // Wrap Pagefind's search the moment the Component UI stores it, before its first search can run.
  let stored: PagefindSearch | null | undefined = instance.__pagefind__;
  Object.defineProperty(instance, '__pagefind__', {
    configurable: true,
    get: () => stored,
    set: (pagefind: PagefindSearch | null | undefined) => {
      stored = pagefind;
      if (pagefind && typeof pagefind.search === 'function') wrapSearch(pagefind, patientsFirst);
    },
  });
  instance.on('results', (response) => void showNotice(response.results.length));
}

function wrapSearch(pagefind: PagefindSearch, patientsFirst: boolean): void {
  const unordered = pagefind.search.bind(pagefind);
  const search: typeof unordered = async (term, options) => {
    const [response, order] = await Promise.all([unordered(term, options), pageOrder()]);
    return { ...response, results: inStableOrder(response.results, order) };
  };
  pagefind.search = async (term, options = {}) => {
    const response = await search(term, options);
    missingWords = [];
    if (!term?.trim() || !response.results.length) return response;
    // Every result holds every word the index has (Pagefind wants them all), so the first few tell.
    const loaded: LoadedResult[] = await Promise.all(
      response.results.slice(0, 3).map(async (hit) => {
        const data = await hit.data();
        const words = data.content.split(/\s+/);
        return { matchedWords: data.locations.map((i) => words[i] ?? ''), meta: data.meta };
      }),
    );
    const { held, missing } = heldWords(term, loaded);
    missingWords = missing;
    if (!held.length && missing.length) return { ...response, results: [] };
    if (options.filters?.[filterNames.maalgruppe]) return response;
    // Pages for patients only; pages for everyone (the glossary, the front page) keep their place.
    const forPatients = await search(term, {
      ...options,
      filters: { ...options.filters, [filterNames.maalgruppe]: { none: [audiences.fagpersoner] } },
    });
    let results = patientsFirst ? preferredFirst(response.results, forPatients.results) : response.results;
    // Everyday words lead to the best page for patients that lists them, wherever the reader searches from.
    const candidates = forPatients.results.slice(0, 3);
    const everyday = await Promise.all(
      candidates.map(async (hit) => (await hit.data()).meta[KEYWORDS_META.everyday]),
    );
    const answer = candidates.find((_, i) => isEverydayQuery(term, everyday[i]));
    if (answer) results = preferredFirst(results, [answer]);
    return { ...response, results };
  };
}

let order: Promise<Map<string, number>> | undefined;

/** The pages' ids in the order of their addresses, from the search bundle; none when it cannot be read. */
function pageOrder(): Promise<Map<string, number>> {
  order ??= fetch(`${bundlePath}${ORDER_FILE}`)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .then((ids) => new Map(ids.map((id, i) => [id, i])))
    .catch(() => new Map());
  return order;
}

let helpTemplate: Promise<HTMLTemplateElement | null> | undefined;

/** The "what this site covers" help, from the search page (it is there already, or fetched once from it). */
function searchHelp(): Promise<HTMLTemplateElement | null> {
  helpTemplate ??= (async () => {
    const here = document.querySelector<HTMLTemplateElement>('template[data-search-help]');
    if (here) return here;
    const html = await (await fetch(`${base}soeg/`)).text();
    const template = new DOMParser()
      .parseFromString(html, 'text/html')
      .querySelector<HTMLTemplateElement>('template[data-search-help]');
    // Its note references point into the search page's notes: here "#note-1" would open this page's own
    // first note, another source, and the reference's id could clash with one of this page's.
    for (const link of template?.content.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? []) {
      link.setAttribute('href', `${base}soeg/${link.getAttribute('href')}`);
      link.removeAttribute('id');
    }
    return template;
  })().catch(() => null);
  return helpTemplate;
}

/** Above the results: which words no page holds, and with no results at all, what the site covers. */
async function showNotice(count: number): Promise<void> {
  const missing = missingWords;
  const help = count === 0 || missing.length ? await searchHelp() : null;
  for (const notice of document.querySelectorAll<HTMLElement>('[data-search-notice]')) {
    notice.replaceChildren();
    if (missing.length && count > 0) {
      notice.append(
        el('p', { class: 'search-notice__missing' }, [
          document.createTextNode(
            `Ingen sider nævner ${missing.map((w) => `»${w}«`).join(' eller ')}. Resultaterne nedenfor passer på resten af søgningen.`,
          ),
        ]),
      );
    }
    if (count === 0 && help) notice.append(help.content.cloneNode(true));
  }
}

function addToHead(el: HTMLLinkElement | HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    el.addEventListener('load', () => resolve(), { once: true });
    el.addEventListener(
      'error',
      () => reject(new Error(`Kunne ikke hente ${'src' in el ? el.src : el.href}`)),
      { once: true },
    );
    document.head.append(el);
  });
}

function el(tag: string, attrs: Record<string, string> = {}, children: Node[] = []): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/**
 * Each result names its patient group (if any), its audience and its kind of page, so a parent can tell
 * a page for patients from a page for clinicians before opening it.
 */
const resultTemplate = `
<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
      <p class="search-result__facets">{{#if meta.gruppe}}<span class="search-result__group">{{ meta.gruppe }}</span> · {{/if}}<span class="search-result__audience">{{ meta.maalgruppe }}</span>{{#if meta.sidetype}} · <span class="search-result__kind">{{ meta.sidetype }}</span>{{/if}}</p>
      {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
  {{#if sub_results}}
  <ul class="pf-heading-chips">
    {{#each sub_results as sub}}
    <li class="pf-heading-chip"><a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a><p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p></li>
    {{/each}}
  </ul>
  {{/if}}
</li>`;

/**
 * Pagefind 1.6 renders each filter as a button with role="combobox" but without an accessible name (a
 * combobox does not take its name from its text), so screen readers announce an unnamed control. Name
 * it after its label, again whenever the component renders it anew.
 */
function nameFilterButton(dropdown: HTMLElement, label: string): void {
  const apply = () => {
    const trigger = dropdown.querySelector('.pf-dropdown-trigger');
    if (trigger && trigger.getAttribute('aria-label') !== label) trigger.setAttribute('aria-label', label);
  };
  new MutationObserver(apply).observe(dropdown, { childList: true, subtree: true });
  apply();
}

/**
 * The filters, folded on a phone so that the first results are in view without scrolling past them,
 * and open where there is room.
 */
function filterPanel(): HTMLElement {
  const panel = el('details', { class: 'search-filters' }, [
    el('summary', { class: 'search-filters__toggle' }, [document.createTextNode('Afgræns søgningen')]),
    el(
      'div',
      { class: 'search-filters__list', role: 'group', 'aria-label': 'Afgræns søgningen' },
      searchFilters.map(({ filter, label }) => {
        const dropdown = el('pagefind-filter-dropdown', { filter, label });
        nameFilterButton(dropdown, label);
        return dropdown;
      }),
    ),
  ]) as HTMLDetailsElement;
  panel.open = matchMedia('(min-width: 48em)').matches;
  return panel;
}

function searchParts(): { input: HTMLElement; body: HTMLElement[] } {
  // A template is inert text for Pagefind to read; it is never run as a script.
  const template = el('script', { type: 'text/pagefind-template' });
  template.textContent = resultTemplate;
  return {
    input: el('pagefind-input', { placeholder: 'Søg fx leukæmi, WGS eller arvelig kræft' }),
    body: [
      el('pagefind-summary'),
      filterPanel(),
      el('div', { class: 'search-notice', 'data-search-notice': '' }),
      el('pagefind-results', { 'max-sub-results': '2' }, [template]),
    ],
  };
}

let modal: PagefindModal | undefined;

/** Opens the search dialog; focus returns to `returnTo` when it closes. */
export async function openSearchDialog(returnTo?: HTMLElement | null): Promise<void> {
  await loadComponentUI();
  if (!modal) {
    const { input, body } = searchParts();
    // Our own header instead of <pagefind-modal-header>: the modal moves its children into its dialog,
    // and the header component, set up again after the move, then shows two close buttons. Ours also
    // keeps a visible, labelled close button at every screen width.
    const close = el('button', { type: 'button', class: 'search-dialog__close' }, [
      document.createTextNode('Luk'),
    ]);
    close.addEventListener('click', () => modal?.close());
    modal = el('pagefind-modal', {}, [
      el('div', { class: 'pf-modal-header' }, [
        el('div', { class: 'pf-modal-header-content' }, [input]),
        close,
      ]),
      el('pagefind-modal-body', {}, body),
      el('pagefind-modal-footer', {}, [el('pagefind-keyboard-hints')]),
    ]) as PagefindModal;
    modal.classList.add('search-dialog');
    // Pagefind's hint says Escape clears the field ("esc ryd"), as it does on the search page; in the dialog
    // Escape closes it, and the search is kept for the next time it opens.
    searchInstance?.setTranslations({ keyboard_clear: 'luk' });
    document.body.append(modal);
    await customElements.whenDefined('pagefind-modal');
  }
  const dialog = modal.querySelector('dialog');
  if (dialog?.open) return;
  dialog?.addEventListener('close', () => returnTo?.focus(), { once: true });
  modal.open();
  // The last search stays in the field, selected: typing starts a new search instead of adding to it
  // ("trio" and then "hudbiopsi" searched for "triohudbiopsi"), and Enter or an arrow key keeps it.
  const field = modal.querySelector<HTMLInputElement>('pagefind-input input');
  if (field?.value) requestAnimationFrame(() => field.select());
}

/** Builds the search on the search page, in `container`, and searches for `?q=` if the address has it. */
export async function mountSearchPage(container: HTMLElement): Promise<void> {
  await loadComponentUI();
  const { input, body } = searchParts();
  input.setAttribute('autofocus', '');
  container.append(input, ...body);
  const term = new URLSearchParams(location.search).get('q')?.trim();
  if (!term) return;
  // Search as if the reader had typed the words: the field's own search then cannot overtake this one
  // (with the index already loaded, a search started from here could be dropped for the field's empty one).
  await customElements.whenDefined('pagefind-input');
  const field = input.querySelector('input');
  if (!field) return searchInstance?.triggerSearch(term);
  field.value = term;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
