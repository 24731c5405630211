// The content changes of every indication and patient group, read from git once per build:
// the one `git log` of git-history.ts names each version's blob, one `git cat-file --batch` reads
// them all, and content-diff.ts says what changed between consecutive versions, in Danish.
import { load } from 'js-yaml';
import { collections } from '../../schemas/collections.ts';
import { gitHistory, readBlobs, type GitHistory } from './git-history.ts';
import { describeChanges, type PageKind } from '../domain/content-diff.ts';
import type { ContentChange } from '../domain/change-log.ts';

export type { ContentChange };

export type ContentHistory =
  { available: true; changes: ContentChange[] } | { available: false; reason: 'shallow' | 'no-git' };

const folders: Record<string, { kind: PageKind; collection: 'indikationer' | 'grupper' }> = {
  'content/indikationer/': { kind: 'indikation', collection: 'indikationer' },
  'content/grupper/': { kind: 'gruppe', collection: 'grupper' },
};

/** Which page a content file is, if it is an indication or a group (files starting with "_" are not content). */
function pageOf(
  file: string,
): { kind: PageKind; collection: 'indikationer' | 'grupper'; id: string } | undefined {
  for (const [folder, spec] of Object.entries(folders)) {
    if (!file.startsWith(folder)) continue;
    const name = file.slice(folder.length);
    const extension = collections[spec.collection].extension;
    if (name.includes('/') || name.startsWith('_') || !name.endsWith(extension)) return undefined;
    return { ...spec, id: name.slice(0, -extension.length) };
  }
  return undefined;
}

/**
 * One version of a content file as data: the YAML, or the MDX file's frontmatter with its body under
 * `introduktion`. Undefined: the text is not readable data.
 *
 * Read with js-yaml, the reader of Astro's content loader, so a version reads as the build reads it, and
 * about ten times faster than `yaml` here, which counts at hundreds of files times their versions. The
 * versions are compared as written, not through today's schema: an old version may not pass it, and the
 * comparison in content-diff.ts already ignores what the schema would add (defaults, dates as text).
 */
export function parseVersion(
  collection: 'indikationer' | 'grupper',
  text: string,
): Record<string, unknown> | undefined {
  try {
    let data: unknown;
    let body: string | undefined;
    if (collections[collection].extension === '.mdx') {
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!match) return undefined;
      data = load(match[1]!);
      // MDX comments are notes to editors, not text on the page.
      body = match[2]!.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
    } else {
      data = load(text);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    const result = data as Record<string, unknown>;
    return body === undefined ? result : { ...result, introduktion: body };
  } catch {
    return undefined;
  }
}

/** Every content change of the indications and groups, newest first, from the history of the project at `root`. */
export function readContentChanges(root: string, history: GitHistory = gitHistory(root)): ContentHistory {
  if (!history.available) return { available: false, reason: history.reason };
  const files = [...history.byFile].flatMap(([file, changes]) => {
    const page = pageOf(file);
    return page ? [{ file, page, changes }] : [];
  });
  const blobs = readBlobs(root, [
    ...new Set(
      files.flatMap((f) => f.changes.flatMap((c) => [c.before, c.after].filter((b): b is string => !!b))),
    ),
  ]);
  const parsed = new Map<string, Record<string, unknown> | undefined>();
  const version = (collection: 'indikationer' | 'grupper', blob: string | undefined) => {
    if (blob === undefined) return { ok: true, data: undefined };
    const text = blobs.get(blob);
    if (text === undefined) return { ok: false, data: undefined };
    if (!parsed.has(blob)) parsed.set(blob, parseVersion(collection, text));
    const data = parsed.get(blob);
    return { ok: data !== undefined, data };
  };
  const changes: ContentChange[] = [];
  for (const { file, page, changes: commits } of files) {
    // The newest readable version names the page, also after it was removed.
    let name: string | undefined;
    let group: string | undefined;
    for (const c of commits) {
      const before = version(page.collection, c.before);
      const after = version(page.collection, c.after);
      // A version that is not readable data (a YAML error that was fixed later) cannot be compared.
      if (!before.ok || !after.ok) continue;
      const newest = after.data ?? before.data;
      name ??= typeof newest?.navn === 'string' ? newest.navn : undefined;
      group ??=
        page.kind === 'gruppe' ? page.id : typeof newest?.gruppe === 'string' ? newest.gruppe : undefined;
      const lines = describeChanges(page.kind, before.data, after.data);
      if (lines.length > 0)
        changes.push({ hash: c.hash, date: c.date, file, kind: page.kind, id: page.id, name, group, lines });
    }
  }
  return { available: true, changes: changes.sort((a, b) => Date.parse(b.date) - Date.parse(a.date)) };
}
