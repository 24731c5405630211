import { describe, expect, it } from 'vitest';
import { noteNumberMismatches } from '../../src/domain/rules/note-numbers.ts';

// What the rule `tal-i-noter` counts as a note naming its figure; the wording is in content-errors.test.ts.
const kilde = { dokument: 'x', sted: 'Afsnit' };
const phrases = (data: unknown) => noteNumberMismatches(data).map((m) => m.phrase);

describe('tal-i-noter: which numbers in a note name its figure', () => {
  it('compares a range with both ends of the figure', () => {
    const andel = (note: string) => ({ andel: { vaerdi: 15, til: 20, kilde, note } });
    expect(phrases(andel('Kilden giver de 15-20 % uden forklaring.'))).toEqual([]);
    expect(phrases(andel('Kilden giver de 15-25 % uden forklaring.'))).toEqual(['de 15-25 %']);
  });

  it('reads Danish thousands and a qualifier, and takes the unit from the field', () => {
    const wgs = (note: string) => ({ wgsPrAar: { iAlt: { vaerdi: 2200, kilde, note } } });
    expect(phrases(wgs('Resuméet skriver de ca. 2.200 helgenomsekventeringer.'))).toEqual([]);
    expect(phrases(wgs('Resuméet skriver disse ca. 2.300 WGS.'))).toEqual(['disse ca. 2.300 WGS']);
  });

  it("takes a labelled figure's unit from enhed and leaves numbers in other units alone", () => {
    const labelled = (note: string) => ({
      tal: [{ betegnelse: 'Patienter', enhed: 'patienter', tal: { vaerdi: 10, kilde, note } }],
    });
    expect(phrases(labelled('Skemaet regner med de 40 WGS til de 10 patienter.'))).toEqual([]);
    expect(phrases(labelled('Hvilke 12 patienter det er, står ikke i kilden.'))).toEqual([
      'Hvilke 12 patienter',
    ]);
  });

  it('leaves a number without a back-reference alone, and a figure whose field has no known unit', () => {
    expect(
      phrases({ patienter: { vaerdi: 500, kilde, note: 'I alt op til 1.000 patienter de første år.' } }),
    ).toEqual([]);
    expect(phrases({ ukendt: { vaerdi: 5, kilde, note: 'Kilden nævner de 6 ting.' } })).toEqual([]);
  });
});
