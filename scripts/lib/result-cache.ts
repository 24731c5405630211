// The outcome of the last `npm run check`, kept with a fingerprint of everything that outcome depends
// on: the bytes of every file under content/, the code of the checks (scripts/, schemas/, src/, the
// installed packages' versions as package-lock.json pins them, Node's version) and today's date in
// Denmark (a note may not be dated in the future). When the fingerprint is the same, the checks would
// find the same problems, so they are not run again: at 2,000 indications that is most of a run's time,
// since loading the schemas and checking 4,000 files costs seconds while hashing them costs a fraction.
// Any change to any of those files gives another fingerprint and a full run; nothing is trusted from
// file dates or sizes, only from the bytes.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { todayInDenmark } from '../../schemas/today.ts';

/** Bump when what is stored changes shape. */
const VERSION = 'resultat-1';

/** The folders and files whose code decides what the checks report. */
const CODE = ['scripts', 'schemas', 'src', 'package.json', 'package-lock.json'];

export interface Fingerprint {
  key: string;
  /** The text of a file read for the fingerprint, so a full run does not read it from disk again. */
  read: (path: string) => string;
}

/** Every file under `dir` (relative paths with `/`, sorted), or none when it does not exist. */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => !d.isDirectory())
      .map((d) =>
        join(d.parentPath, d.name)
          .slice(dir.length + 1)
          .replaceAll('\\', '/'),
      )
      .sort();
  } catch {
    return [];
  }
}

function readOrNull(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/** The fingerprint of the content and code under `root`, as described at the top of this file. */
export function fingerprint(root: string, today: string = todayInDenmark()): Fingerprint {
  const hash = createHash('sha1');
  hash.update(`${VERSION}\0${process.version}\0${today}\0`);
  const add = (name: string, bytes: Buffer | null) => {
    // Name and length first, so no two different sets of files hash the same bytes in a row.
    hash.update(`${name}\0${bytes ? bytes.length : -1}\0`);
    if (bytes) hash.update(bytes);
  };
  for (const entry of CODE) {
    const files = filesUnder(join(root, entry));
    if (files.length) for (const f of files) add(`${entry}/${f}`, readOrNull(join(root, entry, f)));
    else add(entry, readOrNull(join(root, entry)));
  }
  const content = join(root, 'content');
  const texts = new Map<string, Buffer>();
  for (const f of filesUnder(content)) {
    const path = join(content, f);
    const bytes = readOrNull(path);
    if (bytes) texts.set(path, bytes);
    add(`content/${f}`, bytes);
  }
  return {
    key: hash.digest('base64'),
    read: (path) => texts.get(path)?.toString('utf8') ?? readFileSync(path, 'utf8'),
  };
}

export interface ResultCache<T> {
  /** The outcome stored for this fingerprint, or undefined. */
  get(key: string): T | undefined;
  /** Stores the outcome of this run, replacing the last one. */
  save(key: string, result: T): void;
}

export function openResultCache<T>(file: string): ResultCache<T> {
  return {
    get(key) {
      try {
        const stored = JSON.parse(readFileSync(file, 'utf8')) as {
          version?: string;
          key?: string;
          result?: T;
        };
        return stored.version === VERSION && stored.key === key ? stored.result : undefined;
      } catch {
        // No outcome stored yet, or an unreadable one: run the checks.
        return undefined;
      }
    },
    save(key, result) {
      try {
        mkdirSync(dirname(file), { recursive: true });
        // Written aside and renamed: two runs at once never leave half a file.
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify({ version: VERSION, key, result }));
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
