// What the checks found in each file, and the small extract of it that the checks across files read,
// kept between runs of `npm run check`. An editor changes one file between runs; the work a check does
// on one file (validating it, parsing its MDX, measuring its LIX, picking out its figures for the sums)
// gives the same answer for the same bytes, so for every other file it is taken from the last run and
// the file is not even read. What a check does across files (a term that must exist, sums that must add
// up) still runs on every run, on these per-file answers; an answer that also depends on other files
// names what it depends on (`context`, e.g. the list of groups), so it is worked out again when that
// changes.
//
// An answer is stored under the name of the work, the file's path, a hash of its bytes and its context,
// and the whole store is only used by code that fingerprints the same: the checks' code, Node's version
// and the date (scripts/lib/result-cache.ts), so a changed check or a new day starts from nothing.
//
// The file holds one line per answer, its key and its answer as JSON, after a first line with the
// version and the code's fingerprint. An answer is only parsed when it is asked for. A run that worked
// out new answers appends their lines (writing every file's answers again cost more than the rest of an
// editor's run at 2,000 indications); once the lines no run used are as many as those it used, the file
// is written anew with only the used ones, so answers for texts no longer on disk do not pile up.
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RawEntry } from './content.ts';

/** Bump when what is stored changes shape or meaning. */
const VERSION = 'per-fil-2';

/**
 * Gives the answer of `work` for this entry: the stored one when this file's bytes, the context and
 * the code are the same as when it was stored, or a new one. An answer must be plain JSON (objects,
 * arrays, text, finite numbers, booleans, null); a field that is undefined is left out, as JSON does.
 * `context` names what else the answer depends on (other files' ids, say); leave it out when the
 * answer depends on this file alone.
 */
export type Remember = <T>(name: string, entry: RawEntry, work: () => T, context?: string) => T;

/** No store: the work is done every time (tests, the build, the dev server). */
export const forget: Remember = (_name, _entry, work) => work();

export interface EntryMemo {
  remember: Remember;
  /** How many answers the store held when opened (none when it was missing or made by other code). */
  size: number;
  /** Adds the answers new in this run, or writes only the used ones when the unused are as many. */
  save(): void;
}

const hashText = (text: string) => createHash('sha1').update(text).digest('base64');

/** A short name for a context, however long the list it stands for. */
export const contextOf = (parts: readonly string[]) => hashText(parts.join('\0'));

/**
 * The lines of the store by key, unparsed, or undefined when it is missing or for other code. Every
 * line ends in a line break, so a line cut short by a run that stopped while writing is left out.
 */
function readLines(file: string, head: string): Map<string, string> | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const all = text.split('\n');
  if (all[0] !== head) return undefined;
  const lines = new Map<string, string>();
  for (let i = 1; i < all.length - 1; i++) {
    const line = all[i]!;
    // The key is JSON text, which holds no raw tab.
    const tab = line.indexOf('\t');
    if (tab > 0) lines.set(line.slice(0, tab), line);
  }
  return lines;
}

/** Opens the store in `file` for code with the fingerprint `code` (Fingerprint.code). */
export function openEntryMemo(file: string, code: string): EntryMemo {
  const head = `${VERSION} ${JSON.stringify(code)}`;
  const read = readLines(file, head);
  const stored = read ?? new Map<string, string>();
  const used = new Map<string, string>();
  const added: string[] = [];
  return {
    size: stored.size,
    remember<T>(name: string, entry: RawEntry, work: () => T, context = ''): T {
      const hash = entry.hash ?? hashText(entry.text);
      const key = JSON.stringify(`${name}\0${entry.file}\0${hash}\0${context}`);
      const line = stored.get(key) ?? used.get(key);
      if (line !== undefined) {
        try {
          // Parsed anew for every caller, so a check that changes what it got cannot change what is stored.
          const answer = JSON.parse(line.slice(key.length + 1)) as T;
          used.set(key, line);
          return answer;
        } catch {
          // A damaged line: the answer is worked out again.
        }
      }
      const answer = work();
      // Stored as JSON gives it back, so this run and the next see the same answer.
      const json = JSON.stringify(answer ?? null);
      // The hash from the fingerprint must be that of the text the work read: a file rewritten since
      // the fingerprint was taken gets no answer stored under the old bytes' hash.
      if (entry.hash === undefined || entry.hash === hashText(entry.text)) {
        const fresh = `${key}\t${json}`;
        used.set(key, fresh);
        added.push(fresh);
      }
      return JSON.parse(json) as T;
    },
    save() {
      const unused = stored.size - [...used.keys()].filter((k) => stored.has(k)).length;
      try {
        if (read && unused < used.size) {
          // One write, so two runs at once add whole lines.
          if (added.length) appendFileSync(file, `${added.join('\n')}\n`);
          return;
        }
        if (read && !unused && !added.length) return;
        mkdirSync(dirname(file), { recursive: true });
        // Written aside and renamed: two runs at once never leave half a file.
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, `${[head, ...used.values()].join('\n')}\n`);
        renameSync(temp, file);
      } catch {
        // Answers that cannot be stored only make the next run slower.
      }
    },
  };
}

/** Where `npm run check` keeps the answers in a project. */
export const entryMemoFile = (root: string) =>
  join(root, 'node_modules', '.cache', 'genomvejledninger', 'per-fil.txt');
