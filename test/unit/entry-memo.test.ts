import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent, type RawEntry } from '../../scripts/lib/content.ts';
import { runChecks, checks } from '../../scripts/lib/check.ts';
import { openEntryMemo } from '../../scripts/lib/entry-memo.ts';
import { fingerprint } from '../../scripts/lib/result-cache.ts';
import { storeFiles } from '../helpers/store-file.ts';
import { fixtureRoot, tempProject } from '../helpers/temp-project.ts';
import { contentModel } from '../../scripts/lib/model.ts';
import { allComparisons } from '../../src/domain/rules/index.ts';
import { acknowledgements } from '../../src/domain/acknowledgements.ts';

// What a check finds in one file alone is taken from the last run while the file's text and the code
// are the same. These tests show it never stands in for a changed file, for changed code, or for what
// a check finds across files.
const RR = 'content/indikationer/HAEM-RR.yaml';
const GROUP = 'content/grupper/haematologisk-cancer.mdx';
let project: ReturnType<typeof tempProject> | undefined;
afterEach(() => {
  project?.cleanup();
  project = undefined;
});
const storeFile = storeFiles('entry-memo-');

/** One run of the checks with the store, as `npm run check` makes it, saved for the next run. */
function run(root: string, file: string, code = 'kode-1', rules = checks) {
  const memo = openEntryMemo(file, code);
  const result = runChecks(root, readContent(root), rules, memo.remember);
  memo.save();
  return result;
}

const entry = (file: string, text: string) => ({ file, text }) as RawEntry;

describe('answers kept per file', () => {
  it('gives the stored answer for the same text and code, and works it out again otherwise', () => {
    const file = storeFile();
    const first = openEntryMemo(file, 'kode-1');
    expect(first.remember('x', entry('a.yaml', 'tekst'), () => ({ n: 1 }))).toEqual({ n: 1 });
    first.save();

    const same = openEntryMemo(file, 'kode-1');
    expect(same.remember('x', entry('a.yaml', 'tekst'), () => ({ n: 2 }))).toEqual({ n: 1 });
    // Another text of the same file: worked out again.
    expect(same.remember('x', entry('a.yaml', 'ny tekst'), () => ({ n: 3 }))).toEqual({ n: 3 });
    // The same text in another file: worked out again (answers name their file).
    expect(same.remember('x', entry('b.yaml', 'tekst'), () => ({ n: 4 }))).toEqual({ n: 4 });
    same.save();

    // Changed code (or another day): nothing stored stands.
    const changed = openEntryMemo(file, 'kode-2');
    expect(changed.remember('x', entry('a.yaml', 'tekst'), () => ({ n: 5 }))).toEqual({ n: 5 });
  });

  it('keeps one line per file, and an answer under an earlier context for when that context is back', () => {
    const file = storeFile();
    const first = openEntryMemo(file, 'kode-1');
    first.remember('x', entry('a.yaml', 'a'), () => 1, 'grupper-1');
    first.remember('y', entry('a.yaml', 'a'), () => 2);
    first.remember('x', entry('b.yaml', 'b'), () => 3, 'grupper-1');
    first.save();
    expect(readFileSync(file, 'utf8').trimEnd().split('\n')).toHaveLength(3);
    // A group deleted: the answer under the new list of groups is worked out ...
    const second = openEntryMemo(file, 'kode-1');
    expect(second.remember('x', entry('a.yaml', 'a'), () => 4, 'grupper-2')).toBe(4);
    second.save();
    // ... and once it is back, the answer under the first list stands again, as do the file's others.
    const third = openEntryMemo(file, 'kode-1');
    expect(third.remember('x', entry('a.yaml', 'a'), () => 5, 'grupper-1')).toBe(1);
    expect(third.remember('y', entry('a.yaml', 'a'), () => 6)).toBe(2);
    expect(third.remember('x', entry('a.yaml', 'a'), () => 7, 'grupper-2')).toBe(4);
  });

  it('gives a second caller of the same answer its own copy', () => {
    const file = storeFile();
    const first = openEntryMemo(file, 'kode-1');
    first.remember('x', entry('a.yaml', 'a'), () => ({ list: [1] }));
    first.save();
    const second = openEntryMemo(file, 'kode-1');
    const answer = second.remember('x', entry('a.yaml', 'a'), () => ({ list: [9] }));
    answer.list.push(2);
    expect(second.remember('x', entry('a.yaml', 'a'), () => ({ list: [9] }))).toEqual({ list: [1] });
    // What a caller changed is not stored either.
    second.remember('y', entry('a.yaml', 'a'), () => 0);
    second.save();
    expect(openEntryMemo(file, 'kode-1').remember('x', entry('a.yaml', 'a'), () => 0)).toEqual({ list: [1] });
  });

  it('fingerprints the code apart from the content, and the code apart from the date', () => {
    project = tempProject();
    const before = fingerprint(project.root, { today: '2026-01-01/0' });
    project.edit(RR, (t) => `${t}# en kommentar\n`);
    const contentChanged = fingerprint(project.root, { today: '2026-01-01/0' });
    expect(contentChanged.key).not.toBe(before.key);
    expect(contentChanged.code).toBe(before.code);
    project.edit('scripts/checks/unsourced-figures.ts', (t) => `${t}// ændret\n`);
    expect(fingerprint(project.root, { today: '2026-01-01/0' }).code).not.toBe(before.code);
    expect(fingerprint(project.root, { today: '2026-01-02/0' }).code).not.toBe(
      fingerprint(project.root, { today: '2026-01-01/0' }).code,
    );
  });

  it("reports a changed file's new problem found in that file alone", () => {
    project = tempProject();
    const file = storeFile();
    expect(run(project.root, file).problems).toEqual([]);
    project.edit(RR, (t) => t.replace('  Voksne med lymfekræft', '  Omkring 45 voksne med lymfekræft'));
    const after = run(project.root, file).problems;
    expect(after.map((p) => `${p.check} ${p.file} ${p.field}`)).toEqual([`tal-med-kilde ${RR} beskrivelse`]);
  });

  it('uses stored answers only under the code that stored them', () => {
    project = tempProject();
    const file = storeFile();
    const rule = checks.filter((c) => c.id === 'tal-med-kilde');
    // An answer no check would give, stored for the unchanged file under code "kode-1".
    const planted = {
      check: 'tal-med-kilde',
      file: RR,
      kind: 'tal-uden-kilde',
      message: 'plantet',
      hint: 'h',
    };
    const memo = openEntryMemo(file, 'kode-1');
    const rr = readContent(project.root).find((e) => e.file === RR)!;
    memo.remember('tal-med-kilde', rr, () => [planted]);
    memo.save();
    expect(run(project.root, file, 'kode-2', rule).problems).toEqual([]);
    // Under the code that stored it, it stands (which is why the code must be in the fingerprint).
    const again = openEntryMemo(file, 'kode-1');
    again.remember('tal-med-kilde', rr, () => [planted]);
    again.save();
    expect(run(project.root, file, 'kode-1', rule).problems.map((p) => p.message)).toEqual(['plantet']);
  });

  it('reports a problem across files that an edit of another file caused', () => {
    project = tempProject();
    const file = storeFile();
    const glossary = checks.filter((c) => c.id === 'ordliste');
    expect(run(project.root, file, 'kode-1', glossary).problems).toEqual([]);
    // The group page is the same text as last run (its <Term> links come from the store), but the
    // term it links to is gone.
    project.write('content/ordliste/aml.yaml', '');
    rmSync(join(project.root, 'content/ordliste/aml.yaml'));
    const after = run(project.root, file, 'kode-1', glossary).problems;
    expect(after.some((p) => p.file === GROUP && p.kind === 'ukendt-term' && /"aml"/.test(p.message))).toBe(
      true,
    );
  });
});

