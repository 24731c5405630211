import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dayPart, fingerprint, openResultCache } from '../../scripts/lib/result-cache.ts';
import { todayInDenmark } from '../../schemas/change-note.ts';
import { tempProject } from '../helpers/temp-project.ts';
import { buildEnv } from '../helpers/build.ts';

// `npm run check` gives the last run's outcome again when nothing it depends on changed. These tests
// show that it never does so after a change: a changed content file, a changed rule or schema.
const GROUP = 'content/grupper/haematologisk-cancer.mdx';
const dirs: string[] = [];
let project: ReturnType<typeof tempProject> | undefined;
afterEach(() => {
  project?.cleanup();
  project = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'result-cache-'));
  dirs.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

function check(root: string) {
  const { GITHUB_ACTIONS: _, ...env } = buildEnv();
  const run = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: root, encoding: 'utf8', env });
  return { status: run.status, out: `${run.stdout}\n${run.stderr}` };
}

describe('the fingerprint of what the checks depend on', () => {
  const files = {
    'content/grupper/a.mdx': '---\nnavn: A\n---\n',
    'schemas/group.ts': 'export const x = 1;\n',
    'scripts/checks/rule.ts': 'export const y = 1;\n',
    'src/domain/model.ts': 'export const z = 1;\n',
    'package-lock.json': '{}\n',
  };
  const today = '2026-06-01';

  it('is the same for the same bytes and date', () => {
    expect(fingerprint(tree(files), { today }).key).toBe(fingerprint(tree(files), { today }).key);
  });

  it.each(Object.keys(files))('changes when %s changes', (file) => {
    const changed = { ...files, [file]: `${files[file as keyof typeof files]} ` };
    expect(fingerprint(tree(changed), { today }).key).not.toBe(fingerprint(tree(files), { today }).key);
  });

  it('changes when a content file is added or moved, and with the date', () => {
    const key = fingerprint(tree(files), { today }).key;
    expect(fingerprint(tree({ ...files, 'content/grupper/b.mdx': '' }), { today }).key).not.toBe(key);
    const { 'content/grupper/a.mdx': a, ...rest } = files;
    expect(fingerprint(tree({ ...rest, 'content/indikationer/a.mdx': a }), { today }).key).not.toBe(key);
    expect(fingerprint(tree(files), { today: '2026-06-02' }).key).not.toBe(key);
  });

  it('changes with the date in Denmark, summer and winter time alike', () => {
    // Every day of a year with both changes of summer time, around the hours the date can change in
    // Denmark (22:00 and 23:00 UTC) and twice in the rest of the day: no part spans two Danish dates.
    const dates = new Map<string, Set<string>>();
    for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 24 * 3_600_000) {
      for (const hours of [0, 12, 21, 21.5, 22, 22.5, 23, 23.5]) {
        const at = new Date(day + hours * 3_600_000);
        const part = dayPart(at);
        dates.set(part, (dates.get(part) ?? new Set()).add(todayInDenmark(at)));
      }
    }
    expect([...dates.values()].filter((d) => d.size > 1)).toEqual([]);
  });

  it('gives the texts it read to the full run', () => {
    const root = tree(files);
    expect(fingerprint(root, { today }).read(join(root, 'content/grupper/a.mdx'))).toBe(
      files['content/grupper/a.mdx'],
    );
  });

  it('reads only the files changed since the last run, and sees a change that keeps size and times', () => {
    const root = tree(files);
    const path = join(root, 'content/grupper/a.mdx');
    // A whole second, which the file system keeps exactly, so it can be set back exactly below.
    const then = Math.floor(Date.now() / 1000) - 60;
    utimesSync(path, then, then);
    // As if the last run began a minute after the files were written.
    const last = fingerprint(root, { today, now: Date.now() + 60_000 });
    expect(last.hashed).toBe(Object.keys(files).length);
    const again = fingerprint(root, { today, previous: last });
    expect(again).toMatchObject({ key: last.key, hashed: 0 });

    // Same size, same inode, the modification time set back: only the change time tells, and it is enough.
    writeFileSync(path, '---\nnavn: B\n---\n');
    utimesSync(path, then, then);
    expect(statSync(path).mtimeMs).toBe(last.files['content/grupper/a.mdx']!.mtimeMs);
    const changed = fingerprint(root, { today, previous: last });
    expect(changed.hashed).toBe(1);
    expect(changed.key).not.toBe(last.key);
    expect(changed.key).toBe(fingerprint(root, { today }).key);
  });

  it('reads a file again that changed shortly before the last run began', () => {
    const root = tree(files);
    const last = fingerprint(root, { today });
    expect(fingerprint(root, { today, previous: last }).hashed).toBe(Object.keys(files).length);
  });

  it('stores one outcome per fingerprint, and none from another version or an unreadable file', () => {
    const root = tree(files);
    const seen = fingerprint(root, { today });
    const file = join(root, 'sub', 'resultat.json');
    const cache = openResultCache<{ n: number }>(file);
    expect(cache.get(seen.key)).toBeUndefined();
    cache.save(seen, { n: 1 });
    expect(openResultCache(file).get(seen.key)).toEqual({ n: 1 });
    expect(openResultCache(file).previous).toEqual({ takenAt: seen.takenAt, files: seen.files });
    expect(openResultCache(file).get('another')).toBeUndefined();
    writeFileSync(file, '{ not json');
    expect(openResultCache(file).get(seen.key)).toBeUndefined();
    expect(openResultCache(file).previous).toBeUndefined();
  });
});

describe('npm run check with the outcome of the last run', () => {
  it('reports a problem made after a clean run, and reuses nothing once the file is fixed again', () => {
    project = tempProject();
    expect(check(project.root).status).toBe(0);
    const warm = check(project.root);
    expect(warm.status).toBe(0);
    expect(warm.out).toContain('intet er ændret siden sidste kørsel');

    project.edit(GROUP, (t) => t.replace('omraade: kræft', 'omraade: kraeft'));
    const broken = check(project.root);
    expect(broken.status).toBe(1);
    expect(broken.out).toContain(`✖ ${GROUP}:6:1  felt: omraade`);
    // The same problem again, now from the stored outcome.
    expect(check(project.root)).toEqual(broken);

    project.edit(GROUP, (t) => t.replace('omraade: kraeft', 'omraade: kræft'));
    const fixed = check(project.root);
    expect(fixed.status).toBe(0);
    expect(fixed.out).not.toContain('intet er ændret siden sidste kørsel');
  });

  it('runs the checks again when a schema changed, and reports what the new schema finds', () => {
    project = tempProject();
    expect(check(project.root).status).toBe(0);
    // Only 'sjælden sygdom' allowed now: the fixture group in the area 'kræft' no longer passes.
    project.edit('schemas/patient-group.ts', (t) =>
      t.replace("omraade: z.enum(['kræft', 'sjælden sygdom'])", "omraade: z.enum(['sjælden sygdom'])"),
    );
    const run = check(project.root);
    expect(run.status).toBe(1);
    expect(run.out).toContain(`✖ ${GROUP}:6:1  felt: omraade`);
  });
});
