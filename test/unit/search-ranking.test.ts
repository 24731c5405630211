import { describe, expect, it } from 'vitest';
import {
  heldWords,
  inStableOrder,
  isEverydayQuery,
  isRealMatch,
  preferredFirst,
  subjectWords,
} from '../../src/lib/search-ranking.ts';

describe('whether a page really holds a search word', () => {
  it('accepts the word itself, a longer word it starts, and an inflected form', () => {
    expect(isRealMatch('leukæmi', 'leukæmien')).toBe(true);
    expect(isRealMatch('transplant', 'knoglemarvstransplantation')).toBe(false);
    expect(isRealMatch('transplant', 'transplantation')).toBe(true);
    expect(isRealMatch('leukæmierne', 'leukæmi')).toBe(true);
    expect(isRealMatch('leukæmien', 'leukæmier')).toBe(true);
    expect(isRealMatch('Relaps', 'relaps.')).toBe(true);
    expect(isRealMatch('SCID', 'SCID')).toBe(true);
  });

  it('rejects the start of a word that Pagefind falls back to when no page holds the word', () => {
    expect(isRealMatch('SCID', '(s.')).toBe(false);
    expect(isRealMatch('hundegalskab', 'hun')).toBe(false);
    expect(isRealMatch('diabetes', 'd)')).toBe(false);
    expect(isRealMatch('sarkomatose', 'sarkom')).toBe(false);
  });
});

describe('the words of a search that a result holds', () => {
  const result = (matchedWords: string[], meta: Record<string, string> = {}) => ({ matchedWords, meta });

  it('leaves out filler words', () => {
    expect(subjectWords('mit barn har kræft')).toEqual(['barn', 'kræft']);
  });

  it('finds words in the matched text and in the metadata', () => {
    expect(
      heldWords('SCID børn', [result(['børn', 's.'], { emneord: 'SCID, svær kombineret immundefekt' })]),
    ).toEqual({ held: ['SCID', 'børn'], missing: [] });
  });

  it('names the words no result holds', () => {
    expect(heldWords('diabetes børn', [result(['d)', 'børnene'])])).toEqual({
      held: ['børn'],
      missing: ['diabetes'],
    });
    expect(heldWords('hundegalskab', [result(['hun']), result(['hun,'])])).toEqual({
      held: [],
      missing: ['hundegalskab'],
    });
  });
});

describe('one audience first', () => {
  it('puts the preferred results first, each part in the original order', () => {
    const all = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(preferredFirst(all, [{ id: 'd' }, { id: 'b' }]).map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(preferredFirst(all, []).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('a search made of everyday words', () => {
  const everyday = 'børnekræft, kræft hos børn, mit barn har kræft, barn med kræft, forældre';

  it("is one of the page's everyday words, in any order, inflection and with filler words", () => {
    expect(isEverydayQuery('barn med kræft', everyday)).toBe(true);
    expect(isEverydayQuery('Kræft hos børn', everyday)).toBe(true);
    expect(isEverydayQuery('børn kræft', everyday)).toBe(true);
    expect(isEverydayQuery('barnet med kræften', everyday)).toBe(true);
    expect(isEverydayQuery('børnekræft', everyday)).toBe(true);
  });

  it('is not a part of an everyday word, more than one, or a word the page lacks', () => {
    expect(isEverydayQuery('kræft', everyday)).toBe(false);
    expect(isEverydayQuery('barn med kræft og forældre', everyday)).toBe(false);
    expect(isEverydayQuery('hæmatologisk cancer', everyday)).toBe(false);
    expect(isEverydayQuery('med', everyday)).toBe(false);
    expect(isEverydayQuery('barn med kræft', undefined)).toBe(false);
  });
});

describe('results scored the same', () => {
  const hits = [
    { id: 'da_c', score: 2 },
    { id: 'da_b', score: 5 },
    { id: 'da_e', score: 2 },
    { id: 'da_a', score: 2 },
  ];

  it("keep the order of relevance, and come in the order of their pages' files", () => {
    // The build lists the ids by file: da_e's page, then da_c's, then da_a's.
    const order = new Map(['da_e', 'da_c', 'da_a'].map((id, i) => [id, i]));
    expect(inStableOrder(hits, order).map((h) => h.id)).toEqual(['da_b', 'da_e', 'da_c', 'da_a']);
    // The same results met in another order give the same list.
    expect(inStableOrder([...hits].reverse(), order)).toEqual(inStableOrder(hits, order));
  });

  it('come in the order of their ids when the order of the pages is not known', () => {
    expect(inStableOrder(hits).map((h) => h.id)).toEqual(['da_b', 'da_a', 'da_c', 'da_e']);
  });
});
