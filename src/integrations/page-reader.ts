// Reads the built pages for the search index and the built-HTML checks on worker threads, and gives them
// back in the order asked for. Reading, parsing and finding a page's search words cost about twice what
// handing the page to Pagefind costs; on one thread Pagefind's own process waited while they ran. On worker
// threads they run beside the main thread, which hands each page to Pagefind as soon as it is read, in the
// same order as before, so the index is the same. A bounded number of pages is read ahead, so memory stays
// bounded whatever the number of pages.
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  builtPage,
  normaliseBase,
  pageScanner,
  type BuiltPage,
  type EarlyPage,
} from '../../scripts/lib/built-site.ts';
import { pageSourceResolver, type RouteInfo } from '../../scripts/lib/page-sources.ts';
import { createMatcher, type SearchTerm } from '../lib/search-keywords.ts';
import { searchRecord, type SearchRecord } from './search-page.ts';

/** What every reader thread needs to know: plain data, since it crosses to the threads. */
export interface ReaderContext {
  root: string;
  /** The build folder (absolute). */
  dist: string;
  /** The search terms from content/soegeord/. */
  terms: SearchTerm[];
  /** Given for the built-HTML checks: each page is also read for them, in the same pass. */
  checks?: { base: string; site?: string; routes: RouteInfo[] };
}

/** One HTML file of the build, read. */
export interface PageResult {
  /** Relative to the build folder, with forward slashes. */
  file: string;
  /** What Pagefind gets; undefined for a page that is not indexed. */
  search?: SearchRecord;
  /** The checks' view of the page, when the context asks for the checks. */
  checked?: EarlyPage;
  /** Milliseconds spent making the checks' view from the parsed page. */
  checkMs: number;
}

/**
 * A PageResult as it crosses from a reader thread: the checks' view of the page as JSON, which costs both
 * threads less than copying its many small objects one by one (what posting an object does).
 */
export type PostedResult = Omit<PageResult, 'checked'> & { checked?: { page: string; mtimeMs: number } };

/** Reads one file after another for one context: what each reader thread runs. */
export function fileReader(context: ReaderContext): {
  read(file: string): PostedResult;
  /** Indexes into context.terms of the terms no page read so far used. */
  unused(): number[];
} {
  const matcher = createMatcher(context.terms);
  const { checks, root, dist } = context;
  const base = normaliseBase(checks?.base ?? '/');
  const options = checks && {
    base: checks.base,
    site: checks.site,
    sourceOf: pageSourceResolver(root, checks.routes),
  };
  return {
    read(file) {
      const absolute = join(dist, file);
      // The write time before the read: a page written again later is parsed again by the checks.
      const mtimeMs = options ? statSync(absolute).mtimeMs : 0;
      const scanner = options ? pageScanner() : undefined;
      const html = readFileSync(absolute, 'utf8');
      const search = searchRecord(dist, absolute, html, matcher, scanner?.handler);
      if (!scanner || !options) return { file, search, checkMs: 0 };
      const start = performance.now();
      // Not copied here: the JSON is a copy.
      const page = builtPage(root, dist, file, base, options, scanner.result(), false);
      const json = JSON.stringify({ ...page, anchors: [...page.anchors] });
      return { file, search, checked: { page: json, mtimeMs }, checkMs: performance.now() - start };
    },
    unused: () => matcher.unused().map((term) => context.terms.indexOf(term)),
  };
}

/** Messages between the main thread and a reader thread. */
export type ToReader = { read: number; file: string } | { done: true };
export type FromReader =
  { read: number; result: PostedResult } | { read: number; error: unknown } | { unused: number[] };

/** Pages read ahead of the one the caller waits for: enough to keep the readers busy, few enough to bound memory. */
const READ_AHEAD = 16;

/**
 * Reader threads for `files` files: the cores but one, which the main thread and Pagefind's process share;
 * none for a small build, which is read on the calling thread, since starting a thread and loading its
 * modules costs more than reading a few dozen pages (about 0.8 s of CPU time against 0.3 s at 48 pages).
 */
export function readerThreads(files: number): number {
  if (files < THREADS_FROM) return 0;
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}
const THREADS_FROM = 200;

/** Gives back a result as it arrives from a reader, with the checks' view made from its JSON again. */
function received({ checked, ...result }: PostedResult): PageResult {
  if (!checked) return result;
  const start = performance.now();
  const page = JSON.parse(checked.page) as Omit<BuiltPage, 'anchors'> & { anchors: string[] };
  return {
    ...result,
    checked: { page: { ...page, anchors: new Set(page.anchors) }, mtimeMs: checked.mtimeMs },
    checkMs: result.checkMs + performance.now() - start,
  };
}

/**
 * Reads `files` (relative to context.dist) on `threads` worker threads, or on this one when `threads` is 0.
 * `next()` gives the results in the order of `files`, one per call; `finish()` gives the indexes of the
 * terms no page used, once every file has been read; `close()` stops the threads, and must be called in
 * every case.
 */
export function readPagesInOrder(
  files: readonly string[],
  context: ReaderContext,
  threads = readerThreads(files.length),
): {
  next(): Promise<PageResult>;
  finish(): Promise<number[]>;
  close(): Promise<void>;
} {
  if (threads === 0) {
    const reader = fileReader(context);
    let taken = 0;
    return {
      next: async () => received(reader.read(files[taken++]!)),
      finish: async () => reader.unused(),
      close: async () => {},
    };
  }
  const workers = Array.from(
    { length: Math.min(threads, Math.max(1, files.length)) },
    () => new Worker(new URL('./page-reader-worker.ts', import.meta.url), { workerData: context }),
  );
  const busy = workers.map(() => 0);
  // Results and reading errors by their file's place in `files`: an error counts when its page's turn comes,
  // so that which error stops the build does not depend on which thread was quicker.
  const arrived = new Map<number, { result: PostedResult } | { error: unknown }>();
  const unusedBy: number[][] = [];
  let failure: unknown;
  let closing = false;
  let sent = 0;
  let taken = 0;
  // The one caller waiting, for the next result or for every thread's unused terms.
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const fail = (error: unknown) => {
    failure ??= error;
    notify();
  };
  const send = () => {
    while (sent < files.length && sent - taken < READ_AHEAD) {
      const least = busy.indexOf(Math.min(...busy));
      busy[least]!++;
      workers[least]!.postMessage({ read: sent, file: files[sent]! } satisfies ToReader);
      sent++;
    }
  };
  workers.forEach((worker, i) => {
    worker.on('message', (message: FromReader) => {
      if ('unused' in message) unusedBy.push(message.unused);
      else {
        busy[i]!--;
        arrived.set(message.read, message);
      }
      notify();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!closing) fail(new Error(`En tråd, der læste de byggede sider, stoppede (kode ${code}).`));
    });
  });
  const until = async (ready: () => boolean) => {
    while (!ready() && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
    if (failure !== undefined) throw failure;
  };
  send();
  return {
    async next() {
      await until(() => arrived.has(taken));
      const read = arrived.get(taken)!;
      arrived.delete(taken++);
      if ('error' in read) throw read.error;
      send();
      return received(read.result);
    },
    async finish() {
      for (const worker of workers) worker.postMessage({ done: true } satisfies ToReader);
      await until(() => unusedBy.length === workers.length);
      // A term is unused when no thread's pages used it.
      return unusedBy.reduce((all, some) => all.filter((t) => some.includes(t)));
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
