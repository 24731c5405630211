// How a page rendered by `astro build` reaches the steps that read the finished site (the search index and
// the built-HTML checks, src/integrations/after-build.ts) as soon as it is rendered: the middleware hands
// every page's HTML to the sink the after-build integration sets for the build. Astro renders the pages in
// the process that runs the integrations, but bundles the middleware apart from them, so the two share the
// sink through a global, not through this module's state. No sink (the dev server): nothing is handed on.

/**
 * Takes a rendered page: its address as Astro renders it (with base path) and its finished HTML. A promise
 * back asks the caller to wait before it hands over more pages.
 */
export type RenderedPageSink = (pathname: string, html: string) => void | Promise<void>;

const SINK = Symbol.for('genomvejledninger.renderedPageSink');
type WithSink = { [SINK]?: RenderedPageSink };

/** Sets (or, with undefined, removes) the sink for the pages rendered from now on. */
export function setRenderedPageSink(sink: RenderedPageSink | undefined): void {
  (globalThis as WithSink)[SINK] = sink;
}

/** The sink of the build that is rendering, if any. */
export function renderedPageSink(): RenderedPageSink | undefined {
  return (globalThis as WithSink)[SINK];
}
