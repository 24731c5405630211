// The popover a note opens in (src/scripts/note-marker.ts decides when, and loads this on first use). Escape
// or a click outside closes it (the browser's own light dismiss), and focus goes back to the marker. The
// popover copies the note from "Kilder og noter", so each note has one text.

const POPOVER_ID = 'note-popover';
/** Below this width (the layout's phone breakpoint) the note is a sheet along the bottom of the screen. */
const SHEET_QUERY = '(max-width: 47.99rem)';
/** Space between the marker and the popover, and between the popover and the window's edge, in px. */
const GAP = 8;

let popover: HTMLElement | undefined;
let opener: HTMLAnchorElement | undefined;
/** Whether focus should go back to the marker as the popover closes: it was inside the popover. */
let focusInside = false;

function create(): HTMLElement {
  const el = document.createElement('div');
  el.id = POPOVER_ID;
  el.className = 'note-popover';
  el.popover = 'auto';
  el.tabIndex = -1;
  el.setAttribute('role', 'dialog');
  el.setAttribute('aria-labelledby', `${POPOVER_ID}-title`);
  el.addEventListener('beforetoggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') focusInside = el.contains(document.activeElement);
  });
  el.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    const back = opener;
    opener = undefined;
    if (back && focusInside) back.focus();
  });
  el.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target.closest('[data-note-close]')) el.hidePopover();
    else if (target.closest('a')) {
      // A link leaves the note for somewhere else; focus goes where the link leads, not back to the marker.
      opener = undefined;
      el.hidePopover();
    }
  });
  el.addEventListener('keydown', (event) => tabOut(el, event));
  document.body.append(el);
  return el;
}

/**
 * The note sits in the page's reading order right after its marker, though the popover itself is at the end
 * of the document: Shift+Tab from its start goes back to the marker, and Tab from its end on to what follows
 * the marker. Otherwise Tab left the note for the browser's own controls, and Shift+Tab for the page's footer.
 */
function tabOut(el: HTMLElement, event: KeyboardEvent) {
  const marker = opener;
  if (event.key !== 'Tab' || !marker) return;
  const stops = [...el.querySelectorAll<HTMLElement>('a[href], button')];
  const active = document.activeElement;
  const atStart = active === el || active === stops[0];
  const atEnd = active === stops.at(-1);
  if (event.shiftKey ? !atStart : !atEnd) return;
  focusInside = false;
  opener = undefined;
  el.hidePopover();
  marker.focus();
  // Back: stay on the marker. On: the browser's own Tab now moves from the marker to what follows it.
  if (event.shiftKey) event.preventDefault();
}

/** The popover's content: a title with the close button, the note's own paragraphs, and the way to the list. */
function fill(el: HTMLElement, note: HTMLElement, number: string) {
  const header = document.createElement('div');
  header.className = 'note-popover__header';
  const title = document.createElement('p');
  title.id = `${POPOVER_ID}-title`;
  title.className = 'note-popover__title';
  title.textContent = `Note ${number}`;
  const close = document.createElement('button');
  close.type = 'button';
  close.dataset.noteClose = '';
  close.textContent = 'Luk';
  header.append(title, close);
  const body = note.cloneNode(true) as HTMLElement;
  body.querySelectorAll('.page-notes__backlinks').forEach((e) => e.remove());
  body.querySelectorAll('[id]').forEach((e) => e.removeAttribute('id'));
  // In the list the heading says these are sources; alone, the note says it.
  const source = body.querySelector('.page-notes__source');
  if (source) source.prepend(Object.assign(document.createElement('strong'), { textContent: 'Kilde: ' }));
  const all = document.createElement('a');
  all.href = `#${note.id}`;
  all.textContent = 'Se alle kilder og noter';
  const actions = document.createElement('p');
  actions.className = 'note-popover__actions';
  actions.append(all);
  el.replaceChildren(header, ...body.childNodes, actions);
}

/** Scrolls the page down by up to `by` px, as far as it can; returns how far it went. */
function scrollDown(by: number): number {
  const before = scrollY;
  scrollBy({ top: by, behavior: 'instant' });
  return scrollY - before;
}

/**
 * Below the marker on a wide screen, a sheet along the bottom on a phone. When the note does not fit below
 * the marker (or the sheet would cover it), the page moves up so it does, and the sentence the reader was
 * at stays in view; only at the end of a page does the note go above the marker instead.
 */
function place(el: HTMLElement, marker: HTMLElement) {
  const sheet = matchMedia(SHEET_QUERY).matches;
  el.classList.toggle('note-popover--sheet', sheet);
  el.style.removeProperty('top');
  el.style.removeProperty('left');
  if (sheet) {
    const covered = marker.getBoundingClientRect().bottom - (innerHeight - el.offsetHeight - GAP);
    if (covered > 0) scrollDown(covered);
    return;
  }
  const height = el.offsetHeight;
  let at = marker.getBoundingClientRect();
  const short = Math.ceil(height - (innerHeight - at.bottom - 2 * GAP));
  // Never so far that the marker's own line leaves the top of the window.
  if (short > 0 && scrollDown(Math.min(short, at.top - GAP)) > 0) at = marker.getBoundingClientRect();
  const width = el.offsetWidth;
  const left = Math.max(GAP, Math.min(at.left, document.documentElement.clientWidth - width - GAP));
  // A pixel's leeway: the scroll above moves by whole pixels, the boxes are measured in fractions of one.
  const fitsBelow = height <= innerHeight - at.bottom - 2 * GAP + 1;
  const top = !fitsBelow && at.top - height - GAP > GAP ? at.top - height - GAP : at.bottom + GAP;
  // In the top layer an absolutely placed box is placed on the page, so it scrolls with the marker.
  el.style.left = `${left + scrollX}px`;
  el.style.top = `${top + scrollY}px`;
}

/** The size of the text the marker is in (never below the page's own), so the note reads as the text does. */
function textSize(marker: HTMLElement): string {
  const block = marker.closest('p, li, dd, td, th, figcaption, blockquote') ?? marker.parentElement;
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const own = block ? parseFloat(getComputedStyle(block).fontSize) : root;
  return `${Math.max(root, own)}px`;
}

/** Shows `note` (an item of the page's notes) by `marker`. */
export function openNote(marker: HTMLAnchorElement, note: HTMLElement): void {
  popover ??= create();
  if (popover.matches(':popover-open')) popover.hidePopover();
  fill(popover, note, marker.textContent?.replace(/\D/g, '') ?? '');
  popover.style.fontSize = textSize(marker);
  opener = marker;
  popover.showPopover();
  place(popover, marker);
  popover.focus({ preventScroll: true });
}

/** The marker whose note is open, if any. */
export function openedBy(): HTMLAnchorElement | undefined {
  return popover?.matches(':popover-open') ? opener : undefined;
}
