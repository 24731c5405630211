import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import jsYaml from 'js-yaml';
import { collections, type CollectionName } from '../../schemas/collections.ts';
import type { ParseCache } from './parse-cache.ts';
import { yamlPackage } from './yaml-on-demand.ts';

/** A content file as read from disk, before validation, with what is needed to point at its lines. */
export interface RawEntry {
  collection: CollectionName;
  /** File name without extension; for indications it is also the code. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: unknown;
  /** YAML document of the file (or of its frontmatter), to map field paths to lines. */
  doc: Document;
  lineCounter: LineCounter;
  /** Lines before the YAML starts (1 for MDX frontmatter after the opening `---`). */
  lineOffset: number;
  /** MDX body (empty for YAML files). */
  body: string;
  /** The whole file as read, so checks that need its lines do not read it again. */
  text: string;
  /** The first YAML syntax error, if any, reported by the schema check (the parser's follow-on errors are left out). */
  yamlErrors: { message: string; code?: string; line: number; column?: number }[];
  /**
   * A hash of the file's bytes when `npm run check` already knows it from its fingerprint, so what was
   * stored for this file can be found without reading it (scripts/lib/entry-memo.ts).
   */
  hash?: string;
}

const readUtf8 = (path: string) => readFileSync(path, 'utf8');

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function readEntry(
  root: string,
  collection: CollectionName,
  path: string,
  cache?: ParseCache,
  read: (path: string) => string = readUtf8,
): RawEntry {
  const spec = collections[collection];
  const text = read(path);
  let yamlText = text;
  let body = '';
  let lineOffset = 0;
  if (spec.extension === '.mdx') {
    const match = FRONTMATTER.exec(text);
    yamlText = match?.[1] ?? '';
    body = match ? text.slice(match[0].length) : text;
    lineOffset = 1;
  }
  const name = path.split('/').pop() ?? path;
  const id = name.slice(0, -spec.extension.length);
  const file = relative(root, path);
  // js-yaml is about ten times faster than yaml, which matters with thousands of files; the yaml
  // document, which knows the line of every field, is only built when a problem must be located.
  // CORE_SCHEMA reads values as YAML 1.2 does (dates stay text), so the data is the same.
  const cached = cache?.get(yamlText);
  const fast = cached ? { ok: true as const, data: cached.data } : loadFast(yamlText);
  if (fast.ok && !cached) cache?.set(yamlText, fast.data);
  if (fast.ok) {
    let full: { doc: Document; lineCounter: LineCounter } | undefined;
    const parsed = () => {
      if (!full) {
        const { LineCounter, parseDocument } = yamlPackage();
        const lineCounter = new LineCounter();
        full = { doc: parseDocument(yamlText, { lineCounter, prettyErrors: false }), lineCounter };
      }
      return full;
    };
    return {
      collection,
      id,
      file,
      data: fast.data ?? {},
      get doc() {
        return parsed().doc;
      },
      get lineCounter() {
        return parsed().lineCounter;
      },
      lineOffset,
      body,
      text,
      yamlErrors: [],
    };
  }
  const { LineCounter, parseDocument } = yamlPackage();
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  // One slip (a tab, a missing colon) confuses the parser for the lines after it too, and each of
  // those becomes an error of its own; only the first is the editor's mistake, so only it is kept.
  const first = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  const yamlErrors = first
    ? [
        {
          message: first.message.split('\n')[0] ?? first.message,
          code: first.code,
          line: lineCounter.linePos(first.pos[0]).line + lineOffset,
          column: lineCounter.linePos(first.pos[0]).col,
        },
      ]
    : [];
  return {
    collection,
    id,
    file,
    data: yamlErrors.length ? undefined : (doc.toJS() ?? {}),
    doc,
    lineCounter,
    lineOffset,
    body,
    text,
    yamlErrors,
  };
}

function loadFast(text: string): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) };
  } catch {
    // Syntax errors are reported from the yaml parser, whose messages and positions the editor sees.
    return { ok: false };
  }
}

/**
 * Reads every entry of every collection under `<root>/content`, or only of the collections named (the
 * search index needs only the search words, not thousands of indications parsed again). `read` gives a
 * file's text; `npm run check` passes the texts it has already read to fingerprint the content, and
 * `hashOf` the hash of each file's bytes from that fingerprint.
 *
 * An entry is read and parsed when a check first asks for its text or data, not before: after an edit,
 * `npm run check` takes what it knows of every unchanged file from its store (scripts/lib/entry-memo.ts)
 * and reads only the changed file, and the files it must point into for a problem.
 */
