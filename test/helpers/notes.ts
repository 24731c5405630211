import type { Locator, Page } from '@playwright/test';

/** The note that the first note marker inside `scope` links to (see src/lib/notes.ts). */
export async function noteFor(scope: Locator): Promise<Locator> {
  const href = await scope.locator('a.fn').first().getAttribute('href');
  return scope.page().locator(href!);
}

/** Every note the markers inside `scope` link to. */
export async function notesFor(scope: Locator): Promise<Locator[]> {
  const hrefs = await scope.locator('a.fn').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
  return hrefs.map((h) => scope.page().locator(h));
}

/** The notes of the page ("Kilder og noter"): remarks about figures and sources are there, not in the text. */
export const pageNotes = (page: Page): Locator => page.locator('#kilder-og-noter li');

/** The link in a source note to the document it cites, in the list of sources (/kilder/#<document>). */
export const sourceLink = (note: Locator, document: string): Locator =>
  note.locator(`a[href$="/kilder/#${document}"]`);

/** The number a note marker shows: "4" for "[4]". */
export const markerNumber = async (marker: Locator): Promise<string> =>
  (await marker.textContent())!.replace(/\D/g, '');

/** The note a marker opens in place (src/scripts/note-popover.ts), as a reader's tools find it: "Note 4". */
export const notePopover = async (marker: Locator): Promise<Locator> =>
  marker.page().getByRole('dialog', { name: `Note ${await markerNumber(marker)}`, exact: true });
