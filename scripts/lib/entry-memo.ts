// What the checks found in each file by itself, kept between runs of `npm run check`. An editor changes
// one file between runs; the work a check does on one file alone (parsing its MDX, measuring its LIX,
// looking for figures without a source) gives the same answer for the same text, so for every other
// file it is taken from the last run. What a check does across files (a term that must exist, sums
// that must add up) still runs on every run, on these per-file answers.
//
// An answer is stored under the name of the work, the file's path and a hash of its text, and the whole
// store is only used by code that fingerprints the same: the checks' code, Node's version and the date
// (scripts/lib/result-cache.ts), so a changed check or a new day starts from nothing. Only the answers
// used in a run are written back, so answers for texts no longer on disk do not pile up.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RawEntry } from './content.ts';

/** Bump when what is stored changes shape or meaning. */
const VERSION = 'per-fil-1';

/**
 * Gives the answer of `work` for this entry: the stored one when this file's text and the code are
 * the same as when it was stored, or a new one. An answer must be plain JSON (objects, arrays, text,
 * finite numbers, booleans, null); a field that is undefined is left out, as JSON does.
 */
export type Remember = <T>(name: string, entry: RawEntry, work: () => T) => T;

/** No store: the work is done every time (tests, the build, the dev server). */
export const forget: Remember = (_name, _entry, work) => work();

export interface EntryMemo {
  remember: Remember;
  /** Writes the answers used in this run (stored or new). */
  save(): void;
}

const textHashes = new WeakMap<RawEntry, string>();
function textHash(entry: RawEntry): string {
  let hash = textHashes.get(entry);
  if (!hash) textHashes.set(entry, (hash = createHash('sha1').update(entry.text).digest('base64')));
  return hash;
}

/** Opens the store in `file` for code with the fingerprint `code` (Fingerprint.code). */
export function openEntryMemo(file: string, code: string): EntryMemo {
  let stored: Record<string, unknown> = {};
  try {
    const read = JSON.parse(readFileSync(file, 'utf8')) as {
      version?: string;
      code?: string;
      answers?: Record<string, unknown>;
    };
    if (read.version === VERSION && read.code === code && read.answers) stored = read.answers;
  } catch {
    // Nothing stored yet, or an unreadable file: every answer is worked out.
  }
  const used: Record<string, unknown> = {};
  let changed = false;
  return {
    remember<T>(name: string, entry: RawEntry, work: () => T): T {
      const key = `${name}\0${entry.file}\0${textHash(entry)}`;
      if (Object.hasOwn(stored, key)) {
        used[key] = stored[key];
        // A copy, so a check that changes what it got cannot change what is written back.
        return structuredClone(stored[key]) as T;
      }
      const answer = work();
      // Stored as JSON gives it back, so this run and the next see the same answer.
      const plain = JSON.parse(JSON.stringify(answer ?? null)) as T;
      used[key] = plain;
      changed = true;
      return structuredClone(plain);
    },
    save() {
      if (!changed && Object.keys(used).length === Object.keys(stored).length) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        // Written aside and renamed: two runs at once never leave half a file.
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify({ version: VERSION, code, answers: used }));
        renameSync(temp, file);
      } catch {
        // Answers that cannot be stored only make the next run slower.
      }
    },
  };
}

/** Where `npm run check` keeps the answers in a project. */
export const entryMemoFile = (root: string) =>
  join(root, 'node_modules', '.cache', 'genomvejledninger', 'per-fil.json');
