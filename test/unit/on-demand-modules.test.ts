import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The checks load the MDX parser (some 200 modules) only when one of them reads an MDX body, and the yaml
// package (some 70) only when they must point at a line, so an `npm run check` after an edit of a YAML
// file that leaves it valid does without both.
/** The modules a fresh Node process loads for `code`, run as a module from the project's root. */
function modulesLoadedBy(code: string): string[] {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { registerHooks } from 'node:module';
       const seen = [];
       registerHooks({ load(url, context, next) { seen.push(url); return next(url, context); } });
       ${code}
       console.log(JSON.stringify(seen));`,
    ],
    { cwd: process.cwd(), encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as string[];
}

const parser = (urls: string[]) => urls.filter((u) => /\/node_modules\/(remark|micromark)[^/]*\//.test(u));
const yaml = (urls: string[]) => urls.filter((u) => /\/node_modules\/yaml\//.test(u));

describe('the MDX parser in npm run check', () => {
  it('is not loaded with the checks', () => {
    const urls = modulesLoadedBy(`await import('./scripts/lib/check.ts');`);
    expect(urls.some((u) => u.endsWith('/scripts/checks/patient-pages.ts'))).toBe(true);
    expect(parser(urls)).toEqual([]);
    expect(yaml(urls)).toEqual([]);
  });

  it('is loaded when a check reads an MDX body, and reads it as the domain module does', () => {
    const urls = modulesLoadedBy(
      `const { componentUses } = await import('./scripts/lib/mdx-on-demand.ts');
       const uses = componentUses('Tekst <Term id="wgs">WGS</Term>', ['Term']);
       if (uses[0]?.attributes.id !== 'wgs') throw new Error(JSON.stringify(uses));`,
    );
    expect(parser(urls).length).toBeGreaterThan(10);
  });
});

describe('the yaml package in npm run check', () => {
  it('is loaded when a problem must be pointed at a line, and points at it', () => {
    const urls = modulesLoadedBy(
      `const { readEntry, locate } = await import('./scripts/lib/content.ts');
       const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
       const dir = mkdtempSync('/tmp/on-demand-');
       writeFileSync(dir + '/x.yaml', 'navn: a\\nkvote:\\n  vaerdi: 3\\n');
       const at = locate(readEntry(dir, 'ordliste', dir + '/x.yaml'), ['kvote', 'vaerdi']);
       rmSync(dir, { recursive: true });
       if (at.line !== 3) throw new Error(JSON.stringify(at));`,
    );
    expect(yaml(urls).length).toBeGreaterThan(10);
  });
});
