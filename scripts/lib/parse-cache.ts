// The parsed data of each content file by a hash of its text, kept between runs of `npm run check` for
// the runs that must work through every file (the per-file store, scripts/lib/entry-memo.ts, is empty or
// was made by other code, e.g. on a new day): reading 2,000 indications' YAML again costs more than all but
// the largest checks, while JSON of the same data reads several times faster. A file whose text changed
// has a new hash and is parsed again; a cold run (no cache, or a new version of the cache) parses all.
// The file holds one line per text, its hash and its data as JSON. A run that parsed new texts appends
// their lines, instead of writing 50 MB of data again (which cost more than a fifth of an editor's run at
// 2,000 indications); once the lines no run used are as many as those it used, the file is written anew
// with only the used ones, so it does not grow without end.
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Bump when what is cached changes meaning (another YAML reader or schema of values). */
const VERSION = 'js-yaml-core-2';

export interface ParseCache {
  /** The cached data of a YAML text, or undefined when it is not cached. */
  get(yamlText: string): { data: unknown } | undefined;
  set(yamlText: string, data: unknown): void;
  /** Adds the entries new in this run, or writes only the used ones when the unused are as many. */
  save(): void;
}

const hashOf = (text: string) => createHash('sha1').update(text).digest('base64');

/** Data that JSON gives back unchanged: no NaN or infinities (YAML's .nan, .inf), no undefined. */
function jsonSafe(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return v.every(jsonSafe);
  if (typeof v === 'object') return Object.values(v as object).every(jsonSafe);
  return false;
}

/**
 * The file's lines by hash: `<hash> <data as JSON>`, after a first line with the version. Every line
 * ends in a line break, so a line cut short by a run that stopped while writing is left out.
 */
function readLines(file: string): Map<string, string> | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // No cache yet: parse everything.
  }
  const all = text.split('\n');
  if (all[0] !== VERSION) return undefined;
  const lines = new Map<string, string>();
  for (let i = 1; i < all.length - 1; i++) {
    const line = all[i]!;
    const space = line.indexOf(' ');
    if (space > 0) lines.set(line.slice(0, space), line);
  }
  return lines;
}

export function openParseCache(file: string): ParseCache {
  const read = readLines(file);
  const stored = read ?? new Map<string, string>();
  const used = new Map<string, string>();
  const added: string[] = [];
  return {
    get(yamlText) {
      const hash = hashOf(yamlText);
      const line = stored.get(hash);
      if (line === undefined) return undefined;
      let data: unknown;
      try {
        data = JSON.parse(line.slice(hash.length + 1));
      } catch {
        return undefined; // A damaged line: this text is parsed again.
      }
      used.set(hash, line);
      return { data };
    },
    set(yamlText, data) {
      if (!jsonSafe(data)) return;
      const hash = hashOf(yamlText);
      // JSON.stringify writes no line breaks, so the line stays one line.
      const line = `${hash} ${JSON.stringify(data)}`;
      used.set(hash, line);
      added.push(line);
    },
    save() {
      const unused = [...stored.keys()].filter((h) => !used.has(h)).length;
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
        writeFileSync(temp, `${[VERSION, ...used.values()].join('\n')}\n`);
        renameSync(temp, file);
      } catch {
        // A cache that cannot be written only makes the next run slower.
      }
    },
  };
}

/** Where `npm run check` keeps its cache in a project. */
export const parseCacheFile = (root: string) =>
  join(root, 'node_modules', '.cache', 'genomvejledninger', 'indhold.cache');
