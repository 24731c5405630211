import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isScalar } from 'yaml';
import { runChecks } from '../../scripts/lib/check.ts';
import { readContent, type RawEntry } from '../../scripts/lib/content.ts';
import { fieldPath } from '../../scripts/lib/problem.ts';
import { tempProject } from '../helpers/temp-project.ts';

// Mutation tests: every quota figure in the content is changed on its own, in both directions, by
// twice its tolerance plus one (so it leaves the allowed band on whichever side of the computed value
// the source's figure sits), and the checks must stop the build. This proves that no part and no
// stated total can be changed without the figures it belongs with.
const project = tempProject({ nodeModules: false });
afterAll(() => project.cleanup());

/** Where quota figures live; other figures (yield, turnaround, process time) have no sums to check. */
function isQuotaPath(entry: RawEntry, path: (string | number)[]): boolean {
  if (entry.collection === 'indikationer') return path[0] === 'kvote' && path[1] !== 'gentagneAnalyser';
  if (entry.collection === 'grupper')
    return path[0] === 'patienterPrAar' || path[0] === 'wgsPrAar' || path[0] === 'tidligereHenviste';
  // Process time has no parts or totals in the sources; everything else in a status table does.
  if (entry.collection === 'status') return path[0] !== 'procestid' && path[0] !== 'afvigelser';
  return false;
}

interface Target {
  entry: RawEntry;
  /** Path of the number: a figure's vaerdi or til. */
  path: (string | number)[];
  value: number;
  tolerance: number;
}

function quotaFigures(entries: RawEntry[]): Target[] {
  const targets: Target[] = [];
  const walk = (entry: RawEntry, value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(entry, v, [...path, i]));
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.vaerdi === 'number' && typeof record.kilde === 'object' && isQuotaPath(entry, path)) {
      const tolerance = typeof record.tolerance === 'number' ? record.tolerance : 0;
      targets.push({ entry, path: [...path, 'vaerdi'], value: record.vaerdi, tolerance });
      if (typeof record.til === 'number')
        targets.push({ entry, path: [...path, 'til'], value: record.til, tolerance });
      return;
    }
    for (const [k, v] of Object.entries(record)) walk(entry, v, [...path, k]);
  };
  for (const entry of entries) walk(entry, entry.data, []);
  return targets;
}

/** Writes `value` in place of the number at `path`, keeping the rest of the file byte for byte. */
function mutate(target: Target, value: number): () => void {
  const file = join(project.root, target.entry.file);
  const before = readFileSync(file, 'utf8');
  const node = target.entry.doc.getIn(target.path, true);
  if (!isScalar(node) || !node.range)
    throw new Error(`No number at ${fieldPath(target.path)} in ${target.entry.file}`);
  // In MDX the YAML starts after the opening "---" line.
  const offset = target.entry.file.endsWith('.mdx') ? before.indexOf('\n') + 1 : 0;
  const [start, end] = [offset + node.range[0], offset + node.range[1]];
  writeFileSync(file, before.slice(0, start) + String(value) + before.slice(end));
  return () => writeFileSync(file, before);
}

function checksAfter(target: Target, value: number): string[] {
  const restore = mutate(target, value);
  try {
    const { problems } = runChecks(project.root);
    expect(
      problems.filter((p) => p.check === 'skema'),
      'a mutation must stay valid content',
    ).toEqual([]);
    return [...new Set(problems.map((p) => p.check))].sort();
  } finally {
    restore();
  }
}

const key = (t: Target) => `${t.entry.file.replace('content/', '')} ${fieldPath(t.path)}`;

// A change of one unit cannot be seen here, so a doubling must be seen instead. Each entry says why.
const onlyLargeChanges: Record<string, string> = {
  'status/kraeft-2024-05.yaml grupper[3].andel.vaerdi':
    'A share between the lowest and the highest of a group whose expected number is not in the content: nothing else depends on it.',
  'status/kraeft-2024-05.yaml aarligtBehov.vaerdi':
    'Only the rounded total share (38 %, ± 0,5) depends on it, and 12.799 still gives 38 %.',
};

const targets = quotaFigures(readContent(project.root));

