// The build's content checks run on their own thread while Astro loads the content and bundles the pages,
// and no page is rendered before their verdict.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { contentChecks, failureAwaitsVerdict } from '../../src/integrations/content-checks.ts';
import { pendingContentVerdict } from '../../src/lib/content-verdict.ts';

const root = mkdtempSync(join(tmpdir(), 'genomvejledninger-checks-overlap-'));
cpSync(fileURLToPath(new URL('../fixtures/content', import.meta.url)), join(root, 'content'), {
  recursive: true,
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A promise and the function that resolves it. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('content checks in astro build', () => {
  it('let Astro go on while they run, and render nothing before their verdict', async () => {
    const order: string[] = [];
    const logger = {
      info: (m: string) => order.push(m),
      warn: () => {},
      error: (m: string) => order.push(m),
    };
    const integration = contentChecks();
    await integration.hooks['astro:config:setup']!({
      config: { root: pathToFileURL(`${root}/`) },
      command: 'build',
      logger,
      updateConfig: () => {},
      injectScript: () => {},
    } as never);
    // The hook has returned, and the checks, still running, have said nothing yet.
    expect(order).toEqual([]);
    expect(pendingContentVerdict()).toBeDefined();

    let wrap: ((prerenderer: AstroPrerenderer) => AstroPrerenderer) | undefined;
    await integration.hooks['astro:build:start']!({
      logger,
      setPrerenderer: (p: typeof wrap) => (wrap = p),
    } as never);
    const prerenderer = wrap!({
      name: 'astro:default',
      setup: async () => void order.push('setup'),
      getStaticPaths: async () => [],
      render: async () => new Response(''),
    });
    await prerenderer.setup!();
    expect(order.at(-2)).toMatch(/^\d+ indholdsfiler er gyldige\.$/);
    expect(order.at(-1)).toBe('setup');
    expect(pendingContentVerdict()).toBeUndefined();
  }, 60_000);

  it('hold a failed bundling until their verdict, and pass a finished one at once', async () => {
    const verdict = deferred();
    const buildEnd = failureAwaitsVerdict(verdict.promise).buildEnd as (error?: Error) => Promise<void>;
    let failedEnded = false;
    const failed = buildEnd(new Error('MDX')).then(() => (failedEnded = true));
    await buildEnd();
    await new Promise((r) => setImmediate(r));
    expect(failedEnded).toBe(false);
    verdict.resolve();
    await failed;
    expect(failedEnded).toBe(true);
  });
});
