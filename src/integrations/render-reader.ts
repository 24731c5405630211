// Reads each page for the search index and the built-HTML checks while Astro renders the next one. Astro
// renders on one thread and leaves the machine's other cores idle; reading the finished site after the
// build (parsing every page, finding its search words) came on top of the build's time. Here the middleware
// hands each finished page over (src/lib/rendered-pages.ts), a worker thread reads it
// (src/integrations/render-reader-worker.ts) and writes what the after-build steps need of it as one line of
// JSON to a file, so memory does not grow with the number of pages, and each indexed page with its search
// words to a mirror of the build folder, which Pagefind indexes once the build is done. The after-build steps
// take a page from there when its file in the build is the page that was read (src/integrations/search-index.ts).
import { Worker } from 'node:worker_threads';
import type { RenderedPages } from '../../scripts/lib/hand-off.ts';
import type { RenderedPageSink } from '../lib/rendered-pages.ts';

/** What the reader thread needs: plain data, since it crosses to the thread. */
export interface RenderReaderContext {
  /** Project root (absolute): the search terms are read from its content/soegeord/. */
  root: string;
  /** Astro's base path; the search words are chosen for a page's address without it. */
  base: string;
  /** The file the pages are written to, one RenderedPage (src/integrations/search-page.ts) as JSON per line. */
  file: string;
  /** The folder each indexed page is written to as Pagefind is to get it, with its search words. */
  mirror: string;
}

/** Messages between the main thread and the reader thread. */
export type ToRenderReader = { pathname: string; html: string } | { done: true };
export type FromRenderReader = { read: true } | { unused: number[] };

/**
 * Pages handed over and not yet read: enough to keep the thread busy, and a bound on the memory of the pages
 * waiting for it, should Astro render faster than the thread reads (a busy machine).
 */
const WAITING = 32;

/**
 * Starts the reader thread. `submit` hands it a rendered page; it returns at once, or, with WAITING pages
 * waiting already, a promise that settles when the thread has caught up. `finish` waits until every page handed
 * over is written and stops the thread. It rejects, with a Danish message, when the thread failed; the
 * after-build steps then read the pages from the build folder instead.
 */
export function startRenderReader(context: RenderReaderContext): {
  submit: RenderedPageSink;
  finish(): Promise<RenderedPages>;
} {
  const worker = new Worker(new URL('./render-reader-worker.ts', import.meta.url), { workerData: context });
  let failure: unknown;
  let waiting = 0;
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((resume) => resume());
  worker.on('message', (message: FromRenderReader) => {
    if (!('read' in message)) return;
    waiting--;
    if (waiting < WAITING) wake();
  });
  const fail = (error: unknown) => {
    failure ??= error;
    // Pages waiting for a thread that is gone would hold the renderer up for good.
    wake();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`Tråden stoppede (kode ${code}).`)));
  return {
    submit(pathname, html) {
      if (failure !== undefined) return;
      worker.postMessage({ pathname, html } satisfies ToRenderReader);
      if (++waiting < WAITING) return;
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
    async finish() {
      try {
        const unused = await new Promise<number[]>((resolve, reject) => {
          if (failure !== undefined) return reject(failure);
          worker.on('message', (message: FromRenderReader) => {
            if ('unused' in message) resolve(message.unused);
          });
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`Tråden stoppede (kode ${code}).`)));
          worker.postMessage({ done: true } satisfies ToRenderReader);
        });
        return { file: context.file, mirror: context.mirror, unused };
      } catch (error) {
        throw new Error('De byggede sider kunne ikke læses, mens de blev bygget.', { cause: error });
      } finally {
        await worker.terminate();
      }
    },
  };
}