describe('mutation tests of the quota figures', () => {
  it('finds the quota figures of every kind of content', () => {
    const files = new Set(targets.map((t) => t.entry.file));
    // The groups and indications whose sources give quota figures; the sources give none for udbredt og
    // uhelbredelig kræft or unge voksne og arvelig kræft, whose shares are covered through the status table.
    expect([...files].sort()).toEqual([
      'content/grupper/boern-og-unge-med-kraeft.mdx',
      'content/grupper/haematologisk-cancer.mdx',
      'content/grupper/primaer-immundefekt.mdx',
      'content/indikationer/HAEM-MYEL.yaml',
      'content/indikationer/HAEM-RR.yaml',
      'content/indikationer/PID-IEI.yaml',
      'content/status/kraeft-2024-05.yaml',
    ]);
    expect(targets.length).toBeGreaterThan(30);
  });

  it('the unchanged content passes', () => {
    expect(runChecks(project.root).problems).toEqual([]);
  });

  it('every single change of a quota figure fails the relevant check', () => {
    const fired: Record<string, string> = {};
    for (const t of targets) {
      const k = key(t);
      const small = 2 * t.tolerance + 1;
      const delta = k in onlyLargeChanges ? t.value + small : small;
      const up = checksAfter(t, t.value + delta);
      // A count cannot go below zero, and "within 0 years" means nothing: go down only to a positive number.
      const down = t.value - delta > 0 ? checksAfter(t, t.value - delta) : undefined;
      expect(up, `${k} + ${delta}`).not.toEqual([]);
      if (down) expect(down, `${k} - ${delta}`).not.toEqual([]);
      fired[k] = `+${delta}: ${up.join(', ')}${down ? ` / -${delta}: ${down.join(', ')}` : ''}`;
    }
    // Which check catches which figure; a change here means a figure has lost (or gained) a check.
    expect(fired).toMatchInlineSnapshot(`
      {
        "grupper/boern-og-unge-med-kraeft.mdx patienterPrAar.fordeling[0].patienter.vaerdi": "+1: nye-tidligere / -1: nye-tidligere",
        "grupper/boern-og-unge-med-kraeft.mdx patienterPrAar.iAlt.vaerdi": "+1: nye-tidligere / -1: nye-tidligere",
        "grupper/boern-og-unge-med-kraeft.mdx patienterPrAar.nyhenviste.vaerdi": "+1: nye-tidligere / -1: nye-tidligere",
        "grupper/boern-og-unge-med-kraeft.mdx wgsPrAar.germline.vaerdi": "+1: germline-somatisk / -1: germline-somatisk",
        "grupper/boern-og-unge-med-kraeft.mdx wgsPrAar.iAlt.vaerdi": "+1: germline-somatisk / -1: germline-somatisk",
        "grupper/boern-og-unge-med-kraeft.mdx wgsPrAar.somatisk.vaerdi": "+1: germline-somatisk / -1: germline-somatisk",
        "grupper/haematologisk-cancer.mdx patienterPrAar.nyhenviste.vaerdi": "+1: gruppe-sum / -1: gruppe-sum",
        "grupper/haematologisk-cancer.mdx tidligereHenviste.patienter.vaerdi": "+1: gruppe-sum / -1: gruppe-sum",
        "grupper/haematologisk-cancer.mdx wgsPrAar.iAlt.vaerdi": "+21: gruppe-sum, tolerance / -21: gruppe-sum, tolerance",
        "grupper/primaer-immundefekt.mdx patienterPrAar.nyhenviste.vaerdi": "+1: gruppe-sum / -1: gruppe-sum",
        "grupper/primaer-immundefekt.mdx tidligereHenviste.patienter.vaerdi": "+1: gruppe-sum / -1: gruppe-sum",
        "grupper/primaer-immundefekt.mdx wgsPrAar.maksimum.vaerdi": "+1: nye-tidligere / -1: nye-tidligere",
        "grupper/primaer-immundefekt.mdx wgsPrAar.nyhenviste.vaerdi": "+1: gruppe-sum, nye-tidligere / -1: gruppe-sum, nye-tidligere",
        "grupper/primaer-immundefekt.mdx wgsPrAar.tidligereHenviste.vaerdi": "+1: gruppe-sum, nye-tidligere / -1: gruppe-sum, nye-tidligere",
        "indikationer/HAEM-MYEL.yaml kvote.nyhenviste.fordeling[0].patienter.vaerdi": "+1: indikation-wgs / -1: indikation-wgs",
        "indikationer/HAEM-MYEL.yaml kvote.nyhenviste.fordeling[1].patienter.vaerdi": "+1: indikation-wgs / -1: indikation-wgs",
        "indikationer/HAEM-MYEL.yaml kvote.nyhenviste.patienter.vaerdi": "+1: gruppe-sum, indikation-wgs, status-andel / -1: gruppe-sum, indikation-wgs, status-andel",
        "indikationer/HAEM-MYEL.yaml kvote.nyhenviste.wgsPrAar.vaerdi": "+1: indikation-wgs / -1: indikation-wgs",
        "indikationer/HAEM-MYEL.yaml kvote.nyhenviste.wgsPrPatient.germline.vaerdi": "+1: gruppe-sum, indikation-wgs, status-andel",
        "indikationer/HAEM-MYEL.yaml kvote.nyhenviste.wgsPrPatient.tumor.vaerdi": "+1: gruppe-sum, indikation-wgs, status-andel / -1: gruppe-sum, indikation-wgs, status-andel",
        "indikationer/HAEM-MYEL.yaml kvote.tidligereHenviste.indenAar.vaerdi": "+1: gruppe-sum, indikation-wgs",
        "indikationer/HAEM-MYEL.yaml kvote.tidligereHenviste.patienter.vaerdi": "+1: gruppe-sum, indikation-wgs / -1: gruppe-sum, indikation-wgs",
        "indikationer/HAEM-MYEL.yaml kvote.tidligereHenviste.wgsPrAar.vaerdi": "+1: indikation-wgs / -1: indikation-wgs",
        "indikationer/HAEM-MYEL.yaml kvote.tidligereHenviste.wgsPrPatient.germline.vaerdi": "+1: gruppe-sum, indikation-wgs",
        "indikationer/HAEM-MYEL.yaml kvote.tidligereHenviste.wgsPrPatient.tumor.vaerdi": "+1: gruppe-sum, indikation-wgs / -1: gruppe-sum, indikation-wgs",
        "indikationer/HAEM-RR.yaml kvote.nyhenviste.patienter.vaerdi": "+1: gruppe-sum, indikation-wgs, status-andel / -1: gruppe-sum, indikation-wgs, status-andel",
        "indikationer/HAEM-RR.yaml kvote.nyhenviste.wgsPrPatient.germline.vaerdi": "+1: gruppe-sum, indikation-wgs, status-andel",
        "indikationer/HAEM-RR.yaml kvote.nyhenviste.wgsPrPatient.tumor.vaerdi": "+1: gruppe-sum, indikation-wgs, status-andel / -1: gruppe-sum, indikation-wgs, status-andel",
        "indikationer/HAEM-RR.yaml kvote.tidligereHenviste.indenAar.vaerdi": "+1: gruppe-sum, indikation-wgs",
        "indikationer/HAEM-RR.yaml kvote.tidligereHenviste.patienter.vaerdi": "+1: gruppe-sum, indikation-wgs / -1: gruppe-sum, indikation-wgs",
        "indikationer/HAEM-RR.yaml kvote.tidligereHenviste.wgsPrPatient.germline.vaerdi": "+1: indikation-wgs",
        "indikationer/HAEM-RR.yaml kvote.tidligereHenviste.wgsPrPatient.tumor.vaerdi": "+1: indikation-wgs / -1: gruppe-sum, indikation-wgs",
        "indikationer/HAEM-RR.yaml kvote.wgsPrAar.vaerdi": "+1: indikation-wgs / -1: indikation-wgs",
        "indikationer/PID-IEI.yaml kvote.nyhenviste.patienter.vaerdi": "+1: gruppe-sum / -1: gruppe-sum",
        "indikationer/PID-IEI.yaml kvote.nyhenviste.wgsPrAar.vaerdi": "+1: gruppe-sum / -1: gruppe-sum",
        "indikationer/PID-IEI.yaml kvote.tidligereHenviste.patienter.vaerdi": "+1: gruppe-sum / -1: gruppe-sum",
        "indikationer/PID-IEI.yaml kvote.tidligereHenviste.wgsPrAar.vaerdi": "+1: gruppe-sum / -1: gruppe-sum",
        "status/kraeft-2024-05.yaml aarligtBehov.vaerdi": "+12801: status-total",
        "status/kraeft-2024-05.yaml andelSpaend.til": "+1: status-total / -1: status-total",
        "status/kraeft-2024-05.yaml andelSpaend.vaerdi": "+1: status-total / -1: status-total",
        "status/kraeft-2024-05.yaml grupper[0].andel.vaerdi": "+1: status-andel / -1: status-andel",
        "status/kraeft-2024-05.yaml grupper[0].proever.vaerdi": "+1: status-andel, status-total / -1: status-andel, status-total",
        "status/kraeft-2024-05.yaml grupper[1].andel.vaerdi": "+1: status-total / -1: status-total",
        "status/kraeft-2024-05.yaml grupper[1].proever.vaerdi": "+1: status-total / -1: status-total",
        "status/kraeft-2024-05.yaml grupper[2].andel.vaerdi": "+1: status-total / -1: status-total",
        "status/kraeft-2024-05.yaml grupper[2].proever.vaerdi": "+1: status-total / -1: status-total",
        "status/kraeft-2024-05.yaml grupper[3].andel.vaerdi": "+45: status-total",
        "status/kraeft-2024-05.yaml grupper[3].proever.vaerdi": "+1: status-total / -1: status-total",
        "status/kraeft-2024-05.yaml iAlt.andel.vaerdi": "+2: status-total / -2: status-total",
        "status/kraeft-2024-05.yaml iAlt.proever.vaerdi": "+1: status-total / -1: status-total",
        "status/kraeft-2024-05.yaml proeverPrAar.vaerdi": "+1: status-total / -1: status-total",
        "status/kraeft-2024-05.yaml proeverPrMaaned.vaerdi": "+1: status-total / -1: status-total",
      }
    `);
  });

  it('lists only exceptions that are still in the content', () => {
    for (const k of Object.keys(onlyLargeChanges)) expect(targets.map(key)).toContain(k);
  });
});
