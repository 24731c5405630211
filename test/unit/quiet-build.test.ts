import { describe, expect, it } from 'vitest';
import { isKnownWarning } from '../../src/integrations/quiet-logger.mjs';
import { fixtureSite } from '../helpers/fixture-site.ts';

// A build of valid content prints no warning, so a new one stands out; the filter drops only the known ones.
describe('quiet build output', () => {
  it('drops the known harmless warnings and keeps every other message', () => {
    const warn = (label: string, message: string) => ({ level: 'warn', label, message, newLine: true });
    expect(
      isKnownWarning(
        warn(
          'vite',
          '\u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics of the module level directive "use astro:head-inject" in "content/grupper/x.mdx?astroPropagatedAssets" may not be preserved when bundling.',
        ),
      ),
    ).toBe(true);
    expect(
      isKnownWarning(
        warn(
          'csp',
          "`security.csp.scriptDirective` defines `script-src` resources ('self') as well as `script-src-attr` resources or hashes. Because …",
        ),
      ),
    ).toBe(true);
    // Another directive, another label, another level: all pass through.
    expect(
      isKnownWarning(
        warn(
          'vite',
          '[MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use client" in "x.js" may not be preserved',
        ),
      ),
    ).toBe(false);
    expect(isKnownWarning(warn('vite', '"use astro:head-inject" and something else entirely'))).toBe(false);
    expect(isKnownWarning(warn('content', 'Invalid content reference: entry "x"'))).toBe(false);
    expect(
      isKnownWarning({ ...warn('vite', '[MODULE_LEVEL_DIRECTIVE] "use astro:head-inject"'), level: 'error' }),
    ).toBe(false);
  });

  it('a build of valid content prints no warning', async () => {
    const { status, output } = await fixtureSite();
    expect(status, output).toBe(0);
    expect(output).not.toMatch(/\bWARN\b|warning/i);
  });
});
