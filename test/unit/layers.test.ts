import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/temp-project.ts';

// The layer rules of .dependency-cruiser.cjs, run on a tiny tree of fixture files: each planted import
// against the layers (or cycle) must be reported under its rule, and the clean tree must pass.
let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

const depcruise = (args: string[]) =>
  spawnSync(
    join(projectRoot, 'node_modules', '.bin', 'depcruise'),
    ['--config', '.dependency-cruiser.cjs', ...args, 'src', 'scripts', 'schemas'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );

function cruise(files: Record<string, string>): string[] {
  root = mkdtempSync(join(tmpdir(), 'layers-'));
  copyFileSync(join(projectRoot, '.dependency-cruiser.cjs'), join(root, '.dependency-cruiser.cjs'));
  const all: Record<string, string> = {
    'tsconfig.json': '{ "compilerOptions": { "allowImportingTsExtensions": true, "noEmit": true } }',
    'schemas/figure.ts': 'export const figure = 1;\n',
    'src/domain/totals.ts':
      "import { figure } from '../../schemas/figure.ts';\nexport const total = figure + 1;\n",
    'src/pages/index.ts': "import { total } from '../domain/totals.ts';\nexport const page = total;\n",
    'scripts/check.ts': "import { total } from '../src/domain/totals.ts';\nexport const check = total;\n",
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  const result = JSON.parse(depcruise(['--output-type', 'json']).stdout) as {
    summary: { violations: { rule: { name: string } }[] };
  };
  return [...new Set(result.summary.violations.map((v) => v.rule.name))].sort();
}

describe('layer rules', () => {
  it('pass a tree that imports one way: schemas → domain → pages and checks', () => {
    expect(cruise({})).toEqual([]);
  });

  it('fail on an import cycle', () => {
    expect(
      cruise({
        'src/domain/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
        'src/domain/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
      }),
    ).toEqual(['no-cycle']);
    // As `npm run lint` runs it: the command fails and names the cycle.
    const run = depcruise([]);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('no-cycle');
  });

  it('fail when a page imports from scripts/', () => {
    expect(
      cruise({
        'src/pages/lix.ts': "import { check } from '../../scripts/check.ts';\nexport const x = check;\n",
      }),
    ).toEqual(['site-not-to-scripts']);
  });

  it('fail when the domain reads files', () => {
    expect(
      cruise({
        'src/domain/read.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      }),
    ).toEqual(['domain-no-node-builtins']);
  });

  it('fail when the domain imports a page', () => {
    expect(
      cruise({ 'src/domain/page.ts': "import { page } from '../pages/index.ts';\nexport const x = page;\n" }),
    ).toEqual(['domain-is-plain']);
  });

  it('fail when a schema imports anything but zod and schemas', () => {
    expect(
      cruise({
        'schemas/uses-domain.ts':
          "import { total } from '../src/domain/totals.ts';\nexport const x = total;\n",
      }),
    ).toEqual(['schemas-only-zod']);
  });
});
