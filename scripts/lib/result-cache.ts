// The outcome of the last `npm run check`, kept with a fingerprint of everything that outcome depends
// on: the bytes of every file under content/, the code of the checks (scripts/, schemas/, src/, the
// installed packages' versions as package-lock.json pins them, Node's version) and the date (a note
// may not be dated after today in Denmark). When the fingerprint is the same, the checks would
// find the same problems, so they are not run again: at 2,000 indications that is most of a run's time,
// since loading the schemas and checking 4,000 files costs seconds while fingerprinting them costs a
// fraction of one.
//
// A file's bytes are hashed, except when its size, modification and change times and inode are the
// same as when the last run hashed it, and it had not changed for a while before that run began: then
// the last run's hash is used, as git does for its index. Every write to a file sets its change time
// to the moment of writing, which no editor or tool can set back, so a written file is always read and
// hashed again; the margin covers file systems that keep times to the second or coarser.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Bump when what is stored changes shape or meaning. */
const VERSION = 'resultat-2';

/** The folders and files whose code decides what the checks report. */
const CODE = ['scripts', 'schemas', 'src', 'package.json', 'package-lock.json'];

/** How long a file must have been unchanged before a run began for its stat to stand for its bytes. */
const SETTLED_MS = 2000;

/**
 * A name for the part of the day this is, which changes whenever the date in Denmark does. Denmark is
 * one or two hours ahead of UTC, so its midnight falls at 22:00 or 23:00 UTC; splitting the UTC day
 * there needs no time zone data (loading it cost more than the rest of an unchanged run's own work).
 */
export function dayPart(now: Date = new Date()): string {
  const hour = now.getUTCHours();
  return `${now.toISOString().slice(0, 10)}/${hour >= 23 ? 2 : hour >= 22 ? 1 : 0}`;
}

/** What the last run knew of a file: its stat and the hash of its bytes. */
export interface FileRecord {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  hash: string;
}

/** The files of the last run and when it began looking at them. */
export interface Snapshot {
  takenAt: number;
  files: Record<string, FileRecord>;
}

export interface Fingerprint extends Snapshot {
  key: string;
  /** How many files were read and hashed (the others had not changed since the last run). */
  hashed: number;
  /**
   * A fingerprint of the code and the date alone, the same whatever the content: what a check found in
   * one file stands while it is the same (scripts/lib/entry-memo.ts).
   */
  code: string;
  /** The text of a file as read for the fingerprint, so a full run does not read it from disk again. */
  read: (path: string) => string;
}

/** Every file under `dir` (relative paths with `/`, sorted), or none when it does not exist. */
function filesUnder(dir: string): string[] {
  try {
    return (
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => !d.isDirectory())
        // Joined as text: path.join normalises every path again, which showed in profiles at 4,000 files.
        .map((d) =>
          (d.parentPath.length > dir.length
            ? `${d.parentPath.slice(dir.length + 1)}/${d.name}`
            : d.name
          ).replaceAll('\\', '/'),
        )
        .sort()
    );
  } catch {
    return [];
  }
}

/**
 * The fingerprint of the content and code under `root`, as described at the top of this file.
 * `previous`: the last run's snapshot, whose hashes stand for files that have not changed since.
 */
export function fingerprint(
  root: string,
  {
    today = dayPart(),
    previous,
    now = Date.now(),
  }: { today?: string; previous?: Snapshot; now?: number } = {},
): Fingerprint {
  const files: Record<string, FileRecord> = {};
  const texts = new Map<string, Buffer>();
  const settled = (previous?.takenAt ?? 0) - SETTLED_MS;
  let hashed = 0;
  const hash = createHash('sha1');
  hash.update(`${VERSION}\0${process.version}\0${today}\0`);
  const code = createHash('sha1');
  code.update(`${VERSION}\0${process.version}\0${today}\0`);
  const add = (name: string, path: string, keep: boolean) => {
    let record: FileRecord | undefined;
    try {
      const stat = statSync(path);
      const last = previous?.files[name];
      if (
        last &&
        last.size === stat.size &&
        last.mtimeMs === stat.mtimeMs &&
        last.ctimeMs === stat.ctimeMs &&
        last.ino === stat.ino &&
        last.mtimeMs < settled &&
        last.ctimeMs < settled
      )
        record = last;
      else {
        const bytes = readFileSync(path);
        hashed++;
        if (keep) texts.set(path, bytes);
        record = {
          size: stat.size,
          mtimeMs: stat.mtimeMs,
          ctimeMs: stat.ctimeMs,
          ino: stat.ino,
          hash: createHash('sha1').update(bytes).digest('base64'),
        };
      }
    } catch {
      // Gone or unreadable: it counts as missing, which is a change of its own.
    }
    if (record) files[name] = record;
    hash.update(`${name}\0${record?.hash ?? '-'}\0`);
    if (!keep) code.update(`${name}\0${record?.hash ?? '-'}\0`);
  };
  for (const entry of CODE) {
    const dir = join(root, entry);
    const under = filesUnder(dir);
    if (under.length) for (const f of under) add(`${entry}/${f}`, `${dir}/${f}`, false);
    else add(entry, join(root, entry), false);
  }
  const content = join(root, 'content');
  for (const f of filesUnder(content)) add(`content/${f}`, `${content}/${f}`, true);
  return {
    key: hash.digest('base64'),
    code: code.digest('base64'),
    takenAt: now,
    files,
    hashed,
    read: (path) => texts.get(path)?.toString('utf8') ?? readFileSync(path, 'utf8'),
  };
}

export interface ResultCache<T> {
  /** The last run's files, to fingerprint this run's without reading the unchanged ones. */
  previous: Snapshot | undefined;
  /** The outcome stored for this fingerprint, or undefined. */
  get(key: string): T | undefined;
  /** Stores the outcome of this run with its fingerprint, replacing the last one. */
  save(seen: Fingerprint, result: T): void;
}

export function openResultCache<T>(file: string): ResultCache<T> {
  let stored: (Snapshot & { version?: string; key?: string; result?: T }) | undefined;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as typeof stored;
    if (stored?.version !== VERSION || typeof stored.takenAt !== 'number' || !stored.files)
      stored = undefined;
  } catch {
    // Nothing stored yet, or an unreadable file: run the checks.
  }
  return {
    previous: stored && { takenAt: stored.takenAt, files: stored.files },
    get: (key) => (stored && stored.key === key ? stored.result : undefined),
    save(seen, result) {
      try {
        mkdirSync(dirname(file), { recursive: true });
        // Written aside and renamed: two runs at once never leave half a file.
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(
          temp,
          JSON.stringify({
            version: VERSION,
            key: seen.key,
            takenAt: seen.takenAt,
            files: seen.files,
            result,
          }),
        );
        renameSync(temp, file);
      } catch {
        // An outcome that cannot be stored only makes the next run slower.
      }
    },
  };
}

/** Where `npm run check` keeps its last outcome in a project. */
export const resultCacheFile = (root: string) =>
  join(root, 'node_modules', '.cache', 'genomvejledninger', 'resultat.json');
