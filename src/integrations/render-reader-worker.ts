// The reader thread of src/integrations/render-reader.ts: reads each page the main thread hands over, in the
// order they come, writes it to the pages' file as a line of JSON and, when it is indexed, to the search
// mirror as Pagefind is to get it, and at the end posts the search terms no page used.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { normaliseBase } from '../../scripts/lib/built-site.ts';
import { runInBackground } from '../lib/background-thread.ts';
import { createMatcher } from '../lib/search-keywords.ts';
import type { FromRenderReader, RenderReaderContext, ToRenderReader } from './render-reader.ts';
import { renderedPagesWriter } from './rendered-file.ts';
import { readRenderedPage, withMetas } from './search-page.ts';
import { readSearchTerms } from './search-terms.ts';

// Astro renders on its main thread, which the build waits for; this thread reads on whatever core that
// leaves, and gives way when the two want the same one (the pages waiting for it are bounded).
runInBackground();
const { root, base, file, mirror } = workerData as RenderReaderContext;
const { terms } = readSearchTerms(root);
const matcher = createMatcher(terms);
const prefix = normaliseBase(base);
mkdirSync(mirror, { recursive: true });
const out = renderedPagesWriter(file);
const port = parentPort!;
port.on('message', (message: ToRenderReader) => {
  if ('done' in message) {
    out.close();
    const unused = matcher.unused().map((term) => terms.indexOf(term));
    return port.postMessage({ unused } satisfies FromRenderReader);
  }
  const { pathname, html } = message;
  // Astro's addresses are URL-encoded; the files, `sider` and the index use the letters themselves.
  const address = decodeURI(pathname);
  const path = address.startsWith(prefix) ? `/${address.slice(prefix.length)}` : address;
  const page = readRenderedPage(html, path, matcher);
  // The file Astro writes the page to ("directory" format); a page at another kind of address is left to
  // the after-build steps, which mirror every indexed page the mirror does not have.
  if (page.indexed && path.endsWith('/')) {
    page.mirrored = `${path.slice(1)}index.html`;
    const copy = join(mirror, page.mirrored);
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, withMetas(html, page.metas));
    page.metas = '';
  }
  out.write(page);
  port.postMessage({ read: true } satisfies FromRenderReader);
});
