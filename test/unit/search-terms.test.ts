import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { searchTermsSchema } from '../../schemas/search-terms.ts';
import { runChecks } from '../../scripts/lib/check.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { createMatcher, toSearchTerms } from '../../src/lib/search-keywords.ts';
import { tempProject } from '../helpers/temp-project.ts';

const parse = (data: unknown) => searchTermsSchema.safeParse(data);
const terms = (data: unknown) =>
  toSearchTerms([{ file: 'content/soegeord/test.yaml', data: searchTermsSchema.parse(data) }]);
const page = (text: string, heading = '', path = '/side/') => ({ text, heading, path });

describe('search-term schema', () => {
  it('accepts a word with parts, abbreviations, synonyms and pages, and an abbreviation', () => {
    const r = parse({
      emne: 'Test',
      ord: [
        {
          ord: 'kræftdispositionssyndrom',
          dele: ['kræft', 'disposition', 'syndrom'],
          synonymer: ['arvelig kræft'],
          sider: ['/grupper/x/'],
        },
      ],
      forkortelser: [{ forkortelse: 'WGS', betydning: 'helgenomsekventering' }],
    });
    expect(r.success).toBe(true);
  });

  it('rejects a part that is not in the word, and says which', () => {
    const r = parse({
      emne: 'Test',
      ord: [{ ord: 'knoglemarvstransplantation', dele: ['knoglemarv', 'transplant', 'transplantering'] }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([['ord', 0, 'dele', 2]]);
    expect(r.error?.issues[0]?.message).toBe(
      'Delen "transplantering" står ikke i ordet "knoglemarvstransplantation".',
    );
  });

  it('rejects an abbreviation without a capital letter or with a space', () => {
    expect(
      parse({ emne: 'Test', forkortelser: [{ forkortelse: 'wgs', betydning: 'helgenomsekventering' }] })
        .success,
    ).toBe(false);
    expect(
      parse({ emne: 'Test', forkortelser: [{ forkortelse: 'W GS', betydning: 'helgenomsekventering' }] })
        .success,
    ).toBe(false);
    expect(
      parse({ emne: 'Test', forkortelser: [{ forkortelse: 'qPCR', betydning: 'kvantitativ PCR' }] }).success,
    ).toBe(true);
  });

  it('rejects a page path that is not a site path with slashes at both ends', () => {
    for (const side of ['grupper/x/', '/grupper/x', 'https://example.org/', '/grupper/x/?q=1']) {
      expect(parse({ emne: 'Test', ord: [{ ord: 'leukæmi', sider: [side] }] }).success, side).toBe(false);
    }
  });

  it('rejects an empty list', () => {
    expect(parse({ emne: 'Test' }).success).toBe(false);
  });
});

describe('matching terms to pages', () => {
  const list = {
    emne: 'Test',
    ord: [
      { ord: 'leukæmi', synonymer: ['blodkræft'] },
      { ord: 'knoglemarvstransplantation', dele: ['knoglemarv', 'transplantation'] },
      { ord: 'hæmatologisk cancer', synonymer: ['hæmatologisk kræft'], sider: ['/grupper/haem/'] },
    ],
    forkortelser: [{ forkortelse: 'AML', betydning: 'akut myeloid leukæmi' }],
  } satisfies z.input<typeof searchTermsSchema>;

  it('matches a word at the start of a word, with any ending, and ignores case', () => {
    const m = createMatcher(terms(list));
    expect(m.keywordsFor(page('Leukæmien vender tilbage')).mentions).toEqual(['leukæmi', 'blodkræft']);
    expect(m.keywordsFor(page('kronisk præleukæmi')).mentions).toEqual([]);
  });

  it('takes a word to start after any character that is not a letter or a digit', () => {
    const m = createMatcher(terms(list));
    expect(m.keywordsFor(page('anti-LEUKÆMI-behandling')).mentions).toContain('leukæmi');
    expect(m.keywordsFor(page('(blodkræft)')).mentions).toContain('leukæmi');
    expect(m.keywordsFor(page('2leukæmi og æleukæmi')).mentions).toEqual([]);
  });

  it('gives a page with a compound word the parts of that word', () => {
    const m = createMatcher(terms(list));
    expect(m.keywordsFor(page('før en knoglemarvstransplantation')).mentions).toEqual([
      'knoglemarvstransplantation',
      'knoglemarv',
      'transplantation',
    ]);
  });

  it('matches an abbreviation as a whole token and with its case only', () => {
    const m = createMatcher(terms(list));
    expect(m.keywordsFor(page('AML-patienter henvises')).mentions).toContain('akut myeloid leukæmi');
    expect(m.keywordsFor(page('Ved AML.')).mentions).toContain('AML');
    expect(m.keywordsFor(page('aml og KAML')).mentions).toEqual([]);
  });

  it('matches a form across a line break', () => {
    const m = createMatcher(terms(list));
    expect(m.keywordsFor(page('med akut myeloid\nleukæmi')).mentions).toContain('AML');
  });

  it('counts a term as the page’s topic when the heading names it or the term lists the page', () => {
    const m = createMatcher(terms(list));
    const byHeading = m.keywordsFor(page('Om leukæmi og hæmatologisk cancer', 'Leukæmi'));
    expect(byHeading.about).toEqual(['leukæmi', 'blodkræft']);
    expect(byHeading.mentions).toEqual(['hæmatologisk cancer', 'hæmatologisk kræft']);
    expect(m.keywordsFor(page('Intet om emnet her.', 'Forside', '/grupper/haem/')).about).toEqual([
      'hæmatologisk cancer',
      'hæmatologisk kræft',
    ]);
  });

  describe('registers', () => {
    const registers = {
      emne: 'Test',
      ord: [
        { ord: 'hæmatologisk cancer', synonymer: ['hæmatologi'], hverdagsord: ['blodkræft'] },
        { ord: 'recidiv', synonymer: ['relaps'], hverdagsord: ['tilbagefald'], sider: ['/indikationer/RR/'] },
      ],
    };
    const patients = (text: string, heading = '', path = '/patienter/x/') => ({
      text,
      heading,
      path,
      forPatients: true,
    });

    it('a page for clinicians about a term gets its clinical forms strongly and its everyday words weakly', () => {
      const k = createMatcher(terms(registers)).keywordsFor(page('Tekst', 'Hæmatologisk cancer'));
      expect(k).toEqual({
        about: ['hæmatologisk cancer', 'hæmatologi'],
        mentions: ['blodkræft'],
        everyday: [],
      });
    });

    it('a page for patients about a term gets its everyday words strongly and its clinical forms weakly', () => {
      const k = createMatcher(terms(registers)).keywordsFor(patients('Tekst', 'Om blodkræft'));
      expect(k).toEqual({
        about: [],
        mentions: ['hæmatologisk cancer', 'hæmatologi'],
        everyday: ['blodkræft'],
      });
    });

    it('a page that only mentions a term gets all its forms weakly, whoever reads it', () => {
      for (const k of [
        createMatcher(terms(registers)).keywordsFor(page('Om blodkræft')),
        createMatcher(terms(registers)).keywordsFor(patients('Om blodkræft')),
      ]) {
        expect(k.mentions).toEqual(['hæmatologisk cancer', 'hæmatologi', 'blodkræft']);
        expect([...k.about, ...k.everyday]).toEqual([]);
      }
    });

    it('a page a term lists under sider gets every form strongly, in both registers', () => {
      const k = createMatcher(terms(registers)).keywordsFor(page('Intet her', 'Side', '/indikationer/RR/'));
      expect(k.about).toEqual(['recidiv', 'relaps', 'tilbagefald']);
      expect(k.mentions).toEqual([]);
    });

    it('a page for patients a term lists under sider keeps the everyday words apart from the clinical ones', () => {
      // The search UI tells an everyday search by the everyday words alone.
      const k = createMatcher(terms(registers)).keywordsFor(
        patients('Intet her', 'Side', '/indikationer/RR/'),
      );
      expect(k).toEqual({ about: ['recidiv', 'relaps'], mentions: [], everyday: ['tilbagefald'] });
    });
  });

  it('reports the terms that no page used', () => {
    const m = createMatcher(terms(list));
    m.keywordsFor(page('leukæmi'));
    expect(m.unused().map((t) => t.label)).toEqual([
      'knoglemarvstransplantation',
      'hæmatologisk cancer',
      'AML',
    ]);
  });
});

describe('search-term check', () => {
  let project: ReturnType<typeof tempProject> | undefined;
  afterEach(() => project?.cleanup());

  function reportWith(file: string, text: string): string {
    project = tempProject({ nodeModules: false });
    project.write(file, text);
    return formatReport(runChecks(project.root).problems);
  }

  it('a word defined twice', () => {
    expect(
      reportWith(
        'content/soegeord/dublet.yaml',
        'emne: Dublet\nord:\n  - ord: Leukæmi\n    synonymer: [blodkræft]\n',
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/soegeord/haematologisk-cancer.yaml:7:5  felt: ord[1].ord
        Ordet "leukæmi" står også i content/soegeord/dublet.yaml (felt: ord[0].ord).
        Sådan retter du det: Saml oplysningerne i ét af stederne, og slet det andet.
        Fejltype: dobbelt-soegeord (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('an abbreviation defined twice', () => {
    expect(
      reportWith(
        'content/soegeord/dublet.yaml',
        'emne: Dublet\nforkortelser:\n  - forkortelse: WGS\n    betydning: whole genome sequencing\n',
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/soegeord/generelt.yaml:7:20  felt: ord[0].forkortelser[0]
        Forkortelsen "WGS" står også i content/soegeord/dublet.yaml (felt: forkortelser[0].forkortelse).
        Sådan retter du det: Saml oplysningerne i ét af stederne, og slet det andet.
        Fejltype: dobbelt-soegeord (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a page of a group that does not exist', () => {
    expect(
      reportWith(
        'content/soegeord/sider.yaml',
        'emne: Sider\nord:\n  - ord: blodsygdom\n    sider: [/grupper/haematologisk-kraeft/]\n',
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/soegeord/sider.yaml:4:13  felt: ord[0].sider[0]
        Siden "/grupper/haematologisk-kraeft/" findes ikke: patientgruppen "haematologisk-kraeft" er ikke i content/grupper/.
        Sådan retter du det: Mente du "/grupper/haematologisk-cancer/"?
        Fejltype: ukendt-side (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a part that is not in its word', () => {
    expect(
      reportWith(
        'content/soegeord/dele.yaml',
        'emne: Dele\nord:\n  - ord: stamcelletransplantation\n    dele: [stamcelle, transplant, donor]\n',
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/soegeord/dele.yaml:4:35  felt: ord[0].dele[2]
        Delen "donor" står ikke i ordet "stamcelletransplantation".
        Sådan retter du det: Skriv delen, som den står i ordet, eller flyt den til synonymer, hvis det er et andet ord.
        Fejltype: regel (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });
});
