// The steps that read the finished site: the search index (src/integrations/search-index.ts) and the checks of
// the built HTML (src/integrations/built-checks.ts), in one pass over the pages: each page is read and parsed
// once, for its search words and for the checks, on reader threads (src/integrations/page-reader.ts), while
// this thread hands the pages to Pagefind, which indexes them in its own process. Reading and parsing every
// page twice (the checks on a thread of their own) cost more CPU time than the rest of the step.
//
// `npm run build` (scripts/build.ts) runs them in a process of their own once `astro build` has exited, as a
// bare build runs Pagefind: inside Astro's `astro:build:done` they ran while Astro still held the memory of
// every rendered page, and their peak came on top of Astro's. Astro's process then only writes a hand-off
// (scripts/lib/hand-off.ts). A plain `astro build` still runs them at `astro:build:done`, so it too gives the
// complete site and fails on a bad built page.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { runBuiltChecks } from '../../scripts/lib/built-checks.ts';
import type { EarlyPage } from '../../scripts/lib/built-site.ts';
import { handOffFile, readHandOff, writeHandOff, type HandOff } from '../../scripts/lib/hand-off.ts';
import { pageSourceResolver, type RouteInfo } from '../../scripts/lib/page-sources.ts';
import { reportBuiltChecks } from './built-checks.ts';
import { buildSearchIndex, indexSummaryLine } from './search-index.ts';

type Logger = Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>;

/**
 * Builds the search index and runs the built-HTML checks on `site`. Throws (in Danish) when the index cannot
 * be built; gives false, with the checks' report on stderr, when the built HTML has problems.
 */
export async function afterBuild(site: HandOff, logger: Logger): Promise<boolean> {
  const { root, dist } = site;
  const options = { base: site.base, site: site.site, sourceOf: pageSourceResolver(root, site.routes) };
  // The checks' view of each page, taken in the index's pass; readBuiltSite parses again only a page
  // written since (none: Pagefind writes no HTML) and lists the files as they are once the index is written.
  const pages = new Map<string, EarlyPage>();
  let ms = 0;
  const onPage = (file: string, page: EarlyPage, pageMs: number) => {
    pages.set(file, page);
    ms += pageMs;
  };
  const checks = { base: site.base, site: site.site, routes: site.routes, onPage };
  const summary = await buildSearchIndex({ root, outDir: dist, logger, checks });
  logger.info(indexSummaryLine(summary));
  return reportBuiltChecks(runBuiltChecks(root, dist, options, { pages, ms }), logger);
}

/**
 * The after-build steps as an Astro integration. It must come after every integration that writes files at
 * astro:build:done (the sitemap), since the index and the checks read the finished build folder.
 */
export function afterBuildSteps(): AstroIntegration {
  let root = '';
  let base = '/';
  let site: string | undefined;
  let routes: RouteInfo[] = [];
  const handOff = (dir: URL): HandOff => ({ root, dist: fileURLToPath(dir), base, site, routes });
  return {
    name: 'genomvejledninger:after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        site = config.site;
      },
      'astro:routes:resolved': ({ routes: resolved }) => {
        routes = resolved
          .filter((r) => r.type === 'page' && r.origin === 'project')
          .map((r) => ({ entrypoint: r.entrypoint, patternRegex: r.patternRegex, params: r.params }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const file = handOffFile();
        if (file) return writeHandOff(file, handOff(dir));
        if (!(await afterBuild(handOff(dir), logger))) process.exit(1);
      },
    },
  };
}

/** Astro's log line: time, label, message. */
function consoleLogger(label: string): Logger {
  const line = (message: string) => `${new Date().toTimeString().slice(0, 8)} [${label}] ${message}\n`;
  return {
    info: (message) => void process.stdout.write(line(message)),
    warn: (message) => void process.stderr.write(line(message)),
    error: (message) => void process.stderr.write(line(message)),
  };
}

/** The error's Danish message and those of its causes, without stack traces into the build's code. */
function describe(error: unknown): string {
  const lines: string[] = [];
  for (let e: unknown = error; e !== undefined; e = e instanceof Error ? e.cause : undefined)
    lines.push(e instanceof Error ? e.message : String(e));
  return lines.join('\n\nÅrsag: ');
}

// `node src/integrations/after-build.ts <hand-off file>`, started by scripts/build.ts once `astro build`
// has written the hand-off. Exit code 1 on any problem, as `astro build` stops.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const logger = consoleLogger('genomvejledninger:after-build');
  try {
    const ok = await afterBuild(readHandOff(process.argv[2]!), logger);
    process.exit(ok ? 0 : 1);
  } catch (error) {
    process.stderr.write(`\n${describe(error)}\n`);
    process.exit(1);
  }
}
