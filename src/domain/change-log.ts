// The site's change log: the content changes computed from git (content-history.ts) and the editors'
// notes from the content, as entries for the pages, the changes page, the feed and the data export.
// Plain TypeScript: the Astro side (changes.ts) gathers the inputs.
import type { ChangeNote } from '../../schemas/change-note.ts';
import type { PageKind } from './content-diff.ts';
import { dayOf } from './format.ts';

/** One commit's change to one indication or group, described field by field (read by src/lib/content-history.ts). */
export interface ContentChange {
  hash: string;
  /** Commit date, ISO 8601 with offset. */
  date: string;
  /** The content file, relative to the project. */
  file: string;
  kind: PageKind;
  /** Indication code or group slug (the file name). */
  id: string;
  /** The page's name and (for an indication) its group, from the newest version that has them. */
  name?: string;
  group?: string;
  lines: string[];
}

/** An indication or a group page as it is now. */
export interface ChangePage {
  kind: PageKind;
  /** Indication code or group slug. */
  id: string;
  title: string;
  /** The group's slug (a group's own slug for a group). */
  group: string;
  notes: readonly ChangeNote[];
}

export interface ChangeEntry {
  /** Stable id: the commit and file, or the file and the note's date and position. */
  id: string;
  /** ISO 8601: a commit's moment, or an editor's note's day (YYYY-MM-DD). */
  date: string;
  kind: PageKind;
  page: string;
  group: string;
  title: string;
  /** Site path of the page (without base path); a removed page's entry points to its group or the group list. */
  path: string;
  /** What changed, one Danish sentence each; an editor's note is its text. */
  lines: string[];
  /** The commit that made the change; absent for an editor's note. */
  commit?: string;
  /** Present for an editor's note: its source, if it has one. */
  note?: { kilde?: ChangeNote['kilde'] };
}

export const pagePath = (kind: PageKind, id: string) =>
  kind === 'indikation' ? `/indikationer/${id}/` : `/grupper/${id}/`;

const newestFirst = (a: ChangeEntry, b: ChangeEntry) =>
  Date.parse(b.date) - Date.parse(a.date) || a.id.localeCompare(b.id);

/** Every entry, newest first: computed changes and editors' notes together. */
export function buildChangeLog(
  changes: readonly ContentChange[],
  pages: readonly ChangePage[],
): ChangeEntry[] {
  const byKey = new Map(pages.map((p) => [`${p.kind}:${p.id}`, p]));
  const groups = new Set(pages.filter((p) => p.kind === 'gruppe').map((p) => p.id));
  const computed = changes.map((c): ChangeEntry => {
    const page = byKey.get(`${c.kind}:${c.id}`);
    const group = page?.group ?? c.group ?? c.id;
    const path = page ? pagePath(c.kind, c.id) : groups.has(group) ? pagePath('gruppe', group) : '/grupper/';
    return {
      id: `${c.hash}:${c.file}`,
      date: c.date,
      kind: c.kind,
      page: c.id,
      group,
      title: page?.title ?? c.name ?? c.id,
      path,
      lines: c.lines,
      commit: c.hash,
    };
  });
  const notes = pages.flatMap((p) =>
    p.notes.map((n, i): ChangeEntry => ({
      id: `note:${p.kind}:${p.id}:${n.dato}:${i}`,
      date: n.dato,
      kind: p.kind,
      page: p.id,
      group: p.group,
      title: p.title,
      path: pagePath(p.kind, p.id),
      lines: [n.tekst],
      note: n.kilde ? { kilde: n.kilde } : {},
    })),
  );
  return [...computed, ...notes].sort(newestFirst);
}

/** The entries of one page, newest first. */
export function entriesOf(log: readonly ChangeEntry[], kind: PageKind, id: string): ChangeEntry[] {
  return indexOf(log).byPage.get(`${kind}/${id}`) ?? [];
}

/** The entries of a group's own page and of its indications. */
export function entriesOfGroup(log: readonly ChangeEntry[], group: string): ChangeEntry[] {
  return indexOf(log).byGroup.get(group) ?? [];
}

// Every page asks for its own entries: the log is grouped once, not searched once per page (which grew
// with pages times entries). The lists keep the log's order; callers must not change them.
const indexes = new WeakMap<
  readonly ChangeEntry[],
  { byPage: Map<string, ChangeEntry[]>; byGroup: Map<string, ChangeEntry[]> }
>();
function indexOf(log: readonly ChangeEntry[]) {
  let index = indexes.get(log);
  if (!index) {
    index = {
      byPage: Map.groupBy(log, (e) => `${e.kind}/${e.page}`),
      byGroup: Map.groupBy(log, (e) => e.group),
    };
    indexes.set(log, index);
  }
  return index;
}

/** Entries by month (YYYY-MM in Danish time), newest month first; the order within a month is kept. */
export function byMonth(entries: readonly ChangeEntry[]): { month: string; entries: ChangeEntry[] }[] {
  const months = Map.groupBy(entries, (e) => dayOf(e.date).slice(0, 7));
  return [...months]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, list]) => ({ month, entries: list }));
}
