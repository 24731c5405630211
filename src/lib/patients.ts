import { getCollection, type CollectionEntry } from 'astro:content';
import { componentUses } from '../domain/mdx-text.ts';
import { contentCanChange, readOnce } from './read-once.ts';

export type PatientPageEntry = CollectionEntry<'patienter'>;
export type GlossaryEntry = CollectionEntry<'ordliste'>;

/** Pages for patients in the order editors chose (`raekkefoelge`), then by title. */
export async function getPatientPages(): Promise<PatientPageEntry[]> {
  const pages = await getCollection('patienter');
  return pages.sort(
    (a, b) => a.data.raekkefoelge - b.data.raekkefoelge || a.data.titel.localeCompare(b.data.titel, 'da'),
  );
}

/** The patient page of a group, for the link from the clinician page back to plain Danish. */
export async function getPatientPageFor(groupSlug: string): Promise<PatientPageEntry | undefined> {
  return (await patientPages()).find((p) => p.data.gruppe === groupSlug);
}

// Every group page looks its patient page up, so the list is read once per build (./read-once.ts).
const patientPages = readOnce(() => getCollection('patienter'), contentCanChange);

/** Glossary terms sorted as a Danish reader expects (æ, ø, å last). */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  return (await getCollection('ordliste')).sort((a, b) =>
    a.data.term.localeCompare(b.data.term, 'da', { sensitivity: 'base' }),
  );
}

/** The glossary terms a page links to with <Term>, in glossary order. */
export async function termsUsedIn(body: string | undefined): Promise<GlossaryEntry[]> {
  const ids = new Set(componentUses(body ?? '', ['Term']).map((u) => u.attributes.id));
  return (await getGlossary()).filter((t) => ids.has(t.id));
}
