// One rendered page as the search index and the built-HTML checks see it, from one streaming pass over its
// HTML: its language, whether it is indexed and the search words from content/soegeord/ it gets (as metadata
// Pagefind reads), and the checks' view of its elements and ids. Made while Astro renders the pages, on a
// thread of its own (src/integrations/render-reader.ts), and after the build for a page not seen then.
import { relative, sep } from 'node:path';
import { Parser, type Handler } from 'htmlparser2';
import { PARSER_OPTIONS, pageScanner, type PageElement } from '../../scripts/lib/built-site.ts';
import { isPatientPath, KEYWORDS_META } from '../lib/search-facets.ts';
import type { Matcher } from '../lib/search-keywords.ts';

/** What the after-build steps need of one page: plain data, so it can cross threads and files as JSON. */
export interface RenderedPage {
  /** The address without base path, e.g. "/grupper/x/": what the search words were chosen for. */
  path: string;
  /**
   * The size of the page's HTML in bytes, so the after-build steps can tell that the file in the build is
   * this page without reading it again: Astro writes the page the middleware gives it, and anything that
   * changed the file since would almost surely change its size.
   */
  bytes: number;
  lang: string | undefined;
  /** Whether the page has an indexed part (`data-pagefind-body`). */
  indexed: boolean;
  /** Whether the page gets search words from content/soegeord/. */
  keywords: boolean;
  /**
   * The page's search words as <meta> tags for its <head>; empty when it gets none, and in the pages' file
   * for a page the reader thread mirrored: the mirror holds them, and at 2,000 indications they were almost
   * half the file the after-build steps read back.
   */
  metas: string;
  /** The checks' view of the page (scripts/lib/built-site.ts). */
  elements: PageElement[];
  anchors: string[];
  /** The page's file in the search mirror, relative to it, when the reader thread wrote it there. */
  mirrored?: string;
}

/** The page at `path` (without base path) whose HTML is `html`. */
export function readRenderedPage(html: string, path: string, matcher: Matcher): RenderedPage {
  const scanner = pageScanner();
  const page = readPage(html, scanner.handler);
  const { elements, anchors } = scanner.result();
  const keywords =
    page &&
    matcher.keywordsFor({ text: page.text, heading: page.heading, path, forPatients: isPatientPath(path) });
  const metas = keywords
    ? (['about', 'mentions', 'everyday'] as const)
        .filter((kind) => keywords[kind].length)
        .map(
          (kind) =>
            `<meta data-pagefind-meta="${KEYWORDS_META[kind]}[content]" content="${escapeAttribute(keywords[kind].join(', '))}">`,
        )
        .join('')
    : '';
  return {
    path,
    bytes: Buffer.byteLength(html),
    lang: page?.lang,
    indexed: page !== undefined,
    keywords: metas !== '',
    metas,
    elements,
    anchors: [...anchors],
  };
}

/** The HTML Pagefind gets for a page: its own, with its search words in <head>. */
export function withMetas(html: string, metas: string): string {
  return metas ? html.replace('</head>', `${metas}</head>`) : html;
}

/** "/grupper/x/" for "grupper/x/index.html": the address without base path, as readers and `sider` write it. */
export function pagePath(outDir: string, file: string): string {
  const rel = relative(outDir, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

// Tags that start a new block of text, so that words in neighbouring blocks are not run together.
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
const NOT_TEXT = new Set(['script', 'style', 'template']);

/**
 * What the index step needs from a built page, read in one streaming pass (parsing every page into a
 * tree and writing it out again took most of the index's time): the page's language, and the text of
 * its indexed part (`data-pagefind-body`) and of that part's first heading. Undefined for a page that
 * is not indexed. `also`: another reader's handler, given every event of the same pass.
 */
export function readPage(
  html: string,
  also?: Partial<Handler>,
): { lang?: string; text: string; heading: string } | undefined {
  let lang: string | undefined;
  let bodyDepth = 0; // > 0 inside the indexed part
  let headingDepth = 0; // > 0 inside its first <h1>
  let headingDone = false;
  let skipDepth = 0;
  let found = false;
  const text: string[] = [];
  const heading: string[] = [];
  const handler: Partial<Handler> = {
    onopentag(name, attributes) {
      if (name === 'html') lang = attributes.lang;
      if (bodyDepth === 0 && 'data-pagefind-body' in attributes) {
        found = true;
        bodyDepth = 1;
        return;
      }
      if (bodyDepth === 0) return;
      bodyDepth++;
      // What Pagefind leaves out of the index must not earn the page search words either.
      if (NOT_TEXT.has(name) || 'data-pagefind-ignore' in attributes || skipDepth) skipDepth++;
      if (headingDepth) headingDepth++;
      else if (name === 'h1' && !headingDone) headingDepth = 1;
      if (BLOCK.has(name)) text.push(' ');
    },
    ontext(data) {
      if (bodyDepth === 0 || skipDepth) return;
      text.push(data);
      if (headingDepth) heading.push(data);
    },
    onclosetag(name) {
      if (bodyDepth === 0) return;
      bodyDepth--;
      if (skipDepth) skipDepth--;
      if (headingDepth && --headingDepth === 0) headingDone = true;
      if (BLOCK.has(name)) text.push(' ');
    },
  };
  // The same options as the checks' pass (scripts/lib/built-site.ts), so one parser can serve both.
  const parser = new Parser(also ? both(handler, also) : handler, PARSER_OPTIONS);
  parser.end(html);
  if (!found) return undefined;
  const clean = (parts: string[]) => parts.join('').replace(/\s+/g, ' ').trim();
  return { lang, text: clean(text), heading: clean(heading) };
}

/** One handler that gives every parser event to `first`, then to `second`. */
function both(first: Partial<Handler>, second: Partial<Handler>): Partial<Handler> {
  return {
    onopentag(name, attributes, implied) {
      first.onopentag?.(name, attributes, implied);
      second.onopentag?.(name, attributes, implied);
    },
    ontext(data) {
      first.ontext?.(data);
      second.ontext?.(data);
    },
    onclosetag(name, implied) {
      first.onclosetag?.(name, implied);
      second.onclosetag?.(name, implied);
    },
    onend() {
      first.onend?.();
      second.onend?.();
    },
  };
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
