import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/content.ts';
import { checks, runChecks } from '../../scripts/lib/check.ts';
import { hashText, openEntryMemo } from '../../scripts/lib/entry-memo.ts';
import { contentModel } from '../../scripts/lib/model.ts';
import { fingerprint } from '../../scripts/lib/result-cache.ts';
import { consistencyRules } from '../../src/domain/rules/index.ts';
import { storeFiles } from '../helpers/store-file.ts';
import { fixtureRoot, tempProject } from '../helpers/temp-project.ts';

// `npm run check` keeps how many of each group's and each indication's comparisons agree, and after an
// edit compares again only the groups and indications whose figures changed. These tests show that the
// stored counts never stand in for a changed figure, in the group's own file or in one of its indications,
// and that a run with the store reports what a run without it reports.
const RR = 'content/indikationer/HAEM-RR.yaml';
const MYEL = 'content/indikationer/HAEM-MYEL.yaml';
const GROUP = 'content/grupper/haematologisk-cancer.mdx';
const PROGRAMME = 'content/programmet/programmet.yaml';
let project: ReturnType<typeof tempProject> | undefined;
afterEach(() => {
  project?.cleanup();
  project = undefined;
});
const storeFile = storeFiles('consistency-units-');

/** One run as `npm run check` makes it, with the store, and one without any store; both must agree. */
function bothWays(root: string, file: string) {
  const seen = fingerprint(root, { today: '2026-01-01/0' });
  const memo = openEntryMemo(file, 'kode-1');
  const raw = readContent(root, undefined, undefined, seen.read, (f) => seen.files[f]?.hash);
  const stored = runChecks(root, raw, checks, memo.remember);
  memo.save();
  const alone = runChecks(root);
  expect(stored.problems).toEqual(alone.problems);
  expect(stored.figures).toEqual(alone.figures);
  return stored;
}

const problemsIn = (r: ReturnType<typeof runChecks>) =>
  r.problems.map((p) => `${p.check} ${p.file}${p.field ? ` ${p.field}` : ''}`);

const patientsNewly = (from: number, to: number) => (t: string) =>
  t.replace(new RegExp(`(kvote:\\n {2}nyhenviste:\\n {4}patienter:\\n {6}vaerdi: )${from}`), `$1${to}`);

