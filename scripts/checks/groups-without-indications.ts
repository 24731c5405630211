import type { CheckContext } from '../lib/check.ts';

/**
 * A group without indications is valid (its page says the sources give no criteria), but it is usually a
 * group that is still being written; editors see it after every check run, as a warning, not an error.
 */
export function groupsWithoutIndications(ctx: CheckContext): string[] {
  const withIndications = new Set(
    ctx.raw.filter((e) => e.collection === 'indikationer').map((e) => (e.data as { gruppe?: unknown } | undefined)?.gruppe),
  );
  return ctx.raw
    .filter((e) => e.collection === 'grupper' && !withIndications.has(e.id))
    .map((e) => `⚠ Patientgruppen ${e.id} (${e.file}) har ingen indikationer endnu. Opret dem med npm run ny -- indikation <KODE> --gruppe ${e.id}.`);
}
