import { collections, type CollectionName } from '../../schemas/collections.ts';
import type { Problem } from '../lib/problem.ts';
import type { CheckContext } from '../lib/rule.ts';

/**
 * A collection that holds one page's data (the programme, the international comparison) must
 * have exactly that one file: a missing file would leave the page empty, and a second file
 * would be silently ignored by the page.
 */
export function checkSingleEntries(ctx: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const name of Object.keys(collections) as CollectionName[]) {
    const spec = collections[name] as {
      folder: string;
      extension: string;
      label: string;
      singleEntry?: string;
    };
    if (!spec.singleEntry) continue;
    const expected = `content/${spec.folder}/${spec.singleEntry}${spec.extension}`;
    const entries = ctx.raw.filter((e) => e.collection === name);
    if (!entries.some((e) => e.id === spec.singleEntry)) {
      problems.push({
        check: 'enkeltfil',
        file: expected,
        kind: 'enkeltfil-mangler',
        message: `Filen med ${spec.label} mangler: siden bygger på ${expected}.`,
        hint: entries.length
          ? `Omdøb ${entries[0]!.file} til ${expected}.`
          : `Opret ${expected}, eller hent den fra git, hvis den er slettet ved en fejl.`,
      });
    }
    for (const extra of entries.filter((e) => e.id !== spec.singleEntry)) {
      if (!entries.some((e) => e.id === spec.singleEntry)) continue; // already told to rename it
      problems.push({
        check: 'enkeltfil',
        file: extra.file,
        kind: 'enkeltfil-ekstra',
        message: `Mappen content/${spec.folder}/ må kun indeholde én fil, ${spec.singleEntry}${spec.extension}; denne fil bliver ikke vist.`,
        hint: `Flyt indholdet over i ${expected}, og slet ${extra.file}.`,
      });
    }
  }
  return problems;
}
