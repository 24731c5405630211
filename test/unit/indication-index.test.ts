import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { firstSentence, samplesText } from '../../src/domain/indication-index.ts';
import { toCsv, type CsvColumn } from '../../src/lib/export/csv.ts';

const kilde = { dokument: 'fixture', sted: 'Afsnit 1' };

describe('index rows', () => {
  it('the one-line description is the first sentence, also when a sentence holds "ca." or a number', () => {
    expect(firstSentence('Børn under 18 år med kræft. Også CNS-tumorer.')).toBe(
      'Børn under 18 år med kræft.',
    );
    expect(firstSentence('Voksne med ca. 3 behandlinger bag sig, fx 2.\n Desuden andre.')).toBe(
      'Voksne med ca. 3 behandlinger bag sig, fx 2.',
    );
    expect(firstSentence('Én sætning uden punktum')).toBe('Én sætning uden punktum');
  });

  it('names each tumour material once and the germline sample', () => {
    expect(
      samplesText({
        tumor: [
          { sygdom: 'Aaa', materialer: ['knoglemarv', 'blod'] },
          { sygdom: 'Bbb', materialer: ['blod', 'lymfeknude'] },
        ],
        germline: { tekst: 'Hudbiopsi.', kilde },
        kilde,
      }),
    ).toBe('tumor: knoglemarv, blod, lymfeknude; normalt væv: Hudbiopsi.');
    expect(samplesText(undefined)).toBe('ikke angivet');
  });
});

describe('CSV for Excel with Danish settings', () => {
  const columns: CsvColumn<{ navn: string; andel: number; ja: boolean }>[] = [
    { key: 'navn', beskrivelse: 'navnet', value: (r) => r.navn },
    { key: 'andel', beskrivelse: 'andelen', value: (r) => r.andel },
    { key: 'ja', beskrivelse: 'sand eller falsk', value: (r) => r.ja },
  ];
  const rows = [{ navn: 'Æble; pære', andel: 12.5, ja: true }];

  it('separates with semicolons, writes decimal commas and starts with a BOM', () => {
    const text = toCsv(rows, columns, { danishExcel: true });
    expect(text.startsWith('\uFEFFnavn;andel;ja\n')).toBe(true);
    expect(text).toContain('"Æble; pære";12,5;true');
  });

  it('holds the same values as the comma-separated file', () => {
    const comma = parse(toCsv(rows, columns), { bom: true, columns: true });
    const semi = parse(toCsv(rows, columns, { danishExcel: true }), {
      bom: true,
      columns: true,
      delimiter: ';',
    }) as Record<string, string>[];
    expect(semi.map((r) => ({ ...r, andel: r.andel!.replace(',', '.') }))).toEqual(comma);
  });
});
