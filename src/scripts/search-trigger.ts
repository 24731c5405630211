/**
 * The only search code on a content page: it opens search from the header's search link, with "/" and
 * with Ctrl+K (⌘K on a Mac). The search UI and Pagefind load on first use. Without JavaScript the link
 * simply goes to the search page.
 */
const link = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');

function open(event?: Event): void {
  const onSearchPage = document.querySelector<HTMLElement>('[data-search-page]');
  event?.preventDefault();
  if (onSearchPage) {
    onSearchPage.querySelector('input')?.focus();
    return;
  }
  const active = document.activeElement;
  const returnTo = active instanceof HTMLElement && active !== document.body ? active : link;
  import('./search-ui.ts')
    .then((ui) => ui.openSearchDialog(returnTo))
    .catch(() => link && location.assign(link.href));
}

if (link) {
  // With JavaScript the link opens a dialog, so it is announced as a button that does.
  link.setAttribute('role', 'button');
  link.setAttribute('aria-haspopup', 'dialog');
  link.addEventListener('click', open);
  link.addEventListener('keydown', (e) => e.key === ' ' && open(e));
}

document.addEventListener('keydown', (e) => {
  // Inside the open dialog, "/" belongs to Pagefind (it moves focus to the search field).
  if (document.querySelector('.search-dialog dialog[open]')) return;
  const target = e.target as HTMLElement | null;
  if (target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? '')) return;
  const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey;
  const ctrlK = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
  if (slash || ctrlK) open(e);
});
