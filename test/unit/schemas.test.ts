import { describe, expect, it } from 'vitest';
import { figureSchema } from '../../schemas/figure.ts';
import { indicationSchema } from '../../schemas/indication.ts';
import { partialDateSchema } from '../../schemas/approval.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { readContent } from '../../scripts/lib/content.ts';
import { collections } from '../../schemas/collections.ts';
import { fixtureRoot } from '../helpers/temp-project.ts';

const kilde = { dokument: '003_08ae25ce05e9eb9b', sted: 'Resumé' };

describe('figure', () => {
  it('accepts a figure with qualifier, tolerance and source', () => {
    expect(figureSchema.safeParse({ vaerdi: 2200, kvalifikator: 'ca.', tolerance: 10, kilde }).success).toBe(
      true,
    );
  });
  it('rejects a figure without a source', () => {
    expect(figureSchema.safeParse({ vaerdi: 440 }).success).toBe(false);
  });
  it('rejects a figure written as text', () => {
    expect(figureSchema.safeParse({ vaerdi: 'ca. 440', kilde }).success).toBe(false);
  });
  it('rejects a range that runs backwards', () => {
    const r = figureSchema.safeParse({ vaerdi: 20, til: 15, kilde });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['til']);
  });
  it('rejects an unknown qualifier', () => {
    expect(figureSchema.safeParse({ vaerdi: 1, kvalifikator: 'cirka', kilde }).success).toBe(false);
  });
});

describe('partial dates', () => {
  it('keeps text dates and normalises the Date and number that YAML 1.1 readers produce', () => {
    expect(partialDateSchema.parse('2022-03')).toBe('2022-03');
    expect(partialDateSchema.parse(new Date(Date.UTC(2022, 5, 3)))).toBe('2022-06-03');
    expect(partialDateSchema.parse(2021)).toBe('2021');
  });
  it('rejects an impossible month', () => {
    expect(partialDateSchema.safeParse('2022-13').success).toBe(false);
  });
});

describe('source document', () => {
  it('requires the seed file name form', () => {
    const base = {
      titel: 'Et dokument',
      art: 'rapport',
      udgiver: 'NGC',
      dato: '2024',
      beskrivelse: 'En beskrivelse på mindst tyve tegn.',
    };
    expect(sourceSchema.safeParse({ ...base, fil: '001_7389b4ecaf307271.txt' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...base, fil: 'rapport.pdf' }).success).toBe(false);
  });
});

describe('indication', () => {
  it('rejects a code that is not upper case with a dash', () => {
    const entry = readContent(fixtureRoot).find((e) => e.id === 'HAEM-RR')!;
    const data = { ...(entry.data as object), kode: 'haem rr' };
    expect(indicationSchema.safeParse(data).success).toBe(false);
  });
  it('rejects a minimum age above the maximum age', () => {
    const entry = readContent(fixtureRoot).find((e) => e.id === 'HAEM-RR')!;
    const data = structuredClone(entry.data) as {
      kriterier: { alder: { minAar: number; maksAar?: number } };
    };
    data.kriterier.alder.maksAar = 10;
    const r = indicationSchema.safeParse(data);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['kriterier', 'alder', 'minAar']);
  });
});

describe('the fixture content', () => {
  it('has at least one entry in every collection, and every entry matches its schema', () => {
    const entries = readContent(fixtureRoot);
    for (const name of Object.keys(collections))
      expect(entries.some((e) => e.collection === name)).toBe(true);
    for (const e of entries) {
      const r = collections[e.collection].schema.safeParse(e.data);
      expect(r.success, `${e.file}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
  });
});
