import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Top-level entries that are build output, caches or history, not the project. */
const NOT_COPIED = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.git',
  'test-results',
  'playwright-report',
  'tmp',
]);

/** Copies the project's own files (content, schemas, scripts, src, public, configs) into `to`. */
export function copyProject(from: string, to: string): void {
  for (const entry of readdirSync(from)) {
    if (NOT_COPIED.has(entry) || entry.startsWith('dist')) continue;
    cpSync(join(from, entry), join(to, entry), { recursive: true });
  }
  linkNodeModules(from, to);
}

/**
 * Gives `to` a node_modules of its own whose packages link to the real ones. Linking the folder itself
 * would share Astro's and Vite's caches (node_modules/.astro, node_modules/.vite) between copies that
 * build at the same time, and let one copy's content cache leak into another's build; `npm run check`'s
 * stores and compiled code (node_modules/.cache) would grow with every copy's paths in the original.
 */
export function linkNodeModules(from: string, to: string): void {
  const target = join(to, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(join(from, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(from, 'node_modules', entry), join(target, entry));
  }
}
