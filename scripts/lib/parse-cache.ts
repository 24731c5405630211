// The parsed data of each content file by a hash of its text, kept between runs of `npm run check` for
// the runs that must work through every file (the per-file store, scripts/lib/entry-memo.ts, is empty or
// was made by other code, e.g. on a new day): reading 2,000 indications' YAML again costs more than all but
// the largest checks, while JSON of the same data reads several times faster. A file whose text changed
// has a new hash and is parsed again; a cold run (no cache, or a new version of the cache) parses all.
// The file holds one line per text, its hash and its data as JSON after a space (scripts/lib/keyed-lines.ts).
// A run that parsed new texts appends their lines, instead of writing 50 MB of data again (which cost more
// than a fifth of an editor's run at 2,000 indications).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readKeyedLines, saveKeyedLines } from './keyed-lines.ts';

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

export function openParseCache(file: string): ParseCache {
  // No cache yet, or another version: everything is parsed.
  const read = readKeyedLines(file, VERSION, ' ');
  const stored = read?.lines ?? new Map<string, string>();
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
    save: () => saveKeyedLines(file, VERSION, read, [...used.values()], added),
  };
}

/** Where `npm run check` keeps its cache in a project. */
export const parseCacheFile = (root: string) =>
  join(root, 'node_modules', '.cache', 'genomvejledninger', 'indhold.cache');
