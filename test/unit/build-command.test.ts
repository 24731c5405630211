import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, buildWithChange } from '../helpers/build.ts';
import { tempProject } from '../helpers/temp-project.ts';

// `npm run build` is the one command that gives the complete site: `astro build`, then the search index and the
// checks of the built HTML in a process of their own, after Astro's has exited (so their memory never adds to
// Astro's). Both must still run, and still stop the build with their Danish report: the built-HTML checks
// name the content file a broken link or a vague link text was written in.
const GROUP = 'content/grupper/haematologisk-cancer.mdx';
let cleanup: (() => void) | undefined;
afterAll(() => cleanup?.());

let linked: { status: number | null; output: string; root: string } | undefined;
/**
 * `npm run build` on a copy whose group text links to a page that is not built, with a vague link text: one
 * build for the tests of the command's two steps and of the built-HTML checks it runs.
 */
function buildWithBrokenLink() {
  if (linked) return linked;
  const project = tempProject();
  cleanup = project.cleanup;
  project.edit(GROUP, (t) => `${t.trimEnd()}\n\nSe også [læs mere](/kildedokumenter/).\n`);
  const run = spawnSync('npm', ['run', 'build'], { cwd: project.root, encoding: 'utf8', env: buildEnv() });
  // Astro colours its log even with FORCE_COLOR=0.
  const output = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
  return (linked = { status: run.status, output, root: project.root });
}

describe('npm run build', () => {
  it('builds the search index after Astro has exited, and stops on a broken built link', () => {
    const { status, output, root } = buildWithBrokenLink();
    expect(status, output).toBe(1);
    expect(output).toMatch(
      /✖ content\/grupper\/haematologisk-cancer\.mdx:\d+\n {2}Linket "læs mere" peger på \/kildedokumenter\/, som ikke findes i buildet\. \(på siden \/grupper\/haematologisk-cancer\/\)/,
    );
    // The index was written, and only after Astro's own last line: not inside Astro's process.
    expect(existsSync(join(root, 'dist', 'pagefind', 'pagefind-entry.json'))).toBe(true);
    const complete = output.indexOf('[build] Complete!');
    expect(complete).toBeGreaterThan(-1);
    expect(output.indexOf('Søgeindeks: ')).toBeGreaterThan(complete);
  }, 240_000);

  it('stops on a broken link and a vague link text in a group text, at the content file', () => {
    const { status, output } = buildWithBrokenLink();
    expect(status).not.toBe(0);
    expect(output).toContain(
      'Linkteksten "læs mere" siger ikke, hvor linket til /kildedokumenter/ fører hen.',
    );
    expect(output).toContain('2 fejl i 1 fil.');
  }, 240_000);

  it('stops with the Danish report when a search word names a page that is not built', () => {
    const { status, output } = buildWithChange('content/soegeord/haematologisk-cancer.yaml', (t) =>
      t.replace('sider: [/indikationer/HAEM-MYEL/]', 'sider: [/kilder/findes-ikke/]'),
    );
    expect(status, output).toBe(1);
    expect(output).toContain('Søgeindekset kan ikke bygges:');
    expect(output).toMatch(/✖ content\/soegeord\/haematologisk-cancer\.yaml:13/);
    expect(output).toContain(
      'Siden "/kilder/findes-ikke/" findes ikke i det byggede site, eller den er ikke med i søgningen.',
    );
    // No stack trace into the build's code around the editor's message.
    expect(output).not.toMatch(/\bat .*search-index\.ts/);
  }, 240_000);
});
