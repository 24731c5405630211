// How `astro build` hands the finished site to the steps that read it (the search index and the built-HTML
// checks) when `npm run build` runs those in a process of their own (scripts/build.ts): the variable names a
// file, and Astro's process writes there what the steps need to know of the build and nothing else.
import { readFileSync, writeFileSync } from 'node:fs';
import type { RouteInfo } from './page-sources.ts';

/** Set by scripts/build.ts: the file `astro build` writes its hand-off to, instead of running the steps itself. */
export const HAND_OFF_VARIABLE = 'GENOMVEJLEDNINGER_AFTER_BUILD';

/** What the after-build steps need of a finished `astro build`: plain data, so it can cross processes. */
export interface HandOff {
  /** Project root (absolute). */
  root: string;
  /** The build output folder (absolute). */
  dist: string;
  base: string;
  site: string | undefined;
  routes: RouteInfo[];
  /** The pages as they were read while Astro rendered them, when that worked. */
  rendered?: RenderedPages;
}

/** What reading the pages while Astro rendered them gave (src/integrations/render-reader.ts). */
export interface RenderedPages {
  /** One page per line, as JSON (RenderedPage in src/integrations/search-page.ts). */
  file: string;
  /** The folder the indexed pages were written to, with their search words, for Pagefind. */
  mirror: string;
  /** Indexes into the search terms of content/soegeord/ of the terms no page used. */
  unused: number[];
}

/** The hand-off file named by the environment, when `astro build` runs under scripts/build.ts. */
export function handOffFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[HAND_OFF_VARIABLE] || undefined;
}

export function writeHandOff(file: string, handOff: HandOff): void {
  // A RegExp has no JSON form: its source and flags are written and made into one again on reading.
  const routes = handOff.routes.map((r) => ({
    ...r,
    patternRegex: { source: r.patternRegex.source, flags: r.patternRegex.flags },
  }));
  writeFileSync(file, JSON.stringify({ ...handOff, routes }));
}

export function readHandOff(file: string): HandOff {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Omit<HandOff, 'routes'> & {
    routes: (Omit<RouteInfo, 'patternRegex'> & { patternRegex: { source: string; flags: string } })[];
  };
  return {
    ...raw,
    routes: raw.routes.map((r) => ({
      ...r,
      patternRegex: new RegExp(r.patternRegex.source, r.patternRegex.flags),
    })),
  };
}
