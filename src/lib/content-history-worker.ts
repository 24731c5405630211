// Reads the change log (content-history.ts) on a worker thread, so git and the parsing of every old
// version of the content run on the second core while the main thread loads and bundles the site. Started
// by src/integrations/change-history.ts; the result is plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { runInBackground } from './background-thread.ts';

// The pages need the change log only once they render; until then Astro's thread goes first. Imported
// after this, so loading the modules gives way too, as does git, which starts from this thread.
runInBackground();
const [{ readGitHistory }, { readContentChanges }] = await Promise.all([
  import('./git-history.ts'),
  import('./content-history.ts'),
]);

const { root } = workerData as { root: string };
// readGitHistory, not gitHistory: the main thread warns about a missing history when it adopts this one.
const git = readGitHistory(root);
parentPort!.postMessage({ root, git, changes: readContentChanges(root, git) });
