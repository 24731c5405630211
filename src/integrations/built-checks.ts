import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runBuiltChecks } from '../../scripts/lib/built-checks.ts';
import { pageSourceResolver, type RouteInfo } from '../../scripts/lib/page-sources.ts';
import { formatReport } from '../../scripts/lib/report.ts';

/**
 * Checks the finished HTML after `astro build`: internal links, loaded files and #fragments exist,
 * link texts say where they go, and no JavaScript sits in HTML attributes. A problem fails the build
 * and is reported at the content file or source file it came from.
 */
export function builtChecks(): AstroIntegration {
  let root = '';
  let base = '/';
  let site: string | undefined;
  let routes: RouteInfo[] = [];
  return {
    name: 'genomvejledninger:built-checks',
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
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const result = runBuiltChecks(root, dist, { base, site, sourceOf: pageSourceResolver(root, routes) });
        if (!result.problems.length) {
          const ms = result.timings.reduce((sum, t) => sum + t.ms, 0);
          logger.info(`Links, linktekster og inline-script er i orden på ${result.pages} sider (${Math.round(ms)} ms).`);
          return;
        }
        throw new Error(`Det byggede site har fejl:\n\n${formatReport(result.problems)}`);
      },
    },
  };
}
