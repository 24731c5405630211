import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent, type RawEntry } from '../../scripts/lib/content.ts';
import { runChecks, checks } from '../../scripts/lib/check.ts';
import { openEntryMemo } from '../../scripts/lib/entry-memo.ts';
import { fingerprint } from '../../scripts/lib/result-cache.ts';
import { tempProject } from '../helpers/temp-project.ts';

// What a check finds in one file alone is taken from the last run while the file's text and the code
// are the same. These tests show it never stands in for a changed file, for changed code, or for what
// a check finds across files.
const RR = 'content/indikationer/HAEM-RR.yaml';
const GROUP = 'content/grupper/haematologisk-cancer.mdx';
let project: ReturnType<typeof tempProject> | undefined;
const dirs: string[] = [];
afterEach(() => {
  project?.cleanup();
  project = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function storeFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entry-memo-'));
  dirs.push(dir);
  return join(dir, 'per-fil.json');
}

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
