// A note opens where it is cited. A marker ("[4]") is a link to its note under "Kilder og noter" at the end
// of the page, and that is where it still leads without JavaScript, without the Popover API, in print and
// with a modifier key (a new tab). Otherwise a click or Enter shows the note in a popover by the marker: on a
// long indication page the list is thousands of pixels away, and a reader checking one figure's source
// should not lose their place. The popover's code (note-popover.ts) loads on the first click, so a page that
// is only read carries this listener alone.

// A type-only import: the module itself is only fetched by the import() on the first click.
import type * as NotePopover from './note-popover.ts';

let popover: typeof NotePopover | undefined;
let pressedOpener: Element | undefined;

/** The note a marker links to, when the marker is this page's own and the note is on it. */
function noteOf(link: HTMLAnchorElement): HTMLElement | undefined {
  if (link.pathname !== location.pathname || !link.hash) return undefined;
  const note = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  return note?.closest('#kilder-og-noter') ? note : undefined;
}

if (typeof HTMLElement.prototype.showPopover === 'function') {
  // Pressing the open note's own marker closes the note (the press is outside the popover, so the browser
  // closes it first); the click that follows must not open it again.
  document.addEventListener(
    'pointerdown',
    (event) => {
      const open = popover?.openedBy();
      pressedOpener = open && (event.target as Element).closest?.('a.fn') === open ? open : undefined;
    },
    true,
  );
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest?.('a.fn');
    if (!(link instanceof HTMLAnchorElement) || link.closest('.note-popover')) return;
    const note = noteOf(link);
    if (!note) return;
    event.preventDefault();
    if (pressedOpener === link) {
      pressedOpener = undefined;
      return;
    }
    import('./note-popover.ts').then(
      (loaded) => (popover = loaded).openNote(link, note),
      // Without the popover (its file could not be fetched) the marker does what its link says.
      () => (location.hash = link.hash),
    );
  });
}
