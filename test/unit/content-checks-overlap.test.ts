// The build's content checks run on their own thread while Astro sets up (routes, Vite), and the build waits
// for their verdict only when Vite resolves its config, just before Astro loads the content.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentChecks } from '../../src/integrations/content-checks.ts';

const root = mkdtempSync(join(tmpdir(), 'genomvejledninger-checks-overlap-'));
cpSync(fileURLToPath(new URL('../fixtures/content', import.meta.url)), join(root, 'content'), {
  recursive: true,
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('content checks in astro build', () => {
  it('let Astro go on while they run, and hold Vite until their verdict', async () => {
    const logged: string[] = [];
    const logger = {
      info: (m: string) => logged.push(m),
      warn: () => {},
      error: (m: string) => logged.push(m),
    };
    const plugins: { configResolved: () => Promise<void> }[] = [];
    const setup = contentChecks().hooks['astro:config:setup']!;
    await setup({
      config: { root: pathToFileURL(`${root}/`) },
      command: 'build',
      logger,
      updateConfig: (c: { vite: { plugins: typeof plugins } }) => plugins.push(...c.vite.plugins),
      injectScript: () => {},
    } as never);
    // The hook has returned, and the checks, still running, have said nothing yet.
    expect(logged).toEqual([]);
    expect(plugins).toHaveLength(1);
    await plugins[0]!.configResolved();
    expect(logged.at(-1)).toMatch(/^\d+ indholdsfiler er gyldige\.$/);
  }, 60_000);
});
