import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkNodeModules } from '../../scripts/lib/temp-copy.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A throwaway copy of the project (content, schemas, scripts, src, config) sharing node_modules,
 * so a test can break a content file and run the real checks or the real build on it.
 */
export function tempProject(): { root: string; edit: (file: string, change: (text: string) => string) => void; write: (file: string, text: string) => void; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'genomvejledninger-'));
  for (const item of ['content', 'schemas', 'scripts', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, item), join(root, item), { recursive: true });
  }
  // Own Astro/Vite caches per copy: tests build several copies at once.
  linkNodeModules(projectRoot, root);
  return {
    root,
    edit(file, change) {
      const path = join(root, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`The edit of ${file} changed nothing: the test no longer matches the content.`);
      writeFileSync(path, after);
    },
    write(file, text) {
      writeFileSync(join(root, file), text);
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
