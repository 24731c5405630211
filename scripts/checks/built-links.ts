import type { BuiltPage, BuiltSite, PageElement } from '../lib/built-site.ts';
import { FindingCollector } from '../lib/findings.ts';
import { locateInSource } from '../lib/source-location.ts';
import { resolveTarget } from '../lib/link-target.ts';
import { closest } from '../lib/closest.ts';
import type { Problem } from '../lib/problem.ts';

/** Attributes that point at another page or at a file the browser loads. */
const REFERENCES: Readonly<Record<string, readonly { attr: string; list?: boolean }[]>> = {
  a: [{ attr: 'href' }],
  area: [{ attr: 'href' }],
  link: [{ attr: 'href' }],
  script: [{ attr: 'src' }],
  img: [{ attr: 'src' }, { attr: 'srcset', list: true }],
  source: [{ attr: 'src' }, { attr: 'srcset', list: true }],
  video: [{ attr: 'src' }, { attr: 'poster' }],
  audio: [{ attr: 'src' }],
  iframe: [{ attr: 'src' }],
  object: [{ attr: 'data' }],
  use: [{ attr: 'href' }, { attr: 'xlink:href' }],
  form: [{ attr: 'action' }],
};

/** <link rel> values that name another page rather than a file the page loads. */
const PAGE_RELS = new Set(['canonical', 'alternate', 'prev', 'next', 'help', 'license', 'author']);

/** Fragments every browser understands without an element of that id. */
const BUILT_IN_FRAGMENTS = new Set(['', 'top']);

/**
 * Every internal link, every file a page loads and every #fragment must exist in the build.
 * A broken one is reported at the source file and line it came from.
 */
export function checkBuiltLinks(site: BuiltSite): ReturnType<FindingCollector['problems']> {
  const found = new FindingCollector();
  const pagePaths = [...site.pages.keys()];
  for (const page of site.pages.values()) {
    for (const el of page.elements) {
      for (const { attr, list } of REFERENCES[el.tag] ?? []) {
        const value = el.attrs[attr]?.trim();
        if (!value) continue;
        for (const href of list ? srcsetUrls(value) : [value]) {
          if (/^(mailto|tel|data|blob|javascript):/i.test(href)) continue;
          const problem = judge(site, page, el, attr, href, pagePaths);
          if (problem) found.add(page, problem);
        }
      }
    }
  }
  return found.problems();
}

function judge(
  site: BuiltSite,
  page: BuiltPage,
  el: PageElement,
  attr: string,
  href: string,
  pagePaths: string[],
): Problem | undefined {
  const target = resolveTarget(site, page, href);
  const what = describe(el, attr, href);
  const at = (needles: string[]) => ({ check: 'links', ...locateInSource(site, page, [href, ...needles]) });
  const withoutBase = (p: string) => (p.startsWith(site.base) ? `/${p.slice(site.base.length)}` : p);
  switch (target.type) {
    case 'external':
    case 'file':
      return undefined;
    case 'outside-base':
      return {
        ...at([target.pathname]),
        kind: 'link-uden-for-sti',
        message: `${what} peger på ${target.pathname}, som ligger uden for sitets sti ${site.base}.`,
        hint: `Skriv adressen med url() fra src/lib/url.ts, som sætter ${site.base} foran, eller brug en relativ adresse.`,
      };
    case 'missing': {
      const needles = [withoutBase(target.pathname)];
      if (target.withSlash) {
        return {
          ...at(needles),
          kind: 'link-uden-skraastreg',
          message: `${what} peger på ${target.pathname} uden skråstreg til sidst, men siden ligger på ${target.withSlash}.`,
          hint: `Skriv ${withoutBase(target.withSlash)} med / til sidst; sitet bygges med trailingSlash: 'always'.`,
        };
      }
      const isPage =
        ['a', 'area', 'form'].includes(el.tag) ||
        (el.tag === 'link' && PAGE_RELS.has((el.attrs.rel ?? '').toLowerCase()));
      const near = closest(target.pathname, pagePaths);
      return {
        ...at(needles),
        kind: 'link-findes-ikke',
        message: isPage
          ? `${what} peger på ${target.pathname}, som ikke findes i buildet.`
          : `${what} henter ${target.pathname}, som ikke findes i buildet.`,
        hint: isPage
          ? `${near ? `Mente du ${near}? ` : ''}Ret adressen, eller opret siden, den skal føre til.`
          : `Læg filen i public/ eller ret stien. Filer i public/ får adressen uden "public/".`,
      };
    }
    case 'page': {
      const fragment = target.fragment;
      if (fragment === undefined || BUILT_IN_FRAGMENTS.has(fragment) || fragment.startsWith(':~:'))
        return undefined;
      const targetPage = site.pages.get(target.path);
      if (!targetPage || targetPage.anchors.has(fragment)) return undefined;
      const near = closest(fragment, [...targetPage.anchors]);
      const samePage = targetPage === page;
      return {
        ...at([`#${fragment}`, fragment]),
        kind: 'anker-findes-ikke',
        message: `${what} peger på afsnittet #${fragment}${samePage ? ' på samme side' : ` på ${target.path}`}, men ${samePage ? 'siden' : 'den side'} har intet element med id="${fragment}".`,
        hint: `${near ? `Mente du #${near}? ` : ''}Ret ankeret efter #, eller giv overskriften det id, linket bruger.`,
      };
    }
  }
}

function describe(el: PageElement, attr: string, href: string): string {
  const tag = el.tag;
  if (tag === 'link') return `<link rel="${el.attrs.rel ?? ''}" href="${href}">`;
  if (tag === 'a' || tag === 'area') {
    const name = el.name ?? '';
    return name ? `Linket "${name.length > 60 ? `${name.slice(0, 57)}...` : name}"` : `Linket til ${href}`;
  }
  return `<${tag} ${attr}="${href}">`;
}

/** The URLs of a srcset ("a.png 1x, b.png 2x"). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}