/**
 * One run as `npm run check` makes it (scripts/check.ts): files known by the fingerprint's hashes, read
 * only when a check asks for them; returns what the run read.
 */
function runAsCommand(root: string, file: string, code = 'kode-1') {
  const seen = fingerprint(root, { today: '2026-01-01/0' });
  const read: string[] = [];
  const memo = openEntryMemo(file, code);
  const raw = readContent(
    root,
    undefined,
    undefined,
    (path) => {
      read.push(path.slice(root.length + 1));
      return seen.read(path);
    },
    (f) => seen.files[f]?.hash,
  );
  const result = runChecks(root, raw, checks, memo.remember);
  memo.save();
  return { result, read, stored: memo.size };
}

const problemsIn = (r: ReturnType<typeof runAsCommand>) =>
  r.result.problems.map((p) => `${p.check} ${p.file}${p.field ? ` ${p.field}` : ''}`);

describe('the store of npm run check, run after run', () => {
  it("keeps of a page's citations and glossary links only what the checks read", () => {
    const file = storeFile();
    expect(runAsCommand(fixtureRoot, file).result.problems).toEqual([]);
    const page = readFileSync(file, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('"content/patienter/haematologisk-cancer.mdx'));
    // Each citation's line, document and whether it says where; each link's line, id and text.
    expect(page).toContain('"003_08ae25ce05e9eb9b",true]');
    expect(page).toContain('"myeloid-cancer","myeloid cancer"]');
    // Not the place in the document, nor the components' names and attributes.
    expect(page).not.toContain('Resumé af anbefalinger');
    expect(page).not.toContain('attributes');
  });

  it('reads only the changed file among the indications, and reports the sum it breaks in the group file', () => {
    project = tempProject({ nodeModules: false });
    const file = storeFile();
    expect(runAsCommand(project.root, file).result.problems).toEqual([]);
    project.edit(RR, (t) => t.replace(/(kvote:\n {2}nyhenviste:\n {4}patienter:\n {6}vaerdi: )100/, '$1107'));
    const after = runAsCommand(project.root, file);
    expect(after.stored).toBeGreaterThan(0);
    // The group's sum fails in the group's file, which did not change; the other indications are not read.
    expect(problemsIn(after)).toContain(`gruppe-sum ${GROUP} patienterPrAar.nyhenviste.vaerdi`);
    expect(after.read.filter((f) => f.startsWith('content/indikationer/'))).toEqual([RR]);
    // Fixed again: the same clean result as before the edit.
    project.edit(RR, (t) => t.replace(/(kvote:\n {2}nyhenviste:\n {4}patienter:\n {6}vaerdi: )107/, '$1100'));
    expect(runAsCommand(project.root, file).result.problems).toEqual([]);
  });

  it("reports an unchanged indication's reference to a group whose file was deleted, and not once it is back", () => {
    project = tempProject({ nodeModules: false });
    const file = storeFile();
    expect(runAsCommand(project.root, file).result.problems).toEqual([]);
    const group = readFileSync(join(project.root, GROUP), 'utf8');
    rmSync(join(project.root, GROUP));
    expect(problemsIn(runAsCommand(project.root, file))).toContain(`referencer ${RR} gruppe`);
    project.write(GROUP, group);
    expect(runAsCommand(project.root, file).result.problems).toEqual([]);
  });

  it('counts an added indication in its group’s sums, and a deleted one out of them', () => {
    project = tempProject({ nodeModules: false });
    const file = storeFile();
    expect(runAsCommand(project.root, file).result.problems).toEqual([]);
    const rr = readFileSync(join(project.root, RR), 'utf8');
    const copy = 'content/indikationer/HAEM-NY.yaml';
    project.write(copy, rr.replace(/^kode: .*$/m, 'kode: HAEM-NY').replace(/^nummer: .*$/m, 'nummer: 9'));
    const added = problemsIn(runAsCommand(project.root, file));
    expect(added).toContain(`gruppe-sum ${GROUP} patienterPrAar.nyhenviste.vaerdi`);
    rmSync(join(project.root, copy));
    expect(runAsCommand(project.root, file).result.problems).toEqual([]);
    rmSync(join(project.root, RR));
    expect(problemsIn(runAsCommand(project.root, file))).toContain(
      `gruppe-sum ${GROUP} patienterPrAar.nyhenviste.vaerdi`,
    );
  });

  it('starts from nothing under other code, and when a schema changes', () => {
    project = tempProject({ nodeModules: false });
    const file = storeFile();
    runAsCommand(project.root, file, 'kode-1');
    expect(openEntryMemo(file, 'kode-1').size).toBeGreaterThan(0);
    expect(openEntryMemo(file, 'kode-2').size).toBe(0);
    const before = fingerprint(project.root, { today: '2026-01-01/0' }).code;
    project.edit('schemas/patient-group.ts', (t) => `${t}// ændret\n`);
    expect(fingerprint(project.root, { today: '2026-01-01/0' }).code).not.toBe(before);
  });

  it('works out every comparison and acknowledgement from the stored model fields as from whole entries', () => {
    const whole = contentModel(readContent(fixtureRoot));
    const memo = openEntryMemo(storeFile(), 'kode-1');
    const fields = contentModel(readContent(fixtureRoot), memo.remember);
    expect(fields.indications[0]!.data).not.toHaveProperty('beskrivelse');
    // The text on repeated analyses is in the whole entries, not in the stored fields.
    const rr = (m: typeof whole) => m.indications.find((i) => i.id === 'HAEM-RR')!.data.kvote;
    expect(rr(whole)).toHaveProperty('gentagneAnalyser');
    expect(rr(fields)).not.toHaveProperty('gentagneAnalyser');
    const comparisons = allComparisons(whole);
    expect(comparisons.length).toBeGreaterThan(10);
    expect(allComparisons(fields)).toEqual(comparisons);
    expect(acknowledgements(fields)).toEqual(acknowledgements(whole));
  });

  it('stores no answer for a text whose bytes are not those the fingerprint hashed', () => {
    const file = storeFile();
    const first = openEntryMemo(file, 'kode-1');
    // Rewritten between the fingerprint and the read: the hash is that of other bytes.
    const rewritten = { file: 'a.yaml', text: 'ny tekst', hash: 'hash-af-gammel-tekst' } as RawEntry;
    expect(first.remember('x', rewritten, () => 1)).toBe(1);
    first.save();
    expect(openEntryMemo(file, 'kode-1').remember('x', rewritten, () => 2)).toBe(2);
  });

  it('adds the answers new in a run to the store, and leaves out a line cut short', () => {
    const file = storeFile();
    const first = openEntryMemo(file, 'kode-1');
    first.remember('x', entry('a.yaml', 'a'), () => ({ n: 1 }));
    first.save();
    const second = openEntryMemo(file, 'kode-1');
    second.remember('x', entry('a.yaml', 'a'), () => ({ n: 9 }));
    second.remember('x', entry('b.yaml', 'b'), () => ({ n: 2 }));
    second.save();
    expect(readFileSync(file, 'utf8').trimEnd().split('\n')).toHaveLength(3);
    // A run that stopped while adding its line: the line has no line break yet.
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, -1));
    const third = openEntryMemo(file, 'kode-1');
    expect(third.remember('x', entry('a.yaml', 'a'), () => ({ n: 8 }))).toEqual({ n: 1 });
    expect(third.remember('x', entry('b.yaml', 'b'), () => ({ n: 3 }))).toEqual({ n: 3 });
  });
});
