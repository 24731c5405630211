import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import type { Problem } from './problem.ts';

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

/** Reads and parses every HTML file of a build once, for all the checks on the built site. */
export function readBuiltSite(root: string, dist: string, options: ReadOptions = {}): BuiltSite {
  const base = normaliseBase(options.base ?? '/');
  const origin = new URL(options.site ?? 'http://localhost:4321').origin;
  const files = new Set(listFiles(dist));
  const pages = new Map<string, BuiltPage>();
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const routePath = pagePathOf(file);
    const path = base + routePath.slice(1);
    const { elements, anchors } = scanPage(readFileSync(join(dist, file), 'utf8'));
    pages.set(path, {
      path,
      file: relative(root, join(dist, file)).split(sep).join('/'),
      elements,
      anchors,
      source: options.sourceOf?.(routePath) ?? {},
    });
  }
  return { root, dist, base, origin, pages, files };
}

/**
 * One streaming pass over a page with htmlparser2: no DOM is built, because the checks only need the
 * elements with attributes, the ids, and the text of each link. Thousands of pages parse in seconds.
 */
export function scanPage(html: string): { elements: PageElement[]; anchors: Set<string> } {
  const elements: PageElement[] = [];
  const anchors = new Set<string>();
  let link: { element: PageElement; text: string[]; alts: string[] } | undefined;
  const parser = new Parser(
    {
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
          link.element.name = squash(label?.trim() ? label : [...link.text, ' ', ...link.alts.join(' ')].join(''));
          link = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { elements, anchors };
}

/** Tags whose attributes may point at a page or a file; other elements matter only for on… attributes. */
export const REFERENCE_TAGS = new Set(['a', 'area', 'link', 'script', 'img', 'source', 'video', 'audio', 'iframe', 'object', 'use', 'form', 'button', 'input']);

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

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out;
}

/** What a link or resource reference in the HTML resolves to. */
export type Target =
  | { type: 'external' }
  | { type: 'outside-base'; pathname: string }
  | { type: 'page'; path: string; fragment?: string }
  | { type: 'file'; file: string; path: string }
  | { type: 'missing'; pathname: string; fragment?: string; withSlash?: string };

/** Resolves an href or src found on `page` against the build. */
export function resolveTarget(site: BuiltSite, page: BuiltPage, href: string): Target {
  const { pathname, fragment, external } = splitHref(site, page, href);
  if (external) return { type: 'external' };
  if (!pathname.startsWith(site.base) && `${pathname}/` !== site.base) return { type: 'outside-base', pathname };
  const rel = pathname.slice(site.base.length);
  if (site.pages.has(pathname)) return { type: 'page', path: pathname, fragment };
  if (rel && site.files.has(rel)) return { type: 'file', file: rel, path: pathname };
  if (!pathname.endsWith('/') && site.pages.has(`${pathname}/`)) return { type: 'missing', pathname, fragment, withSlash: `${pathname}/` };
  return { type: 'missing', pathname, fragment };
}

/**
 * Path and fragment of an href. The common forms ("#x", "/a/b/#x") are split directly, because pages
 * have hundreds of links; anything else (relative paths, "..", queries, absolute URLs) goes through URL.
 */
function splitHref(site: BuiltSite, page: BuiltPage, href: string): { pathname: string; fragment?: string; external?: boolean } {
  const hash = href.indexOf('#');
  const before = hash < 0 ? href : href.slice(0, hash);
  const fragment = hash < 0 ? undefined : safeDecode(href.slice(hash + 1));
  if (before === '') return { pathname: page.path, fragment };
  if (before.startsWith('/') && !before.startsWith('//') && !before.includes('/.') && !before.includes('?') && !before.includes('\\')) {
    return { pathname: safeDecode(before), fragment };
  }
  let url: URL;
  try {
    url = new URL(href, site.origin + page.path);
  } catch {
    return { pathname: href, fragment };
  }
  if (url.origin !== site.origin) return { pathname: url.pathname, external: true };
  return { pathname: safeDecode(url.pathname), fragment: url.hash ? safeDecode(url.hash.slice(1)) : undefined };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Finds the file and line where something on a built page was written: the page's content file,
 * then its src/pages template, then the components and layouts. `needles` are tried in order in each
 * file; the first file containing one wins. Without a match it falls back to the content file, since
 * the page is made from it, or else to the template.
 */
export function locateInSource(site: BuiltSite, page: BuiltPage, needles: readonly string[]): { file: string; line?: number } {
  const usable = needles.filter((n) => n.length >= 3);
  const candidates = [page.source.content, page.source.template, ...sharedSources(site.root)].filter((f): f is string => !!f);
  for (const file of candidates) {
    const text = readSource(site.root, file);
    if (text === undefined) continue;
    for (const needle of usable) {
      const at = text.indexOf(needle);
      if (at >= 0) return { file, line: text.slice(0, at).split('\n').length };
    }
  }
  return { file: page.source.content ?? page.source.template ?? page.file };
}

const sourceCache = new Map<string, string | undefined>();
function readSource(root: string, file: string): string | undefined {
  const key = join(root, file);
  if (!sourceCache.has(key)) sourceCache.set(key, existsSync(key) ? readFileSync(key, 'utf8') : undefined);
  return sourceCache.get(key);
}

const sharedCache = new Map<string, string[]>();
function sharedSources(root: string): string[] {
  let list = sharedCache.get(root);
  if (!list) {
    list = ['src/layouts', 'src/components']
      .flatMap((dir) => listFiles(join(root, dir)).map((f) => `${dir}/${f}`))
      .filter((f) => f.endsWith('.astro'))
      .sort();
    sharedCache.set(root, list);
  }
  return list;
}

/**
 * The same fault in a layout or component shows on many pages; an editor should read it once.
 * Collects findings by (file, line, message) and names the pages each one is on.
 */
export class FindingCollector {
  readonly #found = new Map<string, { problem: Problem; pages: string[] }>();

  add(page: BuiltPage, problem: Problem): void {
    const key = [problem.check, problem.file, problem.line, problem.message, problem.hint].join('\u0000');
    const found = this.#found.get(key);
    if (found) {
      if (!found.pages.includes(page.path)) found.pages.push(page.path);
    } else this.#found.set(key, { problem, pages: [page.path] });
  }

  problems(): Problem[] {
    return [...this.#found.values()].map(({ problem, pages }) => ({ ...problem, message: `${problem.message} ${onPages([...pages].sort())}` }));
  }
}

export function onPages(pages: readonly string[]): string {
  if (pages.length === 1) return `(på siden ${pages[0]})`;
  const shown = pages.slice(0, 3).join(', ');
  return pages.length > 3 ? `(på ${pages.length} sider: ${shown} og ${pages.length - 3} flere)` : `(på ${pages.length} sider: ${shown})`;
}
