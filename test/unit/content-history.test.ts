import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentChanges } from '../../src/lib/content-history.ts';
import { readGitHistory } from '../../src/lib/git-history.ts';
import { changeHistory } from '../../src/integrations/change-history.ts';
import { PENDING_HISTORY, pendingHistory } from '../../src/lib/pending-history.ts';
import { pathToFileURL } from 'node:url';
import { git, tempDir } from '../helpers/temp-git.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

const indication = (patients: number, extra = '') => `kode: TEST-A
gruppe: testgruppe
nummer: 1
navn: Testindikation
beskrivelse: Patienter med en sjælden sygdom, forklaret kort for ikke-fagfolk.
sygdomme:
  - navn: Sygdom A
kriterier:
  alder:
    tekst: Patienten er 18 år eller ældre.
    minAar: 18
    kilde: { dokument: doc, sted: "Afsnit 1" }
  andet:
    - tekst: Afdelingen samarbejder med klinisk genetik.
      kilde: { dokument: doc, sted: "Afsnit 2" }
${extra}kvote:
  nyhenviste:
    patienter:
      vaerdi: ${patients}
      kilde: { dokument: doc, sted: "Afsnit 3" }
`;

/** The same data written differently: a comment, other key order, a reflowed text, flow style. */
const reformatted = (patients: number, extra: string) => `# Indikation A, omskrevet uden at ændre indholdet.
kvote:
  nyhenviste:
    patienter: { kilde: { sted: "Afsnit 3", dokument: doc }, vaerdi: ${patients} }
nummer: 1
kode: TEST-A
gruppe: testgruppe
navn: Testindikation
beskrivelse: >-
  Patienter med en sjælden sygdom,
  forklaret kort for ikke-fagfolk.
sygdomme: [{ navn: Sygdom A }]
kriterier:
  alder: { tekst: Patienten er 18 år eller ældre., minAar: 18, kilde: { dokument: doc, sted: "Afsnit 1" } }
  andet:
    - tekst: Afdelingen samarbejder med klinisk genetik.
      kilde: { dokument: doc, sted: "Afsnit 2" }
${extra}`;

describe('content changes from a git history', () => {
  it('three commits (a figure, a criterion, code and formatting only) give exactly two Danish entries', () => {
    const dir = tempDir(cleanups, 'genomvejledninger-changes-');
    const file = join(dir, 'content/indikationer/TEST-A.yaml');
    mkdirSync(join(dir, 'content/indikationer'), { recursive: true });
    mkdirSync(join(dir, 'src'), { recursive: true });
    git(dir, ['init', '-q']);
    writeFileSync(file, indication(400));
    writeFileSync(join(dir, 'src/page.ts'), 'export const a = 1;\n');
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-qm', 'Add indication A'], '2025-01-10T12:00:00+01:00');

    writeFileSync(file, indication(410));
    git(dir, ['commit', '-qam', 'Update the quota'], '2025-02-03T09:00:00+01:00');
    const criterion =
      '    - tekst: Patienten bor i Danmark.\n      kraeves: true\n      kilde: { dokument: doc, sted: "Afsnit 2" }\n';
    writeFileSync(file, indication(410, criterion));
    git(dir, ['commit', '-qam', 'Add a criterion'], '2025-03-04T09:00:00+01:00');
    writeFileSync(join(dir, 'src/page.ts'), 'export const a = 2;\n');
    writeFileSync(file, reformatted(410, criterion));
    git(dir, ['commit', '-qam', 'Tidy the YAML and the code'], '2025-04-05T09:00:00+01:00');

    const history = readGitHistory(dir);
    const base = git(dir, ['rev-list', '--max-parents=0', 'HEAD']).trim();
    const result = readContentChanges(dir, history);
    expect(result.available).toBe(true);
    const entries = result.available ? result.changes.filter((c) => c.hash !== base) : [];
    expect(entries.map((e) => ({ date: e.date.slice(0, 10), id: e.id, lines: e.lines }))).toEqual([
      {
        date: '2025-03-04',
        id: 'TEST-A',
        lines: ['Andre kriterier: nyt kriterium »Patienten bor i Danmark.«'],
      },
      { date: '2025-02-03', id: 'TEST-A', lines: ['Forventet antal nyhenviste patienter: 400 → 410.'] },
    ]);
    // The formatting commit touched the file, so git lists it; it just holds no content change.
    expect(history.available && history.byFile.get('content/indikationer/TEST-A.yaml')).toHaveLength(4);
  });

  it('a build reads the same changes on a worker thread, and hands them to the pages', async () => {
    const dir = tempDir(cleanups, 'genomvejledninger-changes-');
    const file = join(dir, 'content/indikationer/TEST-A.yaml');
    mkdirSync(join(dir, 'content/indikationer'), { recursive: true });
    git(dir, ['init', '-q']);
    writeFileSync(file, indication(400));
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-qm', 'Add indication A'], '2025-01-10T12:00:00+01:00');
    writeFileSync(file, indication(410));
    git(dir, ['commit', '-qam', 'Update the quota'], '2025-02-03T09:00:00+01:00');

    const setup = changeHistory().hooks['astro:config:setup'] as (o: unknown) => void;
    const global = globalThis as Record<symbol, unknown>;
    try {
      setup({ config: { root: pathToFileURL(`${dir}/`) }, command: 'dev' });
      expect(global[PENDING_HISTORY]).toBeUndefined();
      setup({ config: { root: pathToFileURL(`${dir}/`) }, command: 'build' });
      const fromWorker = await pendingHistory();
      expect(fromWorker?.changes).toEqual(readContentChanges(dir, readGitHistory(dir)));
      expect(fromWorker?.git).toEqual(readGitHistory(dir));
      expect(fromWorker?.changes.available && fromWorker.changes.changes.map((c) => c.lines)).toContainEqual([
        'Forventet antal nyhenviste patienter: 400 → 410.',
      ]);
    } finally {
      delete global[PENDING_HISTORY];
    }
  });

  it('a folder outside git has no content history', () => {
    const dir = tempDir(cleanups, 'genomvejledninger-changes-');
    expect(readContentChanges(dir, readGitHistory(dir))).toEqual({ available: false, reason: 'no-git' });
  });
});
