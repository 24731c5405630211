// The change log as open data (/data/aendringer.json), validated against its schema before it is written.
import { exportChangesSchema, type ExportChanges } from '../../schemas/export-changes.ts';
import type { ChangeEntry } from '../domain/change-log.ts';
import { commitUrl } from './repository.ts';

export function exportChanges(entries: readonly ChangeEntry[], historyIncluded: boolean): ExportChanges {
  return exportChangesSchema.parse({
    historikMedtaget: historyIncluded,
    aendringer: entries.map((e) => ({
      id: e.id,
      dato: e.date,
      type: e.note ? 'note' : 'ændring',
      side: e.kind,
      sideId: e.page,
      titel: e.title,
      gruppe: e.group,
      url: e.path,
      aendringer: e.lines,
      commit: e.commit,
      commitUrl: e.commit ? commitUrl(e.commit) : undefined,
      kilde: e.note?.kilde,
    })),
  });
}
