import { describe, expect, it } from 'vitest';
import { lix, lixBand, lixOfBlocks, splitSentences, words } from '../../src/domain/lix.ts';

// Every expected value below was counted by hand; the comments show the count.
// LIX = words / sentences + 100 × long words / words, where a long word has more than six letters.

describe('LIX on hand-counted Danish examples', () => {
  it('two plain sentences', () => {
    // "Lægen tager en blodprøve." = Lægen(5) tager(5) en(2) blodprøve(9): 4 words
    // "Svaret kommer om tre uger." = Svaret(6) kommer(6) om(2) tre(3) uger(4): 5 words
    // 9 words, 2 sentences, 1 long word (blodprøve). 9/2 + 100·1/9 = 4.5 + 11.1 = 15.6 → 16
    const r = lix('Lægen tager en blodprøve. Svaret kommer om tre uger.');
    expect([r.words, r.sentences, r.longWords, r.lix]).toEqual([9, 2, 1, 16]);
    expect(r.exact).toBeCloseTo(4.5 + 100 / 9, 10);
  });

  it('abbreviations and numbers with a full stop do not end a sentence', () => {
    // "Der er ca. 500 patienter om året, bl.a. børn." is one sentence: "ca. 500" is followed by a
    // digit and "bl.a. børn" by a small letter. Der(3) er(2) ca(2) 500(3) patienter(9) om(2) året(4)
    // bla(3) børn(4) = 9 words. "Undersøgelsen er gratis." = Undersøgelsen(13) er(2) gratis(6) = 3 words.
    // 12 words, 2 sentences, 2 long (patienter, Undersøgelsen; gratis has only six letters).
    // 12/2 + 100·2/12 = 6 + 16.7 = 22.7 → 23
    const r = lix('Der er ca. 500 patienter om året, bl.a. børn. Undersøgelsen er gratis.');
    expect([r.words, r.sentences, r.longWords, r.lix]).toEqual([12, 2, 2, 23]);
  });

  it('question and exclamation marks end sentences', () => {
    // "Hvad er WGS?" 3 words; "Det er en gentest!" 4 words, gentest(7) is long; "Spørg lægen." 2 words.
    // 9 words, 3 sentences, 1 long. 9/3 + 100·1/9 = 3 + 11.1 = 14.1 → 14
    const r = lix('Hvad er WGS? Det er en gentest! Spørg lægen.');
    expect([r.words, r.sentences, r.longWords, r.lix]).toEqual([9, 3, 1, 14]);
  });

  it('a sentence in the style of the sources is very hard', () => {
    // Helgenomsekventering(20) forventes(9) at(2) bidrage(7) til(3) forbedret(9) diagnostik(10) og(2)
    // prognostisk(11) vurdering(9): 10 words in 1 sentence, 7 long. 10/1 + 100·7/10 = 10 + 70 = 80
    const r = lix(
      'Helgenomsekventering forventes at bidrage til forbedret diagnostik og prognostisk vurdering.',
    );
    expect([r.words, r.sentences, r.longWords, r.lix]).toEqual([10, 1, 7, 80]);
    expect(lixBand(r.lix)).toBe('meget svær');
  });

  it('each block ends a sentence, so list items without a full stop are sentences of their own', () => {
    // "Du taler med lægen" 4 words; "Du giver samtykke" 3 words, samtykke(8) is long.
    // 7 words, 2 sentences, 1 long. 7/2 + 100·1/7 = 3.5 + 14.3 = 17.8 → 18
    const r = lixOfBlocks([{ text: 'Du taler med lægen' }, { text: 'Du giver samtykke' }]);
    expect([r.words, r.sentences, r.longWords, r.lix]).toEqual([7, 2, 1, 18]);
  });

  it('a quoted sentence ends after its closing quote', () => {
    // 'Hun sagde "Nej."' 3 words; 'Så gik hun.' 3 words; none long. 6/2 + 0 = 3
    const r = lix('Hun sagde "Nej." Så gik hun.');
    expect(r.sentences).toBe(2);
    expect(r.lix).toBe(3);
    expect(r.longest.map((s) => s.text)).toContain('Hun sagde "Nej."');
  });

  it('an empty text has LIX 0 instead of dividing by zero', () => {
    expect(lix('').lix).toBe(0);
    expect(lix('  \n\n ').sentences).toBe(0);
  });
});

describe('counting words', () => {
  it('counts letters and digits, not hyphens or punctuation', () => {
    // MDS-MPN: M,D,S,M,P,N = 6 (not long); 1-forsøg: 1,f,o,r,s,ø,g = 7 (long); "–" is no word.
    expect(words('MDS-MPN er et fase 1-forsøg – ikke?').map((w) => w.letters)).toEqual([6, 2, 2, 4, 7, 4]);
  });

  it('counts Danish letters as letters', () => {
    // Lægerne: L,æ,g,e,r,n,e = 7; søskende: 8; år: 2
    expect(words('Lægerne, søskende, år.').map((w) => w.letters)).toEqual([7, 8, 2]);
  });

  it('lists the longest sentences first', () => {
    const r = lix('Kort. Denne sætning er klart den længste her. Mellem lang sætning.');
    expect(r.longest[0]?.text).toBe('Denne sætning er klart den længste her.');
    expect(r.longest[0]?.words).toBe(7);
  });

  it('splits on a full stop before a capital letter only', () => {
    expect(splitSentences('Se fx s. 5 i bilaget. Spørg lægen.')).toEqual([
      'Se fx s. 5 i bilaget.',
      'Spørg lægen.',
    ]);
  });
});

describe('bands', () => {
  it('follows the usual Danish scale', () => {
    expect([20, 30, 40, 50, 60].map(lixBand)).toEqual(['meget let', 'let', 'middel', 'svær', 'meget svær']);
  });
});
