import { buildContentModel, type ContentModel, type EntryRef, type Item } from '../../src/domain/model.ts';
import type { RawEntry } from './content.ts';
import { hashText, type Remember } from './entry-memo.ts';
import { parseEntry } from './parse-entry.ts';

export interface Model extends ContentModel {
  /** The raw entry behind a model item, to point at its file and lines. */
  raw: (ref: EntryRef) => RawEntry | undefined;
  /**
   * A name for the bytes a group's or indication's model fields were read from: the hash of its file as
   * read in this run, or as stored with the fields. What is worked out from the fields can be kept under it.
   */
  version: (ref: EntryRef) => string;
}

/**
 * The fields of a group and an indication that the consistency rules and the acknowledgements read
 * (src/domain/rules/, totals.ts, status.ts, acknowledgements.ts). With a store, `npm run check` keeps
 * only these per file, so after an edit the sums are worked out without reading the other 3,000 files;
 * a test compares every comparison from these fields with those from the whole entries.
 */
export const MODEL_FIELDS = {
  grupper: ['navn', 'patienterPrAar', 'tidligereHenviste', 'wgsPrAar', 'afvigelser'],
  indikationer: ['kode', 'gruppe', 'navn', 'nummer', 'kvote', 'afvigelser'],
} as const;

const cache = new WeakMap<readonly RawEntry[], Model>();

/**
 * What no sum reads, left out of the stored fields: a figure's source and note, most of an indication's
 * figures by size, and the text on repeated analyses in an indication's quota, most of the rest. The
 * acknowledgements (`afvigelser`) are kept whole.
 */
const NOT_SUMMED = new Set(['kilde', 'note', 'gentagneAnalyser']);

function withoutProvenance(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProvenance);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !NOT_SUMMED.has(k))
      .map(([k, v]) => [k, withoutProvenance(v)]),
  );
}

/**
 * The content model from the files on disk, built once per check run by the domain's one builder.
 * Entries that do not match their schema are left out: the schema check reports them, and the
 * consistency checks only run when it passed. With `remember` (npm run check's store), each group's
 * and indication's model fields are kept per file.
 */
export function contentModel(raw: readonly RawEntry[], remember?: Remember): Model {
  const cached = cache.get(raw);
  if (cached) return cached;
  const valid = (e: RawEntry) => {
    const r = parseEntry(e);
    return r.success ? (r.data as Record<string, unknown>) : null;
  };
  const extract = (e: RawEntry, fields: readonly string[]) => {
    const data = valid(e);
    return (
      data &&
      Object.fromEntries(
        fields
          .filter((f) => f in data)
          .map((f) => [f, f === 'afvigelser' ? data[f] : withoutProvenance(data[f])]),
      )
    );
  };
  // The files whose fields were read in this run: their text may be newer than the fingerprint's hash.
  const read = new Set<RawEntry>();
  const parsed = <C extends 'grupper' | 'indikationer' | 'status'>(c: C) =>
    raw.flatMap((e) => {
      if (e.collection !== c) return [];
      const data =
        remember && c !== 'status'
          ? remember('modell', e, () => {
              read.add(e);
              return extract(e, MODEL_FIELDS[c as keyof typeof MODEL_FIELDS]);
            })
          : valid(e);
      return data ? [{ id: e.id, data } as Item<never>] : [];
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
    version: (ref) => {
      const e = byRef.get(`${ref.collection}/${ref.id}`);
      if (!e) return '-';
      return (remember && !read.has(e) && e.hash) || hashText(e.text);
    },
  };
  cache.set(raw, model);
  return model;
}
