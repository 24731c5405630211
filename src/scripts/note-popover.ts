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
/** Whether focus was inside the popover as it closed, so that it should go back to the marker. */
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
  document.body.append(el);
  return el;
}

/** The popover's content: the note's own paragraphs, without its links back to the text. */
function fill(el: HTMLElement, note: HTMLElement, number: string) {
  const title = document.createElement('p');
  title.id = `${POPOVER_ID}-title`;
  title.className = 'note-popover__title';
  title.textContent = `Note ${number}`;
  const body = note.cloneNode(true) as HTMLElement;
  body.querySelectorAll('.page-notes__backlinks, [id]').forEach((e) => {
    if (e.classList.contains('page-notes__backlinks')) e.remove();
    else e.removeAttribute('id');
  });
  const actions = document.createElement('p');
  actions.className = 'note-popover__actions';
  const all = document.createElement('a');
  all.href = `#${note.id}`;
  all.textContent = 'Se alle kilder og noter';
  const close = document.createElement('button');
  close.type = 'button';
  close.dataset.noteClose = '';
  close.textContent = 'Luk';
  actions.append(all, close);
  el.replaceChildren(title, ...body.childNodes, actions);
}

/** Beside the marker on a wide screen (below it, or above when there is no room), a bottom sheet on a phone. */
function place(el: HTMLElement, marker: HTMLElement) {
  const sheet = matchMedia(SHEET_QUERY).matches;
  el.classList.toggle('note-popover--sheet', sheet);
  el.style.removeProperty('top');
  el.style.removeProperty('left');
  if (sheet) return;
  const at = marker.getBoundingClientRect();
  const width = el.offsetWidth;
  const height = el.offsetHeight;
  const left = Math.max(GAP, Math.min(at.left, document.documentElement.clientWidth - width - GAP));
  const roomBelow = innerHeight - at.bottom - GAP;
  const top = height > roomBelow && at.top - GAP > roomBelow ? at.top - height - GAP : at.bottom + GAP;
  // In the top layer an absolutely placed box is placed on the page, so it scrolls with the marker.
  el.style.left = `${left + scrollX}px`;
  el.style.top = `${Math.max(GAP, top + scrollY)}px`;
}

/** Shows `note` (an item of the page's notes) by `marker`. */
export function openNote(marker: HTMLAnchorElement, note: HTMLElement): void {
  popover ??= create();
  if (popover.matches(':popover-open')) popover.hidePopover();
  fill(popover, note, marker.textContent?.replace(/\D/g, '') ?? '');
  opener = marker;
  popover.showPopover();
  place(popover, marker);
  popover.focus();
}

/** The marker whose note is open, if any. */
export function openedBy(): HTMLAnchorElement | undefined {
  return popover?.matches(':popover-open') ? opener : undefined;
}
