import { searchFilters, searchOptions } from '../lib/search-options.ts';

/**
 * The search UI: Pagefind's Component UI, loaded from the search bundle the build writes to
 * `<base>pagefind/`. This module is only fetched when a reader opens search, and it fetches
 * Pagefind's script and style only then too.
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
const bundlePath = `${base}pagefind/`;

interface PagefindInstance {
  triggerSearch(term: string): void;
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

/** Adds Pagefind's style and script to the page once, and configures the search before its first use. */
function loadComponentUI(): Promise<PagefindComponents> {
  loading ??= Promise.all([
    addToHead(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${bundlePath}pagefind-component-ui.css` })),
    addToHead(Object.assign(document.createElement('script'), { src: `${bundlePath}pagefind-component-ui.js` })),
  ]).then(() => {
    const components = window.PagefindComponents;
    if (!components) throw new Error('Pagefind Component UI blev hentet, men startede ikke.');
    components.configureInstance('default', { bundlePath, baseUrl: base, ...searchOptions });
    return components;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

function addToHead(el: HTMLLinkElement | HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    el.addEventListener('load', () => resolve(), { once: true });
    el.addEventListener('error', () => reject(new Error(`Kunne ikke hente ${'src' in el ? el.src : el.href}`)), { once: true });
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

function searchParts(): { input: HTMLElement; body: HTMLElement[] } {
  // A template is inert text for Pagefind to read; it is never run as a script.
  const template = el('script', { type: 'text/pagefind-template' });
  template.textContent = resultTemplate;
  return {
    input: el('pagefind-input', { placeholder: 'Søg fx leukæmi, WGS eller arvelig kræft' }),
    body: [
      el(
        'div',
        { class: 'search-filters', role: 'group', 'aria-label': 'Afgræns søgningen' },
        searchFilters.map(({ filter, label }) => {
          const dropdown = el('pagefind-filter-dropdown', { filter, label });
          nameFilterButton(dropdown, label);
          return dropdown;
        }),
      ),
      el('pagefind-summary'),
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
    const close = el('button', { type: 'button', class: 'search-dialog__close' }, [document.createTextNode('Luk')]);
    close.addEventListener('click', () => modal?.close());
    modal = el('pagefind-modal', {}, [
      el('div', { class: 'pf-modal-header' }, [el('div', { class: 'pf-modal-header-content' }, [input]), close]),
      el('pagefind-modal-body', {}, body),
      el('pagefind-modal-footer', {}, [el('pagefind-keyboard-hints')]),
    ]) as PagefindModal;
    modal.classList.add('search-dialog');
    document.body.append(modal);
    await customElements.whenDefined('pagefind-modal');
  }
  const dialog = modal.querySelector('dialog');
  if (dialog?.open) return;
  dialog?.addEventListener('close', () => returnTo?.focus(), { once: true });
  modal.open();
}

/** Builds the search on the search page, in `container`, and searches for `?q=` if the address has it. */
export async function mountSearchPage(container: HTMLElement): Promise<void> {
  const components = await loadComponentUI();
  const { input, body } = searchParts();
  input.setAttribute('autofocus', '');
  container.append(input, ...body);
  const term = new URLSearchParams(location.search).get('q')?.trim();
  if (term) components.configureInstance('default', {}).triggerSearch(term);
}
