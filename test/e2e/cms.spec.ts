import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { indicationSchema } from '../../schemas/indication.ts';
import { axeViolations, formatViolations } from '../helpers/page-audits.ts';
import { directives, watchPage } from '../helpers/page-watch.ts';
import { projectRoot } from '../helpers/temp-project.ts';
import { base, builtHtmlPages, dist, editorPages } from '../helpers/site-pages.ts';

// The web editor at /admin/ (Decap CMS) against its local backend, decap-server, which reads and writes the
// files of a folder. The folder is a throwaway copy of content/, so the test never changes the real content.

const admin = editorPages[0]!;
/** Where Decap looks for decap-server when the config says `local_backend: true` (Decap's fixed default). */
const LOCAL_BACKEND = 'http://localhost:8081/api/v1';

/** A free TCP port, so the test's decap-server never collides with one an editor or another run has started. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts decap-server on a copy of content/ and resolves once it listens. */
async function startDecapServer(): Promise<{ repo: string; url: string; stop: () => void }> {
  const repo = mkdtempSync(join(tmpdir(), 'genomvejledninger-cms-'));
  cpSync(join(projectRoot, 'content'), join(repo, 'content'), { recursive: true });
  const port = await freePort();
  const entry = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const server: ChildProcess = spawn(process.execPath, [entry], {
    // In its own folder: decap-server also reads a .env file from where it runs.
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repo },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => {
    server.kill();
    rmSync(repo, { recursive: true, force: true });
  };
  await new Promise<void>((resolve, reject) => {
    let log = '';
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('listening')) resolve();
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.on('exit', (code) => reject(new Error(`decap-server stoppede (${code}):\n${log}`)));
  }).catch((e: unknown) => {
    stop();
    throw e;
  });
  return { repo, url: `http://127.0.0.1:${port}/api/v1`, stop };
}

/** Sends Decap's requests for its local backend to the test's own decap-server. */
async function useBackend(page: Page, url: string): Promise<void> {
  await page.route(LOCAL_BACKEND, async (route) => route.fulfill({ response: await route.fetch({ url }) }));
}

/** The policy of a built page's <meta> CSP, directive by directive. */
function policyOf(file: string): Map<string, string[]> {
  const html = readFileSync(file, 'utf8');
  return directives(/<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '');
}

/** An indication with a patient count, read from the content: the figure the test changes. */
function indicationWithCount(): { code: string; file: string; count: number } {
  const folder = join(projectRoot, 'content', 'indikationer');
  for (const name of readdirSync(folder)
    .filter((f) => /^[^_].*\.yaml$/.test(f))
    .sort()) {
    const data = parse(readFileSync(join(folder, name), 'utf8'));
    const count = data?.kvote?.nyhenviste?.patienter?.vaerdi;
    if (typeof count === 'number') return { code: name.replace(/\.yaml$/, ''), file: name, count };
  }
  throw new Error('Ingen indikation i content/indikationer/ har kvote.nyhenviste.patienter.vaerdi.');
}

/** Opens an object field of Decap's form (they start folded) inside `scope`, by its label. */
async function unfold(scope: ReturnType<Page['locator']>, label: string) {
  const field = scope
    .locator('[aria-label="object field"]')
    .filter({ has: scope.page().locator('label', { hasText: new RegExp(`^${label}`) }) })
    .first();
  await field.getByRole('button', { name: 'Expand' }).first().click();
  return field;
}