describe('comparisons per group and per indication', () => {
  it('compares each group with its indications, and each indication, alone as in the whole content', () => {
    const model = contentModel(readContent(fixtureRoot));
    const scoped = consistencyRules.filter((r) => r.per);
    expect(scoped.map((r) => r.id)).toEqual([
      'indikation-wgs',
      'gruppe-sum',
      'germline-somatisk',
      'nye-tidligere',
    ]);
    for (const rule of scoped) {
      const alone =
        rule.per === 'indikation'
          ? model.indications.flatMap((i) => rule.compare({ ...model, groups: [], indications: [i] }))
          : model.groups.flatMap((g) =>
              rule.compare({
                ...model,
                groups: [g],
                indications: model.indications.filter((i) => i.data.gruppe === g.id),
              }),
            );
      expect(alone.length).toBeGreaterThan(0);
      expect(alone).toEqual(rule.compare(model));
    }
  });

  it('reports a sum an indication breaks in its unchanged group, and a national total, as a run without the store', () => {
    project = tempProject({ nodeModules: false });
    const file = storeFile();
    expect(bothWays(project.root, file).figures!.agree).toBeGreaterThan(10);
    project.edit(RR, patientsNewly(100, 107));
    expect(problemsIn(bothWays(project.root, file))).toContain(
      `gruppe-sum ${GROUP} patienterPrAar.nyhenviste.vaerdi`,
    );
    project.edit(RR, patientsNewly(107, 100));
    expect(bothWays(project.root, file).problems).toEqual([]);
    // The other indication of the group, changed by as much the other way: the sum holds again.
    project.edit(RR, patientsNewly(100, 107));
    project.edit(MYEL, (t) =>
      t.replace(
        /(kvote:\n {2}nyhenviste:\n {4}patienter:\n {6}vaerdi: )(\d+)/,
        (_, a, n) => `${a}${Number(n) - 7}`,
      ),
    );
    expect(problemsIn(bothWays(project.root, file))).not.toContain(
      `gruppe-sum ${GROUP} patienterPrAar.nyhenviste.vaerdi`,
    );
    // A total across all groups is compared on every run.
    project.edit(PROGRAMME, (t) =>
      t.replace(
        '  helgenomsekventeringer:\n    vaerdi: 60000\n',
        '  helgenomsekventeringer:\n    vaerdi: 2000\n',
      ),
    );
    expect(problemsIn(bothWays(project.root, file))).toContain(
      `program-kvote ${PROGRAMME} omfang.helgenomsekventeringer.vaerdi`,
    );
  });

  it('counts an indication moved to another group in that group, and deleted out of its own', () => {
    project = tempProject({ nodeModules: false });
    const file = storeFile();
    bothWays(project.root, file);
    project.edit(RR, (t) => t.replace(/^gruppe: .*$/m, 'gruppe: primaer-immundefekt'));
    const moved = problemsIn(bothWays(project.root, file));
    expect(moved).toContain(`gruppe-sum ${GROUP} patienterPrAar.nyhenviste.vaerdi`);
    expect(moved.some((p) => p.startsWith('gruppe-sum content/grupper/primaer-immundefekt.mdx'))).toBe(true);
    project.edit(RR, (t) => t.replace(/^gruppe: .*$/m, 'gruppe: haematologisk-cancer'));
    expect(bothWays(project.root, file).problems).toEqual([]);
    rmSync(join(project.root, MYEL));
    expect(problemsIn(bothWays(project.root, file))).toContain(
      `gruppe-sum ${GROUP} patienterPrAar.nyhenviste.vaerdi`,
    );
  });

  it('words an acknowledgement in a group whose comparisons are stored as all agreeing', () => {
    project = tempProject({ nodeModules: false });
    const file = storeFile();
    // Acknowledged, though the figures add up: the acknowledgement must go, on every run until it does.
    project.edit(GROUP, (t) =>
      t.replace(
        /\n---\n/,
        '\nafvigelser:\n  - tjek: gruppe-sum\n    emne: nyhenviste-patienter\n    angivet: 500\n    beregnet: 490\n' +
          '    forklaring: Kilden lægger tallene forskelligt sammen.\n' +
          '    kilde: { dokument: 001_7389b4ecaf307271, sted: "tabel 1" }\n---\n',
      ),
    );
    for (let run = 0; run < 2; run++) {
      const stale = bothWays(project.root, file).problems.filter((p) => p.field === 'afvigelser[0]');
      expect(stale.map((p) => `${p.check} ${p.file} ${p.kind}`)).toEqual([
        `gruppe-sum ${GROUP} afvigelse-forsvundet`,
      ]);
    }
  });

  it('keeps no counts under the bytes of an indication rewritten between the fingerprint and the read', () => {
    project = tempProject({ nodeModules: false });
    const file = storeFile();
    const root = project.root;
    const run = (hashOf: (f: string) => string | undefined) => {
      const memo = openEntryMemo(file, 'kode-1');
      const result = runChecks(
        root,
        readContent(root, undefined, undefined, undefined, hashOf),
        checks,
        memo.remember,
      );
      memo.save();
      return result;
    };
    const fingerprinted = (f: string) => fingerprint(root, { today: '2026-01-01/0' }).files[f]?.hash;
    expect(run(fingerprinted).problems).toEqual([]);
    const good = readFileSync(join(root, RR), 'utf8');
    project.edit(RR, patientsNewly(100, 107));
    const broken = readFileSync(join(root, RR), 'utf8');
    // The fingerprint hashed the broken text, but the good one was back by the time it was read.
    project.write(RR, good);
    expect(run((f) => (f === RR ? hashText(broken) : fingerprinted(f))).problems).toEqual([]);
    // Now the file holds those bytes: its group's counts from the good text must not stand for them.
    project.write(RR, broken);
    expect(problemsIn(run(fingerprinted))).toContain(`gruppe-sum ${GROUP} patienterPrAar.nyhenviste.vaerdi`);
  });
});
