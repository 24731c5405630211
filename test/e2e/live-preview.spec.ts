import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { tempProject } from '../helpers/temp-project.ts';
import { buildEnv } from '../helpers/build.ts';

// `npm run dev` as an editor uses it: an edit under content/ shows on the open page without a restart,
// and a mistake shows on the page in Danish with file and line. Runs its own dev server on a free port
// in a copy of the project, so it edits no real content.
test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

let project: ReturnType<typeof tempProject>;
let server: ChildProcess;
let url: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  project = tempProject();
  server = spawn(
    join(project.root, 'node_modules', '.bin', 'astro'),
    ['dev', '--host', '127.0.0.1', '--port', '0'],
    {
      cwd: project.root,
      env: buildEnv(),
      detached: true,
    },
  );
  let log = '';
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${log}`)), 200_000);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
  });
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  project?.cleanup();
});

const COUNT = ['kvote', 'nyhenviste', 'patienter', 'vaerdi'];

/** The first indication in the copy that states its newly referred patients, with its file and name. */
function anIndication() {
  for (const f of readdirSync(join(project.root, 'content', 'indikationer'))
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .sort()) {
    const file = `content/indikationer/${f}`;
    const doc = parseDocument(readFileSync(join(project.root, file), 'utf8'));
    if (doc.getIn(COUNT) !== undefined)
      return { id: f.replace(/\.yaml$/, ''), file, name: String(doc.get('navn')) };
  }
  throw new Error('No indication in content/ states kvote.nyhenviste.patienter.');
}

test('an edit under content/ shows on the open page without a restart', async ({ page }) => {
  const { id, file, name } = anIndication();
  await page.goto(`${url}indikationer/${id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name, { timeout: 120_000 });
  const changed = `${name} (rettet)`;
  project.edit(file, (t) => t.replace(`navn: ${name}`, `navn: ${changed}`));
  // No page.reload(): the dev server must push the change to the open page.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(changed, { timeout: 60_000 });
});

test('a mistake shows on the page in Danish with file, line and fix', async ({ page }) => {
  const { id, file } = anIndication();
  await page.goto(`${url}indikationer/${id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 120_000 });
  // A count written the Danish way, which YAML reads as 1,45.
  const text = readFileSync(join(project.root, file), 'utf8');
  const node = parseDocument(text).getIn(COUNT, true) as { range: [number, number, number] };
  project.write(file, `${text.slice(0, node.range[0])}1.450${text.slice(node.range[1])}`);
  const line = text.slice(0, node.range[0]).split('\n').length;
  const banner = page.getByRole('alert').filter({ hasText: 'Indholdet har 1 fejl' });
  await expect(banner).toBeVisible({ timeout: 60_000 });
  await expect(banner).toContainText(`${file}, linje ${line}`);
  await expect(banner).toContainText('Skriv 1450 uden punktum');
  await expect(banner).toContainText('fejltype: tusindtalsskilletegn');
  // Fixed again: the banner goes away by itself.
  project.write(file, text);
  await expect(banner).toHaveCount(0, { timeout: 60_000 });
});
