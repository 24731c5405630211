// The change log being read on a worker thread during a build (src/integrations/change-history.ts),
// handed to the pages through a global: the pages are bundled apart from the integrations and share
// no module with them, only the process.
import type { ContentHistory } from './content-history.ts';
import type { GitHistory } from './git-history.ts';

/** What the worker read: the git history of every file, and the content changes described from it. */
export interface WorkerHistory {
  root: string;
  git: GitHistory;
  changes: ContentHistory;
}

export type PendingHistory = Promise<WorkerHistory | undefined>;

export const PENDING_HISTORY = Symbol.for('genomvejledninger.pendingContentHistory');

/** The worker's result, if a build started one and it succeeded. */
export async function pendingHistory(): Promise<WorkerHistory | undefined> {
  const pending = (globalThis as Record<symbol, unknown>)[PENDING_HISTORY] as PendingHistory | undefined;
  return pending ? await pending : undefined;
}
