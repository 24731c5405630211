import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/temp-project.ts';

// The workflows cannot run here; these tests hold them to what CONTRIBUTING.md promises editors.
interface Step { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string }
interface Job { 'runs-on': string; container?: string; steps: Step[]; needs?: string }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> }

const workflow = (name: string) => parse(readFileSync(join(projectRoot, '.github/workflows', name), 'utf8')) as Workflow;
const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');
const uses = (job: Job, action: string) => job.steps.find((s) => s.uses?.startsWith(`${action}@`));

describe('ci.yml', () => {
  const ci = workflow('ci.yml');
  const job = Object.values(ci.jobs)[0]!;

  it('runs on every pull request on Ubuntu, in Debian with Node 24', () => {
    expect(Object.keys(ci.on)).toContain('pull_request');
    expect(job['runs-on']).toMatch(/^ubuntu-/);
    expect(job.container).toBe('node:24-bookworm');
  });

  it('installs with npm install, Chromium from apt, then runs npm run check and npm test', () => {
    const commands = runs(job);
    expect(commands).toMatch(/apt-get install -y[^\n]* chromium/);
    const order = ['npm install', 'npm run check', 'npm test'].map((c) => commands.indexOf(c));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(commands).not.toContain('npm ci');
  });

  it('checks out the whole history, so the built pages show their dates', () => {
    expect(uses(job, 'actions/checkout')?.with?.['fetch-depth']).toBe(0);
  });

  it('uploads the built dist/ as the artifact "site"', () => {
    const upload = uses(job, 'actions/upload-artifact');
    expect(upload?.with).toMatchObject({ name: 'site', path: 'dist/' });
  });
});

describe('pages.yml', () => {
  const pages = workflow('pages.yml');

  it('publishes main to GitHub Pages', () => {
    expect(pages.on.push).toEqual({ branches: ['main'] });
    expect(pages.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(uses(pages.jobs.build!, 'actions/upload-pages-artifact')?.with?.path).toBe('dist/');
    expect(pages.jobs.deploy?.needs).toBe('build');
    expect(uses(pages.jobs.deploy!, 'actions/deploy-pages')).toBeDefined();
  });

  it('takes the site URL and base path from repository variables or the Pages settings', () => {
    const build = pages.jobs.build!;
    expect(uses(build, 'actions/checkout')?.with?.['fetch-depth']).toBe(0);
    const step = build.steps.find((s) => s.run === 'npm run build');
    expect(step?.env?.SITE_URL).toContain('vars.SITE_URL');
    expect(step?.env?.SITE_URL).toContain('steps.pages.outputs.origin');
    expect(step?.env?.BASE_PATH).toContain('vars.BASE_PATH');
    expect(step?.env?.BASE_PATH).toContain('steps.pages.outputs.base_path');
    expect(build.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'))).toMatchObject({ id: 'pages' });
  });
});
