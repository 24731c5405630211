/**
 * What the search index knows about a page besides its text: its patient group, its audience and its
 * kind. They become Pagefind filters (to narrow the results) and metadata (shown with each result).
 * The values are Danish because the filter lists show them as they are.
 */
export const audiences = {
  fagpersoner: 'Fagpersoner',
  patienter: 'Patienter og pårørende',
} as const;

export const pageKinds = {
  gruppe: 'Patientgruppe',
  indikation: 'Indikation',
  patientside: 'Side for patienter',
  kilde: 'Kilder',
  oversigt: 'Oversigt',
  om: 'Om sitet',
} as const;

export type Audience = keyof typeof audiences;
export type PageKind = keyof typeof pageKinds;

export interface SearchFacets {
  /** The patient group's name, for pages that belong to one group. */
  gruppe?: string;
  /**
   * What the page itself is about, for the page that is the answer to a search for it: a group's name
   * on the group's page. Search weighs it above the same words on pages that only use them.
   */
  emne?: string;
  maalgruppe: readonly Audience[];
  sidetype: PageKind;
}

/**
 * Metadata keys for a page's extra search words: terms the page is about, terms it mentions, and on a
 * page for patients the everyday words of the terms it uses.
 */
export const KEYWORDS_META = { about: 'emneord', mentions: 'soegeord', everyday: 'hverdagsord' } as const;

/** Filter names as the index stores them; the UI's dropdowns refer to them. */
export const filterNames = { gruppe: 'gruppe', maalgruppe: 'målgruppe', sidetype: 'sidetype' } as const;

/** "For fagpersoner", "For patienter og pårørende" or "For alle": the audience line of a result. */
export function audienceLabel(list: readonly Audience[]): string {
  if (list.length !== 1) return 'For alle';
  return list[0] === 'fagpersoner' ? 'For fagpersoner' : 'For patienter og pårørende';
}

/** Pages for patients and relatives live under /patienter/ (path without base path). */
export const isPatientPath = (path: string): boolean => /^\/patienter\//.test(path);

export interface FacetLookup {
  /** A group's name from its slug. */
  groupName: (slug: string) => string | undefined;
  /** The slug of an indication's group from the indication's code. */
  groupOfIndication: (code: string) => string | undefined;
}

/**
 * The facets of a page from its path (without base path), so that pages added later (patient pages
 * under /patienter/<gruppe>/, say) are filed correctly without each page having to say so.
 * A page can still pass its own facets to the layout.
 */
export function facetsForPath(path: string, lookup: FacetLookup): SearchFacets {
  const [section, id] = path.split('/').filter(Boolean);
  const group = (slug: string | undefined) => (slug ? lookup.groupName(slug) : undefined);
  switch (section) {
    case undefined:
      return { maalgruppe: ['fagpersoner', 'patienter'], sidetype: 'oversigt' };
    case 'grupper':
      return id
        ? { gruppe: group(id), emne: group(id), maalgruppe: ['fagpersoner'], sidetype: 'gruppe' }
        : { maalgruppe: ['fagpersoner'], sidetype: 'oversigt' };
    case 'indikationer':
      return id
        ? { gruppe: group(lookup.groupOfIndication(id)), maalgruppe: ['fagpersoner'], sidetype: 'indikation' }
        : { maalgruppe: ['fagpersoner'], sidetype: 'oversigt' };
    case 'patienter':
      return id
        ? { gruppe: group(id), maalgruppe: ['patienter'], sidetype: 'patientside' }
        : { maalgruppe: ['patienter'], sidetype: 'oversigt' };
    case 'kilder':
      return { maalgruppe: ['fagpersoner'], sidetype: 'kilde' };
    default:
      return { maalgruppe: ['fagpersoner', 'patienter'], sidetype: 'om' };
  }
}
