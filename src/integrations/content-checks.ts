import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../../scripts/lib/check.ts';
import { formatReport } from '../../scripts/lib/report.ts';

/**
 * Runs the content checks before Astro loads any content, so an editor sees our Danish
 * messages (file:line, field, fix) instead of Astro's, and so problems Astro only logs
 * (missing references, totals that do not add up) stop the build.
 */
export function contentChecks(): AstroIntegration {
  return {
    name: 'genomvejledninger:content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, entries, notes } = runChecks(root);
        for (const note of notes) logger.info(note);
        if (!problems.length) {
          logger.info(`${entries} indholdsfiler er gyldige.`);
          return;
        }
        const report = formatReport(problems);
        // In dev the editor keeps the preview open while fixing; only a build must stop.
        if (command === 'dev') logger.error(`\n${report}`);
        else throw new Error(`Indholdet har fejl:\n\n${report}`);
      },
    },
  };
}
