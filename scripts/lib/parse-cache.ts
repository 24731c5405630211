// The parsed data of each content file by a hash of its text, kept between runs of `npm run check`:
// an editor runs it on every change, and reading 2,000 indications' YAML again costs more than all but
// the largest checks, while JSON of the same data reads several times faster. A file whose text changed
// has a new hash and is parsed again; a cold run (no cache, or a new version of the cache) parses all.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Bump when what is cached changes meaning (another YAML reader or schema of values). */
const VERSION = 'js-yaml-core-1';

export interface ParseCache {
  /** The cached data of a YAML text, or undefined when it is not cached. */
  get(yamlText: string): { data: unknown } | undefined;
  set(yamlText: string, data: unknown): void;
  /** Writes the entries used in this run (and only them) if any was new. */
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
  let stored: Record<string, unknown> = {};
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as {
      version?: string;
      entries?: Record<string, unknown>;
    };
    if (json.version === VERSION && json.entries) stored = json.entries;
  } catch {
    // No cache yet, or an unreadable one: parse everything.
  }
  const used: Record<string, unknown> = {};
  let changed = false;
  return {
    get(yamlText) {
      const hash = hashOf(yamlText);
      if (!Object.hasOwn(stored, hash)) return undefined;
      used[hash] = stored[hash];
      return { data: stored[hash] };
    },
    set(yamlText, data) {
      if (!jsonSafe(data)) return;
      used[hashOf(yamlText)] = data;
      changed = true;
    },
    save() {
      if (!changed && Object.keys(used).length === Object.keys(stored).length) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        // Written aside and renamed: two runs at once never leave half a file.
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify({ version: VERSION, entries: used }));
        renameSync(temp, file);
      } catch {
        // A cache that cannot be written only makes the next run slower.
      }
    },
  };
}

/** Where `npm run check` keeps its cache in a project. */
export const parseCacheFile = (root: string) =>
  join(root, 'node_modules', '.cache', 'genomvejledninger', 'indhold.json');
