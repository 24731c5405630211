// Finds the source file and line where something on a built page was written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, type BuiltPage, type BuiltSite } from './built-site.ts';

/**
 * Finds the file and line where something on a built page was written: the page's content file,
 * then its src/pages template, then the components and layouts. `needles` are tried in order in each
 * file; the first file containing one wins. Without a match it falls back to the content file, since
 * the page is made from it, or else to the template.
 */
export function locateInSource(
  site: BuiltSite,
  page: BuiltPage,
  needles: readonly string[],
): { file: string; line?: number } {
  const usable = needles.filter((n) => n.length >= 3);
  const candidates = [page.source.content, page.source.template, ...sharedSources(site.root)].filter(
    (f): f is string => !!f,
  );
  for (const file of candidates) {
    const text = readSource(site.root, file);
    if (text === undefined) continue;
    for (const needle of usable) {
      const at = text.indexOf(needle);
      if (at >= 0) return { file, line: text.slice(0, at).split('\n').length };
    }
  }
  return { file: page.source.content ?? page.source.template ?? page.file };
}

const sourceCache = new Map<string, string | undefined>();
function readSource(root: string, file: string): string | undefined {
  const key = join(root, file);
  if (!sourceCache.has(key)) sourceCache.set(key, existsSync(key) ? readFileSync(key, 'utf8') : undefined);
  return sourceCache.get(key);
}

const sharedCache = new Map<string, string[]>();
function sharedSources(root: string): string[] {
  let list = sharedCache.get(root);
  if (!list) {
    list = ['src/layouts', 'src/components']
      .flatMap((dir) => listFiles(join(root, dir)).map((f) => `${dir}/${f}`))
      .filter((f) => f.endsWith('.astro'))
      .sort();
    sharedCache.set(root, list);
  }
  return list;
}