test.describe('the web editor at /admin/', () => {
  // The two tests need nothing from each other, and each spends most of its time loading Decap's large
  // bundle: they run side by side, each worker with a local backend (and a copy of the content) of its own.
  test.describe.configure({ mode: 'parallel' });
  let backend: Awaited<ReturnType<typeof startDecapServer>>;
  test.beforeAll(async () => {
    backend = await startDecapServer();
  });
  test.afterAll(() => backend?.stop());

  test('edits a figure of an indication and saves it to the file through the local backend', async ({
    page,
  }) => {
    // Decap's bundle is large: on two busy cores, loading it and the form has taken over two minutes.
    test.setTimeout(300_000);
    const { code, file, count } = indicationWithCount();
    const beforeText = readFileSync(join(backend.repo, 'content', 'indikationer', file), 'utf8');
    const before = parse(beforeText);
    const real = readFileSync(join(projectRoot, 'content', 'indikationer', file), 'utf8');
    const { errors } = await watchPage(page);
    const csp = async () => (await errors()).filter((e) => e.startsWith('CSP: '));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await useBackend(page, backend.url);

    await page.goto(admin);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.goto(`${admin}#/collections/indikationer/entries/${code}`);
    const quota = await unfold(page.locator('body'), 'kvote');
    const newly = await unfold(quota, 'nyhenviste');
    const patients = await unfold(newly, 'patienter');
    // A field in an optional part is labelled "vaerdi (kan udelades)" (see src/domain/cms-config.ts).
    const value = patients.getByRole('spinbutton', { name: /^vaerdi\b/ });
    await expect(value).toHaveValue(String(count));
    await value.fill(String(count + 1));
    await page.getByText('Publicer', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publicer nu' }).click();

    // The file on disk gets the new figure, and nothing else in its data changes: fields the form cannot
    // show (such as a number or "ikke angivet") are kept, so the saved file still passes the schema.
    const saved = () => parse(readFileSync(join(backend.repo, 'content', 'indikationer', file), 'utf8'));
    await expect.poll(() => saved()?.kvote?.nyhenviste?.patienter?.vaerdi).toBe(count + 1);
    const expected = structuredClone(before);
    expected.kvote.nyhenviste.patienter.vaerdi = count + 1;
    expect(isDeepStrictEqual(saved(), expected)).toBe(true);
    expect(indicationSchema.safeParse(saved()).success).toBe(true);

    // The file's text changes in the figure's line alone, so the pull request shows just the editor's
    // change: the comments, the flow mappings `{ … }`, the folded text and the key order stay as written.
    const beforeLines = beforeText.split('\n');
    const afterLines = readFileSync(join(backend.repo, 'content', 'indikationer', file), 'utf8').split('\n');
    expect(
      beforeLines.some((l) => /^\s*#/.test(l)),
      `${file} har ingen kommentar at bevare`,
    ).toBe(true);
    expect(
      beforeLines.some((l) => /: \{ /.test(l)),
      `${file} har ingen flow-mapping at bevare`,
    ).toBe(true);
    expect(afterLines.length).toBe(beforeLines.length);
    const changed = beforeLines.flatMap((line, i) => (line === afterLines[i] ? [] : [i]));
    expect(changed).toHaveLength(1);
    const line = changed[0]!;
    expect(afterLines[line]).toBe(
      beforeLines[line]!.replace(new RegExp(`(vaerdi: )${count}\\b`), `$1${count + 1}`),
    );
    expect(afterLines[line]).not.toBe(beforeLines[line]);

    expect(readFileSync(join(projectRoot, 'content', 'indikationer', file), 'utf8')).toBe(real);
    expect(await csp()).toEqual([]);
    const origin = new URL(page.url()).origin;
    expect(requests.filter((u) => new URL(u).origin !== origin && !u.startsWith(LOCAL_BACKEND))).toEqual([]);
  });

  test('passes axe on the sign-in page, the collections and the form', async ({ page }) => {
    test.setTimeout(300_000);
    await useBackend(page, backend.url);
    await page.goto(admin);
    await page.getByRole('button', { name: 'Log ind' }).waitFor();
    const signIn = await axeViolations(page);
    expect(signIn, formatViolations(signIn)).toEqual([]);

    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('link', { name: /^Indikation$/ }).waitFor();
    const collections = await axeViolations(page);
    expect(collections, formatViolations(collections)).toEqual([]);

    const { code } = indicationWithCount();
    await page.goto(`${admin}#/collections/indikationer/entries/${code}`);
    // Loading one entry has taken over 15 s (the default wait) on two busy cores.
    await expect(page.getByRole('textbox', { name: 'kode', exact: true }).first()).toHaveValue(code, {
      timeout: 120_000,
    });
    // The list items' fold, move and remove controls are Decap's; src/pages/admin/index.astro names them.
    await page.getByRole('button', { name: 'Fold punktet ud eller sammen' }).first().waitFor();
    const form = await axeViolations(page);
    expect(form, formatViolations(form)).toEqual([]);
  });
});

test('the editor page alone has the looser policy Decap needs; every other page keeps the strict one', () => {
  const loose = [
    "'unsafe-eval'",
    "'unsafe-inline'",
    LOCAL_BACKEND.replace('/api/v1', ''),
    'https://api.github.com',
  ];
  const pages = builtHtmlPages();
  expect(pages).toContain(admin);
  for (const path of pages) {
    const policy = policyOf(join(dist, path.slice(base.length), path.endsWith('.html') ? '' : 'index.html'));
    // The rules that keep the site safe hold on the editor page too.
    expect(policy.get('default-src'), path).toEqual(["'self'"]);
    expect(policy.get('object-src'), path).toEqual(["'none'"]);
    expect(policy.get('base-uri'), path).toEqual(["'self'"]);
    expect(policy.get('script-src-attr'), path).toEqual(["'none'"]);
    const granted = [...policy.values()].flat().filter((v) => loose.includes(v));
    if (path === admin) expect(granted.sort()).toEqual([...loose].sort());
    else expect(granted, `${path} har ${granted.join(', ')} i sin CSP`).toEqual([]);
  }
});

test('the editor page is neither in the sitemap nor in the search index', () => {
  const sitemaps = readdirSync(dist).filter((f) => /^sitemap.*\.xml$/.test(f));
  expect(sitemaps.length).toBeGreaterThan(0);
  for (const f of sitemaps) expect(readFileSync(join(dist, f), 'utf8')).not.toContain('/admin/');
  const html = readFileSync(join(dist, 'admin', 'index.html'), 'utf8');
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  // Pagefind indexes only pages marked data-pagefind-body.
  expect(html).not.toContain('data-pagefind-body');
});
