import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { collections } from '../../schemas/collections.ts';
import type { PageSource } from './built-site.ts';

/** What the link checks need to know of one Astro route. */
export interface RouteInfo {
  /** The src/pages file, relative to the project root. */
  entrypoint: string;
  patternRegex: RegExp;
  /** Names of the route's parameters, in the order the regex captures them. */
  params: readonly string[];
}

/**
 * Maps a built page to the files it is made from: the route's src/pages file, and, for a route with
 * parameters, the content file whose id is a parameter value (/indikationer/HAEM-RR/ →
 * content/indikationer/HAEM-RR.yaml). A collection whose folder is named in the route wins, so
 * /grupper/[slug] finds content/grupper/ before another collection with an entry of the same id.
 */
export function pageSourceResolver(
  root: string,
  routes: readonly RouteInfo[],
): (routePath: string) => PageSource {
  const specs = Object.values(collections);
  return (routePath) => {
    // "/404.html" is built from the route "/404", whose pattern may want a trailing slash.
    const stem = routePath.endsWith('.html') ? routePath.slice(0, -'.html'.length) : undefined;
    const candidates = stem ? [routePath, stem, `${stem}/`] : [routePath];
    for (const route of routes) {
      const match = candidates.map((c) => route.patternRegex.exec(c)).find(Boolean);
      if (!match) continue;
      const values = match.slice(1).filter((v): v is string => typeof v === 'string');
      const ordered = [...specs].sort(
        (a, b) =>
          Number(route.entrypoint.includes(`/${b.folder}/`)) -
          Number(route.entrypoint.includes(`/${a.folder}/`)),
      );
      for (const value of values) {
        for (const spec of ordered) {
          const file = `content/${spec.folder}/${decodeURIComponent(value)}${spec.extension}`;
          if (existsSync(join(root, file))) return { template: route.entrypoint, content: file };
        }
      }
      return { template: route.entrypoint };
    }
    return {};
  };
}
