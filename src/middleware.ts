// Every page gets a note registry while it renders; when it is rendered, its note markers are
// numbered in reading order and its "Kilder og noter" section is written (src/lib/notes.ts), and long
// compounds in its headings and labels get break points (src/lib/hyphenation.ts). In `astro build` the
// finished page is also handed to the search index and the built-HTML checks (src/lib/rendered-pages.ts).
import { defineMiddleware } from 'astro:middleware';
import { getCollection } from 'astro:content';
import { NoteRegistry, placeNotes, type SourceInfo } from './lib/notes.ts';
import { sourceUrl } from './lib/url.ts';
import { breakCompounds } from './lib/hyphenation.ts';
import { renderedPageSink } from './lib/rendered-pages.ts';

let sources: Promise<Map<string, SourceInfo>> | undefined;
const sourceInfo = () =>
  (sources ??= getCollection('kilder').then(
    (all) =>
      new Map(
        all.map((s) => [s.id, { titel: s.data.titel, aar: s.data.dato.slice(0, 4), href: sourceUrl(s.id) }]),
      ),
  ));

export const onRequest = defineMiddleware(async (context, next) => {
  const registry = new NoteRegistry();
  context.locals.notes = registry;
  const response = await next();
  if (!(response.headers.get('content-type') ?? 'text/html').includes('text/html')) return response;
  const html = await response.text();
  const finished = breakCompounds(placeNotes(html, registry, await sourceInfo()));
  await renderedPageSink()?.(context.url.pathname, finished);
  return new Response(finished, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
