import { spawnSync } from 'node:child_process';

/** One commit that touched a page's source files. */
export interface Change {
  hash: string;
  /** Commit date, ISO 8601 with offset, as git prints it. */
  date: string;
  /** First line of the commit message. */
  summary: string;
  /** The file's blob before and after the commit (from `--raw`); absent where the file did not exist. */
  before?: string;
  after?: string;
}

export type GitHistory =
  | { available: true; prefix: string; byFile: Map<string, Change[]> }
  | { available: false; reason: 'shallow' | 'no-git'; prefix: string };

const RECORD = '\x1e';
const FIELD = '\x1f';

function git(root: string, args: string[]): string | undefined {
  const run = spawnSync('git', ['-C', root, '-c', 'core.quotePath=false', ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return run.status === 0 ? run.stdout : undefined;
}

/**
 * The change history of every file under `root`, from one `git log` call.
 *
 * A shallow clone knows only its newest commits, so every file would seem last changed by the clone's
 * one commit; then the history is reported as unavailable instead of wrong. The same goes for a copy of
 * the project outside git (a tarball, a temporary test copy).
 */
export function readGitHistory(root: string): GitHistory {
  const info = git(root, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
  if (info === undefined) return { available: false, reason: 'no-git', prefix: '' };
  const [shallow, prefix = ''] = info.split('\n');
  if (shallow === 'true') return { available: false, reason: 'shallow', prefix };
  // `--relative` with `-- .` keeps the paths relative to the project, even when it sits in a subfolder of the repository.
  // `--raw` also names each file's blob before and after, so content-history.ts can read every version of
  // a content file without running git once per commit; without renames, a moved file is removed and added.
  const log = git(root, [
    'log',
    `--format=${RECORD}%H${FIELD}%cI${FIELD}%s`,
    '--raw',
    '--no-abbrev',
    '--no-renames',
    '--relative',
    '--',
    '.',
  ]);
  if (log === undefined) return { available: false, reason: 'no-git', prefix };
  return { available: true, prefix, byFile: parseGitLog(log) };
}

const NO_BLOB = /^0+$/;

/**
 * Parses `git log --format=<RS>%H<US>%cI<US>%s` with `--raw` (":<mode> <mode> <blob> <blob> <status>\t<path>")
 * or `--name-only` (one path a line) into the commits of each file, newest first.
 */
export function parseGitLog(log: string): Map<string, Change[]> {
  const byFile = new Map<string, Change[]>();
  for (const record of log.split(RECORD)) {
    const [header, ...files] = record.split('\n');
    if (!header) continue;
    const [hash, date, summary = ''] = header.split(FIELD);
    if (!hash || !date) continue;
    for (const line of files) {
      if (!line) continue;
      let file = line;
      let change: Change = { hash, date, summary };
      if (line.startsWith(':')) {
        const tab = line.indexOf('\t');
        const [, , before = '', after = ''] = line.slice(1, tab).split(' ');
        file = line.slice(tab + 1);
        change = {
          ...change,
          ...(NO_BLOB.test(before) ? {} : { before }),
          ...(NO_BLOB.test(after) ? {} : { after }),
        };
      }
      const list = byFile.get(file);
      if (list) list.push(change);
      else byFile.set(file, [change]);
    }
  }
  return byFile;
}

/**
 * The text of each blob, from one `git cat-file --batch` run however many there are.
 * A blob git cannot find is left out.
 */
export function readBlobs(root: string, ids: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  if (ids.length === 0) return texts;
  const run = spawnSync('git', ['-C', root, 'cat-file', '--batch'], {
    input: `${ids.join('\n')}\n`,
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (run.status !== 0) return texts;
  const out: Buffer = run.stdout;
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const [id = '', type, size] = out.subarray(at, eol).toString('utf8').split(' ');
    at = eol + 1;
    if (type === undefined || size === undefined) continue; // "<id> missing"
    const bytes = Number(size);
    if (type === 'blob') texts.set(id, out.subarray(at, at + bytes).toString('utf8'));
    at += bytes + 1;
  }
  return texts;
}

/** The commits that touched any of `files` (a path ending in "/" means every file under it), newest first. */
export function changesOf(history: GitHistory, files: readonly string[]): Change[] {
  if (!history.available) return [];
  const seen = new Map<string, Change>();
  const add = (changes: readonly Change[] | undefined) => {
    for (const c of changes ?? []) seen.set(c.hash, c);
  };
  // A file is looked up by name; only a folder needs a walk over every file in the history (a walk per
  // page grew with pages times files).
  const folders = files.filter((f) => f.endsWith('/'));
  for (const f of files) if (!f.endsWith('/')) add(history.byFile.get(f));
  if (folders.length)
    for (const [file, changes] of history.byFile)
      if (folders.some((f) => file.startsWith(f)) && !files.includes(file)) add(changes);
  return [...seen.values()].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}

let cached: { root: string; history: GitHistory } | undefined;

function remember(root: string, history: GitHistory): void {
  if (!history.available) {
    console.warn(
      history.reason === 'shallow'
        ? '[genomvejledninger] Git-klonen er shallow, så siderne viser ingen ændringshistorik. Hent hele historikken (git fetch --unshallow, eller fetch-depth: 0 i GitHub Actions).'
        : '[genomvejledninger] Projektet er ikke i git, så siderne viser ingen ændringshistorik.',
    );
  }
  cached = { root, history };
}

/** The history of the project being built, read once per build and shared by every page. */
export function gitHistory(root: string = process.cwd()): GitHistory {
  if (cached?.root !== root) remember(root, readGitHistory(root));
  return cached!.history;
}

/** A history this build has read already (on a worker thread), so that `git log` runs once per build. */
export function adoptGitHistory(root: string, history: GitHistory): void {
  if (cached?.root !== root) remember(root, history);
}
