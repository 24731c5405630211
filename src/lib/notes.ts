/**
 * Citations as notes. Components register a source (and any remark about it) for the page being
 * rendered and write a placeholder marker in the text; once the whole page is rendered, placeNotes
 * numbers the markers in reading order and writes the "Kilder og noter" section at the end of the page.
 *
 * Numbering happens on the finished HTML rather than while rendering because Astro renders sibling
 * components concurrently: the order in which components run is not the order of the text.
 */
import type { SourceRef } from '../../schemas/source-ref.ts';

export interface PageNote {
  key: string;
  ref?: SourceRef;
  /** Remarks about the source, as HTML (label included), in the order they were registered. */
  remarks: string[];
}

/** What placeNotes needs to know about a source document. */
export interface SourceInfo {
  titel: string;
  aar: string;
  href: string;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => escapes[c]!);

/** A short stable key (FNV-1a): the same place in the same document gives the same note. */
function keyOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The notes of one page. One note per place in a source, however many figures cite it. */
export class NoteRegistry {
  readonly #notes = new Map<string, PageNote>();

  /** Registers a citation and/or a remark; returns the key the marker carries. */
  add(ref: SourceRef | undefined, remarkHtml?: string): string {
    const key = ref ? keyOf(`${ref.dokument}\u0000${ref.sted}`) : keyOf(`remark\u0000${remarkHtml ?? ''}`);
    const note = this.#notes.get(key) ?? { key, ref, remarks: [] };
    if (remarkHtml && !note.remarks.includes(remarkHtml)) note.remarks.push(remarkHtml);
    this.#notes.set(key, note);
    return key;
  }

  get(key: string): PageNote | undefined {
    return this.#notes.get(key);
  }

  get size(): number {
    return this.#notes.size;
  }
}

/** The registry of the page being rendered; the middleware puts one on every request. */
export function notesOf(locals: App.Locals): NoteRegistry {
  locals.notes ??= new NoteRegistry();
  return locals.notes;
}

/** The placeholder a component writes; placeNotes replaces it. Kept in one place so both sides agree. */
export const markerHtml = (key: string) => `<a class="fn" data-fn="${key}" href="#kilder-og-noter">note</a>`;
const markerPattern = /<a class="fn" data-fn="([a-z0-9]+)" href="#kilder-og-noter">note<\/a>/g;
/**
 * Markers standing between blocks, right after a paragraph or a list: a citation on a line of its own in MDX
 * is a block to MDX, and so is one after a component's last paragraph. Bare on a line ("[6] [7] [8]" under a
 * list) a reader could not tell what they were; moved into the last paragraph or list item they would seem
 * to cite only that, when an editor put them after the block to cite all of it. So they get a line of their
 * own that says what they are.
 */
const strayMarkers = new RegExp(
  `(</li>\\s*</[ou]l>|</p>)((?:\\s*${markerPattern.source.replace('([a-z0-9]+)', '[a-z0-9]+')})+)`,
  'g',
);
const keyPattern = new RegExp(markerPattern.source, 'g');
/** "Kilde:" for sources, "Note:" for remarks, both when the markers mix them; plural for more than one. */
function lineLabel(keys: string[], registry: NoteRegistry): string {
  const cited = keys.map((k) => Boolean(registry.get(k)?.ref));
  if (cited.every(Boolean)) return keys.length === 1 ? 'Kilde' : 'Kilder';
  if (!cited.some(Boolean)) return keys.length === 1 ? 'Note' : 'Noter';
  return 'Kilder og noter';
}
const labelled = (html: string, registry: NoteRegistry) =>
  html.replace(strayMarkers, (_, close: string, markers: string) => {
    const keys = [...markers.matchAll(keyPattern)].map((m) => m[1]!);
    return `${close}<p class="fn-line" data-pagefind-ignore>${lineLabel(keys, registry)}: ${markers.trim().replace(/\s+</g, ' <')}</p>`;
  });
/** Where the notes section goes (written by the layout). */
export const NOTES_SLOT = '<div data-notes-here></div>';
export const NOTES_HEADING = 'Kilder og noter';

function sourceHtml(ref: SourceRef, sources: ReadonlyMap<string, SourceInfo>): string {
  const s = sources.get(ref.dokument);
  // The reader gets the document's title, linked to its entry in the list of sources; the file an editor
  // traces it to is named there, not in every note.
  return s
    ? `<a href="${escapeHtml(s.href)}">${escapeHtml(s.titel)}</a> (${escapeHtml(s.aar)}), ${escapeHtml(ref.sted)}.`
    : `${escapeHtml(ref.dokument)}, ${escapeHtml(ref.sted)}.`;
}

/**
 * Numbers the markers of a rendered page in reading order, links each to its note and back, and
 * writes the notes section in place of NOTES_SLOT (or removes the slot when the page cites nothing).
 */
export function placeNotes(
  html: string,
  registry: NoteRegistry,
  sources: ReadonlyMap<string, SourceInfo>,
): string {
  const numbers = new Map<string, number>();
  const uses: number[] = [];
  const numbered = labelled(html, registry).replace(markerPattern, (whole, key: string) => {
    const note = registry.get(key);
    if (!note) return whole;
    let n = numbers.get(key);
    if (n === undefined) {
      n = numbers.size + 1;
      numbers.set(key, n);
      uses[n] = 0;
    }
    const use = (uses[n] = (uses[n] ?? 0) + 1);
    // No tooltip: a click opens the note by the marker (src/scripts/note-marker.ts), and a tooltip repeated it
    // on hover and made screen readers read the whole note as the marker's description.
    return `<a class="fn" id="fn-${n}-${use}" href="#note-${n}" data-pagefind-ignore><span class="visually-hidden">Note </span>${n}</a>`;
  });
  const slot = numbered.indexOf(NOTES_SLOT);
  if (slot === -1) return numbered;
  if (numbers.size === 0) return numbered.replace(NOTES_SLOT, '');
  const items = [...numbers.entries()].map(([key, n]) => {
    const note = registry.get(key)!;
    const count = uses[n] ?? 1;
    const back =
      count === 1
        ? `<a href="#fn-${n}-1" class="page-notes__back"><span aria-hidden="true">↑</span> Tilbage til teksten<span class="visually-hidden"> ved note ${n}</span></a>`
        : `Tilbage til teksten: ${Array.from({ length: count }, (_, i) => `<a href="#fn-${n}-${i + 1}" class="page-notes__back"><span class="visually-hidden">note ${n}, sted </span>${i + 1}</a>`).join(' ')}`;
    const source = note.ref ? `<p class="page-notes__source">${sourceHtml(note.ref, sources)}</p>` : '';
    const remarks = note.remarks.map((r) => `<p class="page-notes__remark">${r}</p>`).join('');
    return `<li id="note-${n}">${source}${remarks}<p class="page-notes__backlinks">${back}</p></li>`;
  });
  const section =
    `<section class="page-notes" id="kilder-og-noter" aria-labelledby="kilder-og-noter-overskrift" data-pagefind-ignore>` +
    `<h2 id="kilder-og-noter-overskrift">${NOTES_HEADING}</h2><ol class="page-notes__list">${items.join('')}</ol></section>`;
  return numbered.replace(NOTES_SLOT, section);
}
