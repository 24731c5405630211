import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runBuiltChecks } from '../../scripts/lib/built-checks.ts';
import { pageSourceResolver, type RouteInfo } from '../../scripts/lib/page-sources.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { reportToGitHub } from '../../scripts/lib/github.ts';

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
        const ms = result.timings.reduce((sum, t) => sum + t.ms, 0);
        const ok = `Links, linktekster og inline-script er i orden på ${result.pages} sider (${Math.round(ms)} ms).`;
        reportToGitHub('Links i det byggede site', result.problems, ok);
        if (!result.problems.length) {
          logger.info(ok);
          return;
        }
        // The Danish report alone, as for content errors (src/integrations/content-checks.ts).
        process.stderr.write(`\nDet byggede site har fejl:\n\n${formatReport(result.problems)}\n`);
        process.exit(1);
      },
    },
  };
}
