// Reads the change log (content-history.ts) on a worker thread, so git and the parsing of every old
// version of the content run on the second core while the main thread checks the content and bundles
// the site. Started by src/integrations/change-history.ts; the result is plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { readGitHistory } from './git-history.ts';
import { readContentChanges } from './content-history.ts';

const { root } = workerData as { root: string };
// readGitHistory, not gitHistory: the main thread warns about a missing history when it adopts this one.
const git = readGitHistory(root);
parentPort!.postMessage({ root, git, changes: readContentChanges(root, git) });
