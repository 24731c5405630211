import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readBuiltSite, type BuiltSite, type PageSource } from '../../scripts/lib/built-site.ts';

/**
 * A small project on disk with a hand-written build in dist/ and the source files it maps back to,
 * so each rule of the built-site checks can be tested on exactly the HTML that breaks it.
 */
export function fakeBuild(
  files: Record<string, string>,
  options: { base?: string; sources?: Record<string, PageSource> } = {},
): { site: BuiltSite; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'genomvejledninger-build-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  const site = readBuiltSite(root, join(root, 'dist'), {
    base: options.base,
    site: 'https://example.org',
    sourceOf: (path) => options.sources?.[path] ?? {},
  });
  return { site, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A minimal valid page around some body HTML. */
export function page(body: string, head = ''): string {
  return `<!doctype html><html lang="da"><head><title>Side</title>${head}</head><body><main id="indhold">${body}</main></body></html>`;
}
