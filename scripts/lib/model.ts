import { figureSchema } from '../../schemas/figure.ts';
import type { ContentModel, EntryRef, Item, ProgrammeFunding } from '../../src/lib/derived.ts';
import type { RawEntry } from './content.ts';
import { parseEntry } from './parse-entry.ts';

export interface Model extends ContentModel {
  /** The raw entry behind a model item, to point at its file and lines. */
  raw: (ref: EntryRef) => RawEntry | undefined;
}

const cache = new WeakMap<readonly RawEntry[], Model>();

/** Where the programme states the WGS it funds (content/programmet/programmet.yaml, omfang.helgenomsekventeringer). */
export const FUNDED_WGS = { collection: 'programmet', path: ['omfang', 'helgenomsekventeringer'] } as const;

/**
 * The validated content as the derivations need it, built once per check run. Entries that do not
 * match their schema are left out: the schema check reports them, and the consistency checks only
 * run when it passed.
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
  // The programme's content belongs to another part of the site; only its funded figure is read here.
  const programme = raw.flatMap((e): Item<ProgrammeFunding>[] => {
    if ((e.collection as string) !== FUNDED_WGS.collection) return [];
    const value = FUNDED_WGS.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), e.data);
    const f = figureSchema.safeParse(value);
    return f.success ? [{ id: e.id, data: { funded: f.data, path: [...FUNDED_WGS.path] } }] : [];
  });
  const model: Model = {
    groups: parsed('grupper'),
    indications: parsed('indikationer'),
    status: parsed('status'),
    programme,
    raw: (ref) => raw.find((e) => e.collection === ref.collection && e.id === ref.id),
  };
  cache.set(raw, model);
  return model;
}
