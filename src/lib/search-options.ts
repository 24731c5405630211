import { filterNames } from './search-facets.ts';

/**
 * How search ranks and shows results. The UI and the search-quality tests both use this, so what the
 * tests measure is what readers get.
 */
export const searchOptions = {
  excerptLength: 24,
  ranking: {
    // Title matches count most (Pagefind's default is 5), then the words from content/soegeord/ for terms
    // a page is about (emneord), then those for terms it only mentions (soegeord). On a page for patients
    // the everyday words of its terms (hverdagsord) count as much as a title, so that words from everyday
    // speech lead to the patients' page and clinical words to the clinicians' page. (Weights tuned on the
    // query set in test/e2e/search-queries.yaml; see its mean reciprocal rank in README.)
    // The group name stored on every page of a group counts little. A page's subject (emne: a group's name
    // on the group's page, the subject of the site on the front page) puts the page above the pages that
    // share its words.
    metaWeights: {
      title: 6,
      emneord: 5,
      hverdagsord: 6,
      soegeord: 1,
      emne: 2,
      gruppe: 0.5,
      maalgruppe: 0,
      sidetype: 0,
    },
  },
};

/** Filters offered in the search UI, with their Danish labels. */
export const searchFilters = [
  { filter: filterNames.gruppe, label: 'Patientgruppe' },
  { filter: filterNames.maalgruppe, label: 'Målgruppe' },
  { filter: filterNames.sidetype, label: 'Sidetype' },
];
