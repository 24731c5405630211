// The steps that read the finished site: the search index (src/integrations/search-index.ts) and the checks of
// the built HTML (src/integrations/built-checks.ts). Each page is parsed once for both, while Astro renders it,
// on a thread of its own (src/integrations/render-reader.ts), where it costs the build no time: Astro renders
// on one core. After the build, Pagefind's program indexes the pages in a process of its own while this step
// takes the checks' view of each page and runs the checks; a missing file a page loads is looked for again
// once Pagefind has written its files, as it may be one of them.
//
// `npm run build` (scripts/build.ts) runs these steps in a process of their own once `astro build` has exited,
// as a bare build runs Pagefind: inside Astro's `astro:build:done` they ran while Astro still held the memory
// of every rendered page, and their peak came on top of Astro's. Astro's process then only writes a hand-off
// (scripts/lib/hand-off.ts). A plain `astro build` still runs them at `astro:build:done`, so it too gives the
// complete site and fails on a bad built page.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuiltChecks, type BuiltCheckResult } from '../../scripts/lib/built-checks.ts';
import type { EarlyPage } from '../../scripts/lib/built-site.ts';
import { handOffFile, readHandOff, writeHandOff, type HandOff } from '../../scripts/lib/hand-off.ts';
import { pageSourceResolver, type RouteInfo } from '../../scripts/lib/page-sources.ts';
import { setRenderedPageSink } from '../lib/rendered-pages.ts';
import { reportBuiltChecks } from './built-checks.ts';
import { startRenderReader } from './render-reader.ts';
import { buildSearchIndex, indexSummaryLine } from './search-index.ts';

type Logger = Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>;

/**
 * Builds the search index and runs the built-HTML checks on `site`. Throws (in Danish) when the index cannot
 * be built; gives false, with the checks' report on stderr, when the built HTML has problems.
 */
export async function afterBuild(site: HandOff, logger: Logger): Promise<boolean> {
  const { root, dist } = site;
  const options = { base: site.base, site: site.site, sourceOf: pageSourceResolver(root, site.routes) };
  // The checks' view of each page, taken in the index's pass over the pages; readBuiltSite parses again only
  // a page written since (none: Pagefind writes no HTML).
  const pages = new Map<string, EarlyPage>();
  let ms = 0;
  const onPage = (file: string, page: EarlyPage, pageMs: number) => {
    pages.set(file, page);
    ms += pageMs;
  };
  const check = () => runBuiltChecks(root, dist, options, { pages, ms });
  // The checks run while Pagefind's program indexes on the other core, not after it.
  let checked: BuiltCheckResult | undefined;
  const whileIndexing = () => void (checked = check());
  const summary = await buildSearchIndex({
    root,
    outDir: dist,
    rendered: site.rendered,
    checks: { ...options, onPage, whileIndexing },
  });
  for (const note of summary.pagefindNotes) logger.warn(`Pagefind: ${note}`);
  logger.info(indexSummaryLine(summary));
  // A file a page loads may be one Pagefind had not written yet (its script): the checks run again, now that
  // it has, before a missing file is reported.
  if (!checked || checked.problems.some((p) => MISSING_FILE_KINDS.has(p.kind))) checked = check();
  return reportBuiltChecks(checked, logger);
}

/** The built-HTML problems (scripts/checks/built-links.ts) that depend on which files the build holds. */
const MISSING_FILE_KINDS = new Set(['link-findes-ikke', 'link-uden-skraastreg']);

/**
 * The after-build steps as an Astro integration. It must come after every integration that writes files at
 * astro:build:done (the sitemap), since the index and the checks read the finished build folder.
 */
export function afterBuildSteps(): AstroIntegration {
  let root = '';
  let base = '/';
  let site: string | undefined;
  let routes: RouteInfo[] = [];
  let reader: ReturnType<typeof startRenderReader> | undefined;
  // Where the reader writes the pages: beside the hand-off file, or a folder of its own for a plain build.
  let folder: { path: string; own: boolean } | undefined;
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
      'astro:build:start': () => {
        const file = handOffFile();
        folder = file
          ? { path: dirname(file), own: false }
          : { path: mkdtempSync(join(tmpdir(), 'genomvejledninger-sider-')), own: true };
        const started = startRenderReader({
          root,
          base,
          file: join(folder.path, 'sider.jsonl'),
          mirror: join(folder.path, 'soegespejl'),
        });
        reader = started;
        setRenderedPageSink(started.submit);
      },
      'astro:build:done': async ({ dir, logger }) => {
        setRenderedPageSink(undefined);
        const rendered = await reader?.finish().catch((error: unknown) => {
          logger.warn(
            `${describe(error)}\nSøgeindekset og tjekket af HTML'en læser siderne bagefter i stedet.`,
          );
          return undefined;
        });
        const handOff: HandOff = { root, dist: fileURLToPath(dir), base, site, routes, rendered };
        const file = handOffFile();
        if (file) return writeHandOff(file, handOff);
        let ok: boolean;
        try {
          ok = await afterBuild(handOff, logger);
        } finally {
          if (folder?.own) rmSync(folder.path, { recursive: true, force: true });
        }
        if (!ok) process.exit(1);
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
