import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, tempProject } from '../helpers/temp-project.ts';

// The real `astro build` on a broken copy of the content must stop with our Danish message.
const RR = 'content/indikationer/HAEM-RR.yaml';
const projects: ReturnType<typeof tempProject>[] = [];
afterAll(() => projects.forEach((p) => p.cleanup()));

function buildWith(file: string, change: (t: string) => string) {
  const project = tempProject();
  projects.push(project);
  project.edit(file, change);
  const astro = join(projectRoot, 'node_modules', '.bin', 'astro');
  const run = spawnSync(astro, ['build', '--outDir', join(project.root, 'dist')], {
    cwd: project.root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('astro build stops on broken content', () => {
  it('a wrong type', () => {
    const { status, output } = buildWith(RR, (t) => t.replace('  wgsPrAar:\n    vaerdi: 440', '  wgsPrAar:\n    vaerdi: fire hundrede'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${RR}:`);
    expect(output).toContain('felt: kvote.wgsPrAar.vaerdi');
    expect(output).toContain('Forkert type: forventede et tal, men fik teksten "fire hundrede".');
  });

  it('a missing required field', () => {
    const { status, output } = buildWith(RR, (t) => t.replace(/^navn: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('felt: navn');
    expect(output).toContain('Feltet mangler, men det er påkrævet.');
  });

  it('an unknown group', () => {
    const { status, output } = buildWith(RR, (t) => t.replace('gruppe: haematologisk-cancer', 'gruppe: blodkraeft'));
    expect(status).not.toBe(0);
    expect(output).toContain('felt: gruppe');
    expect(output).toContain('Patientgruppen "blodkraeft" findes ikke i content/grupper/.');
  });

  it('a quota figure that no longer adds up', () => {
    const { status, output } = buildWith('content/grupper/haematologisk-cancer.mdx', (t) => t.replace('    vaerdi: 2200', '    vaerdi: 2400'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/grupper/haematologisk-cancer.mdx:41');
    expect(output).toContain('felt: wgsPrAar.iAlt.vaerdi');
    expect(output).toContain('kilden angiver 2.400 WGS, men 440 (HAEM-RR) + 1.750 (HAEM-MYEL) = 2.190 WGS');
  });

  it('a placeholder left from the template', () => {
    const { status, output } = buildWith('content/grupper/haematologisk-cancer.mdx', (t) => t.replace('navn: Hæmatologisk cancer', 'navn: "UDFYLD: gruppens navn"'));
    expect(status).not.toBe(0);
    expect(output).toContain('felt: navn');
    expect(output).toContain('Pladsholderen "UDFYLD: gruppens navn" er ikke udfyldt.');
  });
});
