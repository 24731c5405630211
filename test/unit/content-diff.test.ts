import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../src/domain/content-diff.ts';

// Small made-up versions of an indication and a group: the rules, not the site's content, are under test.
const kilde = { dokument: 'doc', sted: 'Afsnit 1' };
const indication = () => ({
  kode: 'TEST-A',
  gruppe: 'test',
  nummer: 1,
  navn: 'Testindikation',
  beskrivelse: 'Patienter med en sjælden sygdom, forklaret kort.',
  sygdomme: [{ navn: 'Sygdom A' }],
  kriterier: {
    alder: { tekst: 'Patienten er 18 år eller ældre.', minAar: 18, kraeves: true, kilde },
    mdt: { tekst: 'En MDT-konference har vurderet patienten.', kraeves: true, kilde },
    andet: [{ tekst: 'Afdelingen samarbejder med klinisk genetik.', kraeves: true, kilde }],
    forudgaaendeDiagnostik: [] as unknown[],
  },
  kvote: { nyhenviste: { patienter: { vaerdi: 400, kilde } } },
  proevemateriale: { tumor: [{ sygdom: 'Sygdom A', materialer: ['blod', 'knoglemarv'] }], kilde },
  sekventeringsdybde: { tumor: { vaerdi: 90, kilde } },
  udbytte: [
    {
      tekst: 'Omkring hver tiende får en diagnose.',
      kilde,
      tal: [{ betegnelse: 'Diagnostisk udbytte', enhed: '%', tal: { vaerdi: 10, kilde } }],
    },
  ],
});

describe('describeChanges', () => {
  it('names a changed figure by its Danish label, before and after', () => {
    const b = indication();
    b.kvote.nyhenviste.patienter.vaerdi = 410;
    expect(describeChanges('indikation', indication(), b)).toEqual([
      'Forventet antal nyhenviste patienter: 400 → 410.',
    ]);
  });

  it('reports a criterion added, removed, reworded and made a requirement', () => {
    const b = indication() as ReturnType<typeof indication> & { kriterier: Record<string, unknown> };
    b.kriterier.andet.push({ tekst: 'Patienten bor i Danmark.', kraeves: true, kilde });
    delete (b.kriterier as { mdt?: unknown }).mdt;
    b.kriterier.alder.tekst = 'Patienten er 16 år eller ældre.';
    b.kriterier.alder.minAar = 16;
    b.kriterier.andet[0]!.kraeves = false;
    expect(describeChanges('indikation', indication(), b)).toMatchInlineSnapshot(`
      [
        "Alder: kriteriet er omformuleret. Før: »Patienten er 18 år eller ældre.« Nu: »Patienten er 16 år eller ældre.«",
        "Laveste alder: 18 år → 16 år.",
        "Krav til MDT-konference: kriteriet er fjernet (var »En MDT-konference har vurderet patienten.«).",
        "Andre kriterier: nyt kriterium »Patienten bor i Danmark.«",
        "Andre kriterier: ikke længere et krav.",
      ]
    `);
  });

  it('reports sample material and sequencing depth', () => {
    const b = indication();
    b.proevemateriale.tumor[0]!.materialer.push('lymfeknude');
    b.sekventeringsdybde.tumor.vaerdi = 100;
    expect(describeChanges('indikation', indication(), b)).toEqual([
      'Prøvemateriale til tumoranalyse (Sygdom A): blod, knoglemarv → blod, knoglemarv, lymfeknude.',
      'Sekventeringsdybde på tumorvæv: 90x → 100x.',
    ]);
  });

  it('reports a key figure of a statement by what it measures', () => {
    const b = indication();
    b.udbytte[0]!.tal[0]!.tal.vaerdi = 12;
    expect(describeChanges('indikation', indication(), b)).toEqual([
      'Diagnostisk udbytte, Diagnostisk udbytte: 10\u00a0% → 12\u00a0%.',
    ]);
  });

  it('reports an approval date added to a group', () => {
    const group = {
      navn: 'Testgruppe',
      godkendelse: [{ trin: 'udarbejdet', af: 'Netværket', dato: '2022-03', kilde }],
    };
    const later = structuredClone(group);
    later.godkendelse.push({ trin: 'godkendt', af: 'Styregruppen', dato: '2022-06-03', kilde });
    expect(describeChanges('gruppe', group, later)).toEqual([
      'Godkendelse: godkendt af Styregruppen, 3. juni 2022.',
    ]);
  });

  it('finds nothing in key order, reflowed text, empty lists or editor’s notes', () => {
    const a = indication();
    const { kode, ...rest } = a;
    const reordered = {
      ...rest,
      beskrivelse: 'Patienter med en sjælden\n sygdom,  forklaret kort.',
      afgraensning: [],
      aendringsnoter: [{ dato: '2026-01-01', tekst: 'En note.' }],
      kode,
    };
    expect(describeChanges('indikation', a, reordered)).toEqual([]);
  });

  it('names a changed, added or removed source reference in words, never by its document id', () => {
    const moved = { dokument: 'doc_moved', sted: 'Afsnit 2' };
    const b = indication() as ReturnType<typeof indication> & { proevemateriale: { kilde?: unknown } };
    b.proevemateriale.kilde = moved;
    (b as { afgraensning?: unknown }).afgraensning = { tekst: 'Kun voksne.', kilde: moved };
    const lines = describeChanges('indikation', indication(), b);
    expect(lines).toEqual([
      'Prøvemateriale: kildehenvisningen er ændret.',
      'Afgrænsning: tilføjet »Kun voksne.«',
    ]);
    const group = { navn: 'Testgruppe', kilder: [kilde] };
    const later = { ...group, kilder: [kilde, moved], netvaerk: { navn: 'Testnetværket', kilde: moved } };
    const groupLines = describeChanges('gruppe', group, later);
    expect(groupLines).toEqual([
      'Kilder: en kildehenvisning er tilføjet.',
      'Specialistnetværkets sammensætning: tilføjet »Testnetværket«.',
    ]);
    expect([...lines, ...groupLines].join(' ')).not.toMatch(/doc_moved|Afsnit 2/);
  });

  it('names the indication finder’s fields in Danish', () => {
    const finder = (fra: number) => ({
      alder: { fra, til: 17, enhed: 'år', gaelder: 'ved henvisning', kilde },
      sygdomsomraader: { vaerdier: ['solid tumor'], kilde },
    });
    const a = { ...indication(), findIndikation: finder(0) };
    const b = { ...indication(), findIndikation: finder(1) };
    b.findIndikation.sygdomsomraader.kilde = { dokument: 'doc_moved', sted: 'Afsnit 2' };
    expect(describeChanges('indikation', a, b)).toEqual([
      'Laveste alder i indikationsfinderen: 0 → 1.',
      'Sygdomsområder i indikationsfinderen: kildehenvisningen er ændret.',
    ]);
  });

  it('says when a page is new or removed', () => {
    expect(describeChanges('indikation', undefined, indication())).toEqual([
      'Indikationen er lagt på sitet.',
    ]);
    expect(describeChanges('gruppe', { navn: 'x' }, undefined)).toEqual([
      'Patientgruppen er fjernet fra sitet.',
    ]);
  });
});
