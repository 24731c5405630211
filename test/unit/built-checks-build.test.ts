import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, tempProject } from '../helpers/temp-project.ts';

// The real `astro build` must fail on a broken link written in content, naming the content file.
const GROUP = 'content/grupper/haematologisk-cancer.mdx';
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

describe('astro build checks the built HTML', () => {
  it('stops on a broken link and a vague link text in a group text, at the content file', () => {
    const { status, output } = buildWith(GROUP, (t) => `${t.trimEnd()}\n\nSe også [læs mere](/kildedokumenter/).\n`);
    expect(status).not.toBe(0);
    expect(output).toMatch(/✖ content\/grupper\/haematologisk-cancer\.mdx:\d+\n {2}Linket "læs mere" peger på \/kildedokumenter\/, som ikke findes i buildet\. \(på siden \/grupper\/haematologisk-cancer\/\)/);
    expect(output).toContain('Linkteksten "læs mere" siger ikke, hvor linket til /kildedokumenter/ fører hen.');
    expect(output).toContain('2 fejl i 1 fil.');
  });
});