export function readContent(
  root: string,
  only: readonly CollectionName[] = Object.keys(collections) as CollectionName[],
  cache?: ParseCache,
  read: (path: string) => string = readUtf8,
  hashOf?: (file: string) => string | undefined,
): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const name of only) {
    const spec = collections[name];
    const dir = join(root, 'content', spec.folder);
    let files: string[];
    try {
      files = readdirSync(dir)
        .filter((f) => f.endsWith(spec.extension) && !f.startsWith('_'))
        .sort();
    } catch {
      files = [];
    }
    // Joined as text: path.join and path.relative for each of 4,000 files showed in profiles.
    const base = relative(root, dir);
    const cut = -spec.extension.length;
    const reading: Reading = { root, collection: name, mdx: spec.extension === '.mdx', cache, read };
    for (const f of files)
      entries.push(
        new LazyEntry(
          reading,
          f.slice(0, cut),
          `${dir}${sep}${f}`,
          `${base}${sep}${f}`,
          hashOf?.(`${base}${sep}${f}`),
        ),
      );
  }
  return entries;
}

/** What the entries of one collection share, for reading one of them. */
interface Reading {
  root: string;
  collection: CollectionName;
  mdx: boolean;
  cache: ParseCache | undefined;
  read: (path: string) => string;
}

/**
 * An entry whose name and place are known at once and whose text and data are read on first use. A class,
 * not an object with getters of its own: defining six getters on each of 4,000 objects showed in profiles.
 */
class LazyEntry implements RawEntry {
  readonly collection: CollectionName;
  readonly id: string;
  readonly file: string;
  readonly lineOffset: number;
  readonly hash: string | undefined;
  readonly #reading: Reading;
  readonly #path: string;
  #full: RawEntry | undefined;
  constructor(reading: Reading, id: string, path: string, file: string, hash: string | undefined) {
    this.collection = reading.collection;
    this.id = id;
    this.file = file;
    this.lineOffset = reading.mdx ? 1 : 0;
    this.hash = hash;
    this.#reading = reading;
    this.#path = path;
  }
  #load(): RawEntry {
    const { root, collection, cache, read } = this.#reading;
    return (this.#full ??= readEntry(root, collection, this.#path, cache, read));
  }
  get data() {
    return this.#load().data;
  }
  get doc() {
    return this.#load().doc;
  }
  get lineCounter() {
    return this.#load().lineCounter;
  }
  // A YAML file has no body, which needs no reading to know.
  get body() {
    return this.#reading.mdx ? this.#load().body : '';
  }
  get text() {
    return this.#load().text;
  }
  get yamlErrors() {
    return this.#load().yamlErrors;
  }
}

/**
 * Line and column of a field in an entry. For a missing field it points at the nearest parent
 * that exists, which is where the editor has to add it.
 */
export function locate(entry: RawEntry, path: readonly PropertyKey[]): { line?: number; column?: number } {
  for (let n = path.length; n >= 0; n--) {
    const node =
      n === 0 ? entry.doc.contents : entry.doc.getIn(path.slice(0, n) as (string | number)[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) {
      // For a map or list, point at its key rather than its first child.
      const pair = n > 0 ? findKeyRange(entry, path.slice(0, n)) : undefined;
      const pos = entry.lineCounter.linePos(pair ?? range[0]);
      return { line: pos.line + entry.lineOffset, column: pos.col };
    }
  }
  return {};
}

function findKeyRange(entry: RawEntry, path: readonly PropertyKey[]): number | undefined {
  const parentPath = path.slice(0, -1) as (string | number)[];
  const parent = parentPath.length ? entry.doc.getIn(parentPath, true) : entry.doc.contents;
  const key = path[path.length - 1];
  const { isMap, isSeq } = yamlPackage();
  if (isMap(parent)) {
    const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
    return (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
  }
  if (isSeq(parent) && typeof key === 'number') {
    return (parent.items[key] as { range?: [number, number, number] } | undefined)?.range?.[0];
  }
  return undefined;
}

/** A scalar value as written in the file (YAML reads "1.450" as 1.45; the editor wrote "1.450"). */
export function sourceText(entry: RawEntry, path: readonly PropertyKey[]): string | undefined {
  const node = entry.doc.getIn(path as (string | number)[], true) as { source?: unknown } | undefined;
  return typeof node?.source === 'string' ? node.source : undefined;
}
