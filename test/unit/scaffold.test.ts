import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../scripts/lib/check.ts';
import { tempProject } from '../helpers/temp-project.ts';
import { astroBuild } from '../helpers/build.ts';
import { fillPlaceholders } from '../helpers/fill-placeholders.ts';

// CONTRIBUTING.md's recipe for a new indication and a new group, followed step by step in a copy of the project.
let project: ReturnType<typeof tempProject> | undefined;
afterEach(() => project?.cleanup());

function ny(root: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/new.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function fillFile(root: string, file: string, kind: Parameters<typeof fillPlaceholders>[1]) {
  const path = join(root, file);
  project!.write(file, fillPlaceholders(readFileSync(path, 'utf8'), kind));
}

describe('npm run ny', () => {
  it('a new indication in an existing group fails the checks until its placeholders are filled, then passes', () => {
    project = tempProject();
    const file = 'content/indikationer/HAEM-NY.yaml';
    const made = ny(project.root, 'indikation', 'HAEM-NY', '--gruppe', 'haematologisk-cancer');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain(`Oprettet ${file} (indikation nummer 3 i haematologisk-cancer)`);
    const text = readFileSync(join(project.root, file), 'utf8');
    expect(text).toContain('kode: HAEM-NY\ngruppe: haematologisk-cancer\n');
    expect(text).toContain('nummer: 3\n');

    // Unfilled: one problem per placeholder, each naming its line and field, and nothing else.
    const before = runChecks(project.root).problems;
    const lines = text.split('\n');
    const expected = lines
      .filter((l) => !l.trimStart().startsWith('#'))
      .join('\n')
      .match(/"UDFYLD/g)!.length;
    expect(made.stdout).toContain(`med ${expected} pladsholdere`);
    expect(before).toHaveLength(expected);
    for (const p of before) {
      expect(p.kind).toBe('pladsholder');
      expect(p.file).toBe(file);
      expect(lines[p.line! - 1]).toContain('UDFYLD');
      expect(p.field).toBeTruthy();
    }

    fillFile(project.root, file, 'indikation');
    expect(runChecks(project.root).problems).toEqual([]);
  });

  it('a new group with a new indication passes the checks and builds once filled', () => {
    project = tempProject();
    const group = ny(project.root, 'gruppe', 'ny-testgruppe');
    expect(group.status).toBe(0);
    // The group comes with its patient page (with the standard headings) and its search words, and a warning.
    expect(group.stdout).toContain('Oprettet content/soegeord/ny-testgruppe.yaml (søgeord)');
    expect(group.stdout).toContain('⚠ Gruppen har endnu ingen indikationer.');
    expect(readFileSync(join(project.root, 'content/patienter/ny-testgruppe.mdx'), 'utf8')).toContain(
      '\n## Hvem kan få tilbuddet?\n',
    );
    const made = ny(project.root, 'indikation', 'NYT-FOERSTE', '--gruppe', 'ny-testgruppe');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('indikation nummer 1 i ny-testgruppe');

    const unfilled = runChecks(project.root).problems;
    expect(new Set(unfilled.map((p) => p.kind))).toEqual(new Set(['pladsholder']));
    expect(unfilled.some((p) => p.file === 'content/grupper/ny-testgruppe.mdx' && !p.field)).toBe(true); // the MDX body

    expect(unfilled.some((p) => p.file === 'content/patienter/ny-testgruppe.mdx')).toBe(true);

    fillFile(project.root, 'content/grupper/ny-testgruppe.mdx', 'gruppe');
    fillFile(project.root, 'content/patienter/ny-testgruppe.mdx', 'patientside');
    fillFile(project.root, 'content/indikationer/NYT-FOERSTE.yaml', 'indikation');
    fillFile(project.root, 'content/soegeord/ny-testgruppe.yaml', 'soegeord');
    expect(runChecks(project.root).problems).toEqual([]);

    const build = astroBuild(project.root);
    expect(build.status, build.output).toBe(0);
    const page = readFileSync(join(project.root, 'dist/grupper/ny-testgruppe/index.html'), 'utf8');
    expect(page).toContain('Gruppen findes kun i testen');
    expect(existsSync(join(project.root, 'dist/indikationer/NYT-FOERSTE/index.html'))).toBe(true);
    expect(readFileSync(join(project.root, 'dist/patienter/ny-testgruppe/index.html'), 'utf8')).toContain(
      'Siden er kun til testen.',
    );
  }, 240_000); // a full astro build of a temporary copy: minutes on a busy 2-core machine

  it('a new source and a new list of search words pass the checks once filled', () => {
    project = tempProject();
    const source = ny(project.root, 'kilde', '005_0123456789abcdef');
    expect(source.status, source.stderr).toBe(0);
    const terms = ny(project.root, 'soegeord', 'nyt-emne');
    expect(terms.status, terms.stderr).toBe(0);
    const unfilled = runChecks(project.root).problems;
    expect(new Set(unfilled.map((p) => p.kind))).toEqual(new Set(['pladsholder']));
    expect(new Set(unfilled.map((p) => p.file))).toEqual(
      new Set(['content/kilder/005_0123456789abcdef.yaml', 'content/soegeord/nyt-emne.yaml']),
    );
    fillFile(project.root, 'content/kilder/005_0123456789abcdef.yaml', 'kilde');
    fillFile(project.root, 'content/soegeord/nyt-emne.yaml', 'soegeord');
    expect(runChecks(project.root).problems).toEqual([]);
    expect(ny(project.root, 'kilde', 'ikke-et-id').stderr).toContain('kan ikke bruges som id');
  });

  it('refuses to overwrite an existing file', () => {
    project = tempProject();
    const before = readFileSync(join(project.root, 'content/grupper/haematologisk-cancer.mdx'), 'utf8');
    const group = ny(project.root, 'gruppe', 'haematologisk-cancer');
    expect(group.status).toBe(1);
    expect(group.stderr.trim()).toMatchInlineSnapshot(
      `"✖ content/grupper/haematologisk-cancer.mdx findes allerede og bliver ikke overskrevet. Ret i den eksisterende fil, eller vælg et andet navn."`,
    );
    expect(readFileSync(join(project.root, 'content/grupper/haematologisk-cancer.mdx'), 'utf8')).toBe(before);
    const indication = ny(project.root, 'indikation', 'HAEM-RR', '--gruppe', 'haematologisk-cancer');
    expect(indication.status).toBe(1);
    expect(indication.stderr.trim()).toMatchInlineSnapshot(
      `"✖ content/indikationer/HAEM-RR.yaml findes allerede og bliver ikke overskrevet. Koden HAEM-RR er i brug; vælg en anden."`,
    );
  });

  it('rejects a slug or code in the wrong form, an unknown group and a foreign code prefix', () => {
    project = tempProject();
    const cases = [
      ny(project.root, 'gruppe', 'Børn_og_unge'),
      ny(project.root, 'indikation', 'haem-ny', '--gruppe', 'haematologisk-cancer'),
      ny(project.root, 'indikation', 'HAEM-NY', '--gruppe', 'blodkraeft'),
      ny(project.root, 'indikation', 'PID-NY', '--gruppe', 'haematologisk-cancer'),
      ny(project.root, 'indikation', 'HAEM-NY'),
    ];
    expect(cases.map((c) => c.status)).toEqual([1, 1, 1, 1, 1]);
    expect(cases.map((c) => c.stderr.split('\n')[0]).join('\n')).toMatchInlineSnapshot(`
      "✖ "Børn_og_unge" kan ikke bruges som slug. Brug små bogstaver a-z, tal og bindestreger, uden æ, ø og å (skriv ae, oe og aa), fx boern-og-unge-med-kraeft.
      ✖ "haem-ny" kan ikke bruges som kode. Koden er gruppens forbogstaver med store bogstaver, en bindestreg og et kort navn (A-Z og 0-9, højst 8 tegn), fx HAEM-MYEL.
      ✖ Patientgruppen "blodkraeft" findes ikke i content/grupper/. Brug en af: boern-og-unge-med-kraeft, haematologisk-cancer, primaer-immundefekt, udbredt-og-uhelbredelig-kraeft, unge-voksne-og-arvelig-kraeft, eller opret gruppen først med npm run ny -- gruppe blodkraeft.
      ✖ Gruppen haematologisk-cancer bruger koder, der begynder med HAEM-. Kald indikationen HAEM-NY eller lignende.
      ✖ Skriv, hvilken patientgruppe indikationen hører til, med --gruppe <slug>."
    `);
    expect(existsSync(join(project.root, 'content/indikationer/HAEM-NY.yaml'))).toBe(false);
    expect(existsSync(join(project.root, 'content/indikationer/PID-NY.yaml'))).toBe(false);
  });
});
