import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser, type Handler } from 'htmlparser2';

/** Where a built page comes from, so a problem in its HTML can be fixed where it was written. */
export interface PageSource {
  /** The src/pages file that renders the page, relative to the project root. */
  template?: string;
  /** The content file the page is made from, when it is made from one. */
  content?: string;
}

export interface BuiltPage {
  /** Public URL path, with the base path, e.g. "/grupper/haematologisk-cancer/". */
  path: string;
  /** The HTML file, relative to the project root. */
  file: string;
  /** The elements the checks look at: every element with an attribute, in document order. */
  elements: PageElement[];
  /** Every id (and a[name]) on the page, the targets of #fragments. */
  anchors: Set<string>;
  source: PageSource;
}

export interface PageElement {
  /** Lower-case tag name. */
  tag: string;
  /** Attributes with lower-case names and decoded values. */
  attrs: Record<string, string>;
  /** For links (a, area): the name a screen reader announces: aria-label, else text and image alts. */
  name?: string;
}

export interface BuiltSite {
  /** Project root (absolute); source files are reported relative to it. */
  root: string;
  /** The build output folder (absolute). */
  dist: string;
  /** Base path with leading and trailing slash, e.g. "/" or "/vejledninger/". */
  base: string;
  /** Origin of the configured `site`; links to it count as internal (canonical links use it). */
  origin: string;
  pages: Map<string, BuiltPage>;
  /** Every file in the build, as a path relative to dist with forward slashes. */
  files: Set<string>;
}

export interface ReadOptions {
  base?: string;
  site?: string;
  /** Maps a page's route path (without the base path, e.g. "/grupper/x/") to its source files. */
  sourceOf?: (routePath: string) => PageSource;
}

/**
 * Reads and parses every HTML file of a build once, for all the checks on the built site. Pages in `early`
 * (keyed by their file in dist) were parsed in an earlier pass over the pages, the search index's, and are
 * taken as they are unless their file changed since; pages written since are parsed now.
 */
export function readBuiltSite(
  root: string,
  dist: string,
  options: ReadOptions = {},
  early: ReadonlyMap<string, EarlyPage> = new Map(),
): BuiltSite {
  const base = normaliseBase(options.base ?? '/');
  const origin = new URL(options.site ?? 'http://localhost:4321').origin;
  const files = new Set(listFiles(dist));
  const pages = new Map<string, BuiltPage>();
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const known = early.get(file);
    const page =
      known && known.mtimeMs === statSync(join(dist, file)).mtimeMs
        ? known.page
        : readPage(root, dist, file, base, options);
    pages.set(page.path, page);
  }
  return { root, dist, base, origin, pages, files };
}

/** A page parsed ahead of the checks, with the time its file was last written. */
export interface EarlyPage {
  page: BuiltPage;
  mtimeMs: number;
}

function readPage(root: string, dist: string, file: string, base: string, options: ReadOptions): BuiltPage {
  return builtPage(root, dist, file, base, options, scanPage(readFileSync(join(dist, file), 'utf8')));
}

/**
 * A page in the build as the checks see it, from what pageScanner found in it. For a reader of the build
 * that parses every page anyway (the search index): it hands pageScanner's handler to its own pass, so each
 * page is read and parsed once for both. `copied`: whether the page's strings must be made independent of
 * its HTML here; a page read on another thread and posted back is copied by the posting anyway.
 */
export function builtPage(
  root: string,
  dist: string,
  file: string,
  base: string,
  options: ReadOptions,
  scanned: { elements: PageElement[]; anchors: Set<string> },
  copied = true,
): BuiltPage {
  const routePath = pagePathOf(file);
  const path = normaliseBase(base) + routePath.slice(1);
  // The parser's attribute values and ids are slices of the page's text, which keep the whole text alive
  // (V8 keeps a long substring as a view of its parent): every page's HTML would stay in memory until the
  // checks end. A copy through JSON gives strings of their own (about a third of the memory at 1,800 pages).
  const elements = copied
    ? (JSON.parse(JSON.stringify(scanned.elements)) as PageElement[])
    : scanned.elements;
  const anchors = copied
    ? new Set(JSON.parse(JSON.stringify([...scanned.anchors])) as string[])
    : scanned.anchors;
  return {
    path,
    file: relative(root, join(dist, file)).split(sep).join('/'),
    elements,
    anchors,
    source: options.sourceOf?.(routePath) ?? {},
  };
}

/** The options every pass over a built page parses with, so passes can share one parser. */
export const PARSER_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

/**
 * One streaming pass over a page with htmlparser2: no DOM is built, because the checks only need the
 * elements with attributes, the ids, and the text of each link. Thousands of pages parse in seconds.
 */
export function scanPage(html: string): { elements: PageElement[]; anchors: Set<string> } {
  const scanner = pageScanner();
  const parser = new Parser(scanner.handler, PARSER_OPTIONS);
  parser.write(html);
  parser.end();
  return scanner.result();
}

/** scanPage's pass as a parser handler, with what it found once the page has been parsed. */
export function pageScanner(): {
  handler: Partial<Handler>;
  result(): { elements: PageElement[]; anchors: Set<string> };
} {
  const elements: PageElement[] = [];
  const anchors = new Set<string>();
  let link: { element: PageElement; text: string[]; alts: string[] } | undefined;
  const handler: Partial<Handler> = {
    onopentag(tag, attrs) {
      if (attrs.id !== undefined) anchors.add(attrs.id);
      if (tag === 'a' && attrs.name !== undefined) anchors.add(attrs.name);
      const element: PageElement = { tag, attrs };
      if (isRelevant(tag, attrs)) elements.push(element);
      if (tag === 'img' && link && attrs.alt) link.alts.push(attrs.alt);
      if ((tag === 'a' || tag === 'area') && !link) {
        link = { element, text: [], alts: [] };
        if (tag === 'area') link.alts.push(attrs.alt ?? '');
      }
    },
    ontext(text) {
      link?.text.push(text);
    },
    onclosetag(tag) {
      if (link && tag === link.element.tag) {
        const label = link.element.attrs['aria-label'];
        link.element.name = squash(
          label?.trim() ? label : [...link.text, ' ', ...link.alts.join(' ')].join(''),
        );
        link = undefined;
      }
    },
  };
  return { handler, result: () => ({ elements, anchors }) };
}

/** Tags whose attributes may point at a page or a file; other elements matter only for on… attributes. */
export const REFERENCE_TAGS = new Set([
  'a',
  'area',
  'link',
  'script',
  'img',
  'source',
  'video',
  'audio',
  'iframe',
  'object',
  'use',
  'form',
  'button',
  'input',
]);

function isRelevant(tag: string, attrs: Record<string, string>): boolean {
  if (REFERENCE_TAGS.has(tag)) return true;
  for (const name in attrs) if (name.charCodeAt(0) === 111 && name.charCodeAt(1) === 110) return true; // "on…"
  return false;
}

/** "grupper/index.html" → "/grupper/", "404.html" → "/404.html". */
export function pagePathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
