import { searchTermsSchema, type SearchTerms } from '../../schemas/search-terms.ts';
import { readContent, type RawEntry } from '../../scripts/lib/content.ts';
import { toSearchTerms, type SearchTerm } from '../lib/search-keywords.ts';

/**
 * The search terms of content/soegeord/, read the same way wherever pages are matched against them, so that
 * a term's index means the same term on every thread: each file with its data, and the terms for matching.
 */
export function readSearchTerms(root: string): {
  files: { entry: RawEntry; data: SearchTerms }[];
  terms: SearchTerm[];
} {
  const files = readContent(root, ['soegeord']).map((entry) => ({
    entry,
    data: searchTermsSchema.parse(entry.data),
  }));
  return { files, terms: toSearchTerms(files.map(({ entry, data }) => ({ file: entry.file, data }))) };
}
