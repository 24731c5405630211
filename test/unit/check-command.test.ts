import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatAnnotations } from '../../scripts/lib/report.ts';
import { tempProject } from '../helpers/temp-project.ts';
import { buildEnv } from '../helpers/build.ts';

// `npm run check` as an editor and as GitHub Actions see it.
const RR = 'content/indikationer/HAEM-RR.yaml';
const GROUP = 'content/grupper/haematologisk-cancer.mdx';
let project: ReturnType<typeof tempProject> | undefined;
afterEach(() => project?.cleanup());

function check(env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _, ...base } = buildEnv();
  const run = spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: project!.root,
    encoding: 'utf8',
    env: { ...base, ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function breakTwoFiles() {
  project = tempProject();
  project.edit(RR, (t) => t.replace('gruppe: haematologisk-cancer', 'gruppe: ukendt'));
  project.edit(GROUP, (t) => t.replace('omraade: kræft', 'omraade: kraeft'));
}

describe('npm run check', () => {
  it('passes quietly on valid content', () => {
    project = tempProject();
    const run = check();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^✔ \d+ filer i content\/ er gyldige/);
  });

  it("keeps Node's compiled code in the project's cache folder, not beside the code", () => {
    project = tempProject();
    expect(check().status).toBe(0);
    const compiled = join(project.root, 'node_modules', '.cache', 'genomvejledninger', 'kompileret');
    expect(readdirSync(compiled, { recursive: true }).length).toBeGreaterThan(100);
  });

  it('prints every problem with file:line and exits non-zero, without annotations outside GitHub Actions', () => {
    breakTwoFiles();
    const run = check();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`✖ ${GROUP}:6:1  felt: omraade`);
    expect(run.stderr).toContain(`✖ ${RR}:3:1  felt: gruppe`);
    expect(run.stderr).toContain('2 fejl i 2 filer.');
    expect(run.stdout).not.toContain('::error');
  });

  it('adds one GitHub annotation per problem when run in GitHub Actions', () => {
    breakTwoFiles();
    const run = check({ GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(1);
    const annotations = run.stdout.trim().split('\n');
    expect(annotations).toHaveLength(2);
    expect(annotations).toContain(
      `::error file=${GROUP},line=6,col=1,title=skema – omraade::Værdien "kraeft" er ikke tilladt her. Sådan retter du det: Brug en af: "kræft", "sjælden sygdom". Mente du "kræft"?`,
    );
    expect(
      annotations.find((a) => a.startsWith(`::error file=${RR},line=3,col=1,title=referencer – gruppe::`)),
    ).toBeDefined();
  });

  it('escapes what would break a workflow command', () => {
    const line = formatAnnotations([
      {
        check: 'skema',
        kind: 'andet',
        file: 'content/a,b:c.yaml',
        line: 2,
        field: 'x',
        message: '100 % sikker\nny linje',
        hint: 'Ret: det.',
      },
    ]);
    expect(line).toBe(
      '::error file=content/a%2Cb%3Ac.yaml,line=2,title=skema – x::100 %25 sikker%0Any linje Sådan retter du det: Ret: det.',
    );
  });
});
