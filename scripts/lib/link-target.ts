// Where an href or src on a built page leads: another page, a file, outside the site, or nowhere.
import type { BuiltPage, BuiltSite } from './built-site.ts';

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
  if (!pathname.startsWith(site.base) && `${pathname}/` !== site.base)
    return { type: 'outside-base', pathname };
  const rel = pathname.slice(site.base.length);
  if (site.pages.has(pathname)) return { type: 'page', path: pathname, fragment };
  if (rel && site.files.has(rel)) return { type: 'file', file: rel, path: pathname };
  if (!pathname.endsWith('/') && site.pages.has(`${pathname}/`))
    return { type: 'missing', pathname, fragment, withSlash: `${pathname}/` };
  return { type: 'missing', pathname, fragment };
}

/**
 * Path and fragment of an href. The common forms ("#x", "/a/b/#x") are split directly, because pages
 * have hundreds of links; anything else (relative paths, "..", queries, absolute URLs) goes through URL.
 */
function splitHref(
  site: BuiltSite,
  page: BuiltPage,
  href: string,
): { pathname: string; fragment?: string; external?: boolean } {
  const hash = href.indexOf('#');
  const before = hash < 0 ? href : href.slice(0, hash);
  const fragment = hash < 0 ? undefined : safeDecode(href.slice(hash + 1));
  if (before === '') return { pathname: page.path, fragment };
  if (
    before.startsWith('/') &&
    !before.startsWith('//') &&
    !before.includes('/.') &&
    !before.includes('?') &&
    !before.includes('\\')
  ) {
    return { pathname: safeDecode(before), fragment };
  }
  let url: URL;
  try {
    url = new URL(href, site.origin + page.path);
  } catch {
    return { pathname: href, fragment };
  }
  if (url.origin !== site.origin) return { pathname: url.pathname, external: true };
  return {
    pathname: safeDecode(url.pathname),
    fragment: url.hash ? safeDecode(url.hash.slice(1)) : undefined,
  };
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
