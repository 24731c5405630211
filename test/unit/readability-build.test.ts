import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, tempProject } from '../helpers/temp-project.ts';
import { hardParagraph } from '../helpers/hard-text.ts';

// The real `astro build` on a copy where a patient page got a paragraph in the sources' style.
const PAGE = 'content/patienter/haematologisk-cancer.mdx';
const projects: ReturnType<typeof tempProject>[] = [];
afterAll(() => projects.forEach((p) => p.cleanup()));

describe('astro build and readability', () => {
  it('a hard paragraph on a patient page stops the build with the file and its LIX', () => {
    const project = tempProject();
    projects.push(project);
    project.edit(PAGE, (t) =>
      t.replace(
        '## Hvad kan undersøgelsen ikke love?\n\n',
        `## Hvad kan undersøgelsen ikke love?\n\n${hardParagraph(4)}\n`,
      ),
    );
    const run = spawnSync(
      join(projectRoot, 'node_modules', '.bin', 'astro'),
      ['build', '--outDir', join(project.root, 'dist')],
      {
        cwd: project.root,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      },
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toContain(`${PAGE}:`);
    expect(output).toMatch(/Teksten er for svær til en side for patienter: LIX er (4[1-9]|[5-9]\d)/);
    expect(output).toContain('Begynd med de længste sætninger');
  });
});
