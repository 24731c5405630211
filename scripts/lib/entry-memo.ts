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
// The file holds one line per file and version of its bytes: the file's path and hash, then every answer
// stored for it as one JSON object (scripts/lib/keyed-lines.ts), after a first line with the version and
// the code's fingerprint. A file's answers are parsed when a check first asks for one of them; one line per
// file rather than per answer makes reading the store, at 2,000 indications, an eighth as many lines to
// split and parse. A run that worked out new answers for a file appends the file's line again, with its
// stored answers and the new ones (writing every file's answers again cost more than the rest of an
// editor's run); once the lines no run used are as many as those it used, the file is written anew with
// only the used ones, so answers for texts no longer on disk do not pile up. Answers under a context that
// no longer holds stay in their file's line until the store starts anew, on the next day at the latest.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { RawEntry } from './content.ts';
import { readKeyedLines, saveKeyedLines } from './keyed-lines.ts';

/** Bump when what is stored changes shape or meaning. */
const VERSION = 'per-fil-3';

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
  /** For how many files the store held answers when opened (none when it was missing or made by other code). */
  size: number;
  /** Adds the answers new in this run, or writes only the used ones when the unused are as many. */
  save(): void;
}

/** The hash the store names a file's bytes by, when the fingerprint did not give it. */
export const hashText = (text: string) => createHash('sha1').update(text).digest('base64');

/** A short name for a context, however long the list it stands for. */
export const contextOf = (parts: readonly string[]) => hashText(parts.join('\0'));

/** Opens the store in `file` for code with the fingerprint `code` (Fingerprint.code). */
export function openEntryMemo(file: string, code: string): EntryMemo {
  const head = `${VERSION} ${JSON.stringify(code)}`;
  const read = readKeyedLines(file, head, '\t');
  const stored = read?.lines ?? new Map<string, string>();
  /** Each asked file's stored answers, parsed once (undefined: none, or a damaged line). */
  const parsed = new Map<string, Record<string, unknown> | undefined>();
  /** The answers already handed out, by the file's parsed answers, so a second caller gets its own copy. */
  const given = new WeakMap<Record<string, unknown>, Set<string>>();
  // Each file's key and each answer's name are made once, not on each of the 40,000 questions a run
  // at 2,000 indications asks.
  const keys = new WeakMap<RawEntry, string>();
  const names = new Map<string, string>();
  /** Answers worked out in this run, as JSON, by file. */
  const fresh = new Map<string, Map<string, string>>();
  /** Whether a file's text has the bytes its hash names, by file. */
  const verified = new Map<string, boolean>();
  const answersOf = (key: string) => {
    if (parsed.has(key)) return parsed.get(key);
    let answers: Record<string, unknown> | undefined;
    const line = stored.get(key);
    if (line !== undefined) {
      try {
        answers = JSON.parse(line.slice(key.length + 1)) as Record<string, unknown>;
      } catch {
        // A damaged line: its answers are worked out again.
      }
    }
    parsed.set(key, answers);
    return answers;
  };
  return {
    size: stored.size,
    remember<T>(name: string, entry: RawEntry, work: () => T, context = ''): T {
      let key = keys.get(entry);
      if (key === undefined) {
        // JSON text, which holds no raw tab or line break, whatever the file's name.
        key = JSON.stringify(`${entry.file}\0${entry.hash ?? hashText(entry.text)}`);
        keys.set(entry, key);
      }
      let answerKey = context ? `${name}\0${context}` : names.get(name);
      if (answerKey === undefined) names.set(name, (answerKey = `${name}\0`));
      const answers = answersOf(key);
      if (answers && Object.hasOwn(answers, answerKey)) {
        let handed = given.get(answers);
        if (!handed) given.set(answers, (handed = new Set()));
        if (!handed.has(answerKey)) {
          handed.add(answerKey);
          return answers[answerKey] as T;
        }
        // Asked again: parsed anew, so a check that changed what it got cannot change what another gets.
        return (JSON.parse(stored.get(key)!.slice(key.length + 1)) as Record<string, T>)[answerKey]!;
      }
      const known = fresh.get(key)?.get(answerKey);
      if (known !== undefined) return JSON.parse(known) as T;
      const answer = work();
      // Stored as JSON gives it back, so this run and the next see the same answer.
      const json = JSON.stringify(answer ?? null);
      // The hash from the fingerprint must be that of the text the work read: a file rewritten since
      // the fingerprint was taken gets no answer stored under the old bytes' hash.
      let ok = verified.get(key);
      if (ok === undefined)
        verified.set(key, (ok = entry.hash === undefined || entry.hash === hashText(entry.text)));
      if (ok) {
        let byName = fresh.get(key);
        if (!byName) fresh.set(key, (byName = new Map()));
        byName.set(answerKey, json);
      }
      return JSON.parse(json) as T;
    },
    save() {
      const live: string[] = [];
      const added: string[] = [];
      for (const [key, answers] of parsed) {
        const line = stored.get(key);
        const news = fresh.get(key);
        if (!news) {
          if (line !== undefined && answers) live.push(line);
          continue;
        }
        // The file's answers as stored (all of them: an answer under another context, say the list of
        // groups before one was deleted, stands again when that is undone), and the new ones.
        const more = [...news].map(([k, json]) => `${JSON.stringify(k)}:${json}`).join(',');
        const object = line !== undefined && answers ? line.slice(key.length + 1) : '{}';
        const next = `${key}\t${object.slice(0, -1)}${object === '{}' ? '' : ','}${more}}`;
        live.push(next);
        added.push(next);
      }
      saveKeyedLines(file, head, read, live, added);
    },
  };
}

/** Where `npm run check` keeps the answers in a project. */
export const entryMemoFile = (root: string) =>
  join(root, 'node_modules', '.cache', 'genomvejledninger', 'per-fil.txt');
