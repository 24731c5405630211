// The change log of the site being built, read once per build and shared by every page, the feed and the export.
import { getGroups, getIndications } from './content.ts';
import { readContentChanges } from './content-history.ts';
import { pendingHistory } from './pending-history.ts';
import { buildChangeLog, type ChangeEntry, type ChangePage } from '../domain/change-log.ts';

export interface SiteChangeLog {
  /** False when the build has no git history (a shallow clone, a copy outside git): only editors' notes then. */
  historyIncluded: boolean;
  entries: ChangeEntry[];
}

let cached: Promise<SiteChangeLog> | undefined;

export function getChangeLog(): Promise<SiteChangeLog> {
  cached ??= (async () => {
    const [groups, indications] = await Promise.all([getGroups(), getIndications()]);
    const pages: ChangePage[] = [
      ...groups.map((g) => ({
        kind: 'gruppe' as const,
        id: g.id,
        title: g.data.navn,
        group: g.id,
        notes: g.data.aendringsnoter ?? [],
      })),
      ...indications.map((i) => ({
        kind: 'indikation' as const,
        id: i.id,
        title: `${i.data.navn} (${i.data.kode})`,
        group: i.data.gruppe,
        notes: i.data.aendringsnoter ?? [],
      })),
    ];
    // A build has read it on a worker thread already (src/integrations/change-history.ts).
    const history = (await pendingHistory()) ?? readContentChanges(process.cwd());
    return {
      historyIncluded: history.available,
      entries: buildChangeLog(history.available ? history.changes : [], pages),
    };
  })();
  return cached;
}
