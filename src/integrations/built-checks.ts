import type { AstroIntegrationLogger } from 'astro';
import type { BuiltCheckResult } from '../../scripts/lib/built-checks.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { reportToGitHub } from '../../scripts/lib/github.ts';

// The checks of the finished HTML (scripts/lib/built-checks.ts: internal links, loaded files and #fragments
// exist, link texts say where they go, no JavaScript in HTML attributes), run after the build by
// src/integrations/after-build.ts. A problem fails the build and is reported at the content or source file
// it came from.

/**
 * Reports the built-HTML checks' result as every build step does: one line when all is well, otherwise
 * the Danish report alone on stderr (as for content errors, src/integrations/content-checks.ts), and the
 * same to GitHub when run there. True when the site has no problems.
 */
export function reportBuiltChecks(
  result: BuiltCheckResult,
  logger: Pick<AstroIntegrationLogger, 'info'>,
): boolean {
  const ms = result.timings.reduce((sum, t) => sum + t.ms, 0);
  const ok = `Links, linktekster og inline-script er i orden på ${result.pages} sider (${Math.round(ms)} ms).`;
  reportToGitHub('Links i det byggede site', result.problems, ok);
  if (!result.problems.length) {
    logger.info(ok);
    return true;
  }
  process.stderr.write(`\nDet byggede site har fejl:\n\n${formatReport(result.problems)}\n`);
  return false;
}
