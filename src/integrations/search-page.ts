// One built page as the search index sees it: its language, the text of its indexed part and of that part's
// first heading, and the HTML Pagefind gets for it, with the page's search words from content/soegeord/ as
// metadata. Read on the page reader's threads (src/integrations/page-reader.ts), one page at a time.
import { relative, sep } from 'node:path';
import { Parser, type Handler } from 'htmlparser2';
import { PARSER_OPTIONS } from '../../scripts/lib/built-site.ts';
import { isPatientPath, KEYWORDS_META } from '../lib/search-facets.ts';
import type { Matcher } from '../lib/search-keywords.ts';

/** What Pagefind gets for one page, and what the index step keeps of it. */
export interface SearchRecord {
  /** The address without base path, e.g. "/grupper/x/". */
  path: string;
  lang: string | undefined;
  /** The page's HTML with its search words as metadata in <head>. */
  content: string;
  /** Whether the page got any search words. */
  hasKeywords: boolean;
}

/**
 * The record of the page `file` (absolute, in `outDir`) whose HTML is `html`, or undefined for a page that is
 * not indexed. `also`: another reader's parser handler, given every event of the same pass.
 */
export function searchRecord(
  outDir: string,
  file: string,
  html: string,
  matcher: Matcher,
  also?: Partial<Handler>,
): SearchRecord | undefined {
  const page = readPage(html, also);
  if (!page) return undefined;
  const path = pagePath(outDir, file);
  const keywords = matcher.keywordsFor({
    text: page.text,
    heading: page.heading,
    path,
    forPatients: isPatientPath(path),
  });
  const metas = (['about', 'mentions', 'everyday'] as const)
    .filter((kind) => keywords[kind].length)
    .map(
      (kind) =>
        `<meta data-pagefind-meta="${KEYWORDS_META[kind]}[content]" content="${escapeAttribute(keywords[kind].join(', '))}">`,
    )
    .join('');
  return {
    path,
    lang: page.lang,
    content: metas ? html.replace('</head>', `${metas}</head>`) : html,
    hasKeywords: metas !== '',
  };
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
