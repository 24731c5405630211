// The change log of the site being built, read once per build and shared by every page, the feed and the export.
import { getGroups, getIndications } from './content.ts';
import { readContentChanges } from './content-history.ts';
import { pendingHistory } from './pending-history.ts';
import { adoptGitHistory, gitHistory, type GitHistory } from './git-history.ts';
import { buildChangeLog, type ChangeEntry, type ChangePage } from '../domain/change-log.ts';

export interface SiteChangeLog {
  /** False when the build has no git history (a shallow clone, a copy outside git): only editors' notes then. */
  historyIncluded: boolean;
  entries: ChangeEntry[];
}

let cached: Promise<SiteChangeLog> | undefined;
let fromWorker: ReturnType<typeof pendingHistory> | undefined;

/** What a build's worker thread read (src/integrations/change-history.ts), its git history adopted once. */
function workerHistory() {
  fromWorker ??= pendingHistory().then((read) => {
    if (read) adoptGitHistory(read.root, read.git);
    return read;
  });
  return fromWorker;
}

/** The git history of the project, for pages that show a last-changed date: read once per build. */
export async function getGitHistory(): Promise<GitHistory> {
  await workerHistory();
  return gitHistory();
}

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
    const history = (await workerHistory())?.changes ?? readContentChanges(process.cwd());
    return {
      historyIncluded: history.available,
      entries: buildChangeLog(history.available ? history.changes : [], pages),
    };
  })();
  return cached;
}
