import { buildContentModel, type ContentModel, type EntryRef, type Item } from '../../src/domain/model.ts';
import type { RawEntry } from './content.ts';
import { parseEntry } from './parse-entry.ts';

export interface Model extends ContentModel {
  /** The raw entry behind a model item, to point at its file and lines. */
  raw: (ref: EntryRef) => RawEntry | undefined;
}

const cache = new WeakMap<readonly RawEntry[], Model>();

/**
 * The content model from the files on disk, built once per check run by the domain's one builder.
 * Entries that do not match their schema are left out: the schema check reports them, and the
 * consistency checks only run when it passed.
 */
export function contentModel(raw: readonly RawEntry[]): Model {
  const cached = cache.get(raw);
  if (cached) return cached;
  const parsed = <C extends 'grupper' | 'indikationer' | 'status'>(c: C) =>
    raw.flatMap((e) => {
      if (e.collection !== c) return [];
      const r = parseEntry(e);
      return r.success ? [{ id: e.id, data: r.data } as Item<never>] : [];
    });
  // Looked up for every problem and acknowledgement: a map, not a search through thousands of entries.
  const byRef = new Map<string, RawEntry>();
  for (const e of raw) if (!byRef.has(`${e.collection}/${e.id}`)) byRef.set(`${e.collection}/${e.id}`, e);
  const model: Model = {
    ...buildContentModel({
      groups: parsed('grupper'),
      indications: parsed('indikationer'),
      status: parsed('status'),
      programme: raw.filter((e) => e.collection === 'programmet').map((e) => ({ id: e.id, data: e.data })),
    }),
    raw: (ref) => byRef.get(`${ref.collection}/${ref.id}`),
  };
  cache.set(raw, model);
  return model;
}
