import { describe, expect, it } from 'vitest';
import { indicationSchema } from '../../schemas/indication.ts';
import { issuesToProblems } from '../../scripts/lib/schema-issues.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import {
  ageBands,
  answersFromQuery,
  ageRangeText,
  filterTokens,
  findIndications,
  slug,
  unstatedCriteria,
} from '../../src/domain/finder.ts';
import { requiredCriteria } from '../../src/domain/criteria.ts';
import {
  adultMyeloid,
  adultRelapse,
  all,
  childhoodRelapse,
  childNew,
  immune,
  infants,
  validIndication,
} from '../fixtures/finder-indications.ts';

const codes = (list: { kode: string }[]) => list.map((i) => i.kode);
const FILE = 'content/indikationer/FIX-NY.yaml';

function report(input: unknown): string {
  const r = indicationSchema.safeParse(input);
  expect(r.success).toBe(false);
  return formatReport(
    issuesToProblems(r.error!.issues, input, indicationSchema, { file: FILE, locate: () => ({ line: 1 }) }),
  );
}

describe('finder fields in the indication schema', () => {
  it('accepts the fixture indication', () => {
    expect(indicationSchema.safeParse(validIndication()).success).toBe(true);
  });

  it('a missing finder block names the file and the field, in Danish', () => {
    const i = validIndication();
    delete (i as Partial<typeof i>).findIndikation;
    expect(report(i)).toMatchInlineSnapshot(`
      "✖ content/indikationer/FIX-NY.yaml:1  felt: findIndikation
        Feltet mangler, men det er påkrævet.
        Sådan retter du det: Tilføj feltet med en gruppe af felter. Feltet er felterne, som indikationsfinderen "Hvilken indikation passer?" bruger; skrives ud fra kilden med kildehenvisning.
        Fejltype: mangler (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a missing age bound says to write a number or "ikke angivet"', () => {
    const i = validIndication();
    delete (i.findIndikation.alder as Partial<typeof i.findIndikation.alder>).til;
    expect(report(i)).toMatchInlineSnapshot(`
      "✖ content/indikationer/FIX-NY.yaml:1  felt: findIndikation.alder.til
        Feltet mangler, men det er påkrævet.
        Sådan retter du det: Tilføj feltet. Feltet er højeste alder som tal i enheden, eller "ikke angivet", hvis kilden ikke angiver en øvre aldersgrænse.
        Fejltype: mangler (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('an unknown disease area lists the allowed values', () => {
    const i = validIndication();
    (i.findIndikation.sygdomsomraader.vaerdier as string[]) = ['blodkræft'];
    expect(report(i)).toMatchInlineSnapshot(`
      "✖ content/indikationer/FIX-NY.yaml:1  felt: findIndikation.sygdomsomraader.vaerdier[0]
        Værdien "blodkræft" er ikke tilladt her.
        Sådan retter du det: Brug en af: "hæmatologisk kræft", "solid tumor", "tumor i centralnervesystemet", "medfødt immundefekt", "ikke angivet".
        Fejltype: ugyldig-vaerdi (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('an unknown situation and a misspelt one get the nearest value', () => {
    const i = validIndication();
    (i.findIndikation.situationer.vaerdier as string[]) = ['nyopdaget sygdomm'];
    expect(report(i)).toMatchInlineSnapshot(`
      "✖ content/indikationer/FIX-NY.yaml:1  felt: findIndikation.situationer.vaerdier[0]
        Værdien "nyopdaget sygdomm" er ikke tilladt her.
        Sådan retter du det: Brug en af: "nyopdaget sygdom", "refraktær eller recidiverende sygdom", "ny kræftsygdom efter tidligere kræft", "mistanke om arvelig disposition", "udbredt og uhelbredelig sygdom", "ikke angivet". Mente du "nyopdaget sygdom"?
        Fejltype: ugyldig-vaerdi (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('"ikke angivet" cannot stand beside other values', () => {
    const i = validIndication();
    i.findIndikation.situationer.vaerdier = ['ikke angivet', 'nyopdaget sygdom'];
    expect(report(i)).toMatchInlineSnapshot(`
      "✖ content/indikationer/FIX-NY.yaml:1  felt: findIndikation.situationer.vaerdier
        "ikke angivet" kan ikke stå sammen med andre værdier: skriv enten de værdier, kilden angiver, eller kun "ikke angivet".
        Sådan retter du det: Ret værdien eller feltet, så kravet er opfyldt. Feltet er patientens situation, som indikationen dækker: en eller flere af "nyopdaget sygdom", "refraktær eller recidiverende sygdom", "ny kræftsygdom efter tidligere kræft", "mistanke om arvelig disposition", "udbredt og uhelbredelig sygdom"; eller kun "ikke angivet", hvis kilden ikke siger det.
        Fejltype: regel (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('an age range that runs backwards', () => {
    const i = validIndication();
    i.findIndikation.alder.fra = 20;
    i.findIndikation.alder.til = 18;
    expect(report(i)).toMatchInlineSnapshot(`
      "✖ content/indikationer/FIX-NY.yaml:1  felt: findIndikation.alder.fra
        Den laveste alder (fra) er højere end den højeste (til).
        Sådan retter du det: Ret værdien eller feltet, så kravet er opfyldt. Feltet er laveste alder som tal i enheden, eller "ikke angivet", hvis kilden ikke angiver en nedre aldersgrænse.
        Fejltype: regel (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('an age range that says something else than the age criterion', () => {
    const i = validIndication();
    i.findIndikation.alder.til = 'ikke angivet';
    expect(report(i)).toMatchInlineSnapshot(`
      "✖ content/indikationer/FIX-NY.yaml:1  felt: findIndikation.alder
        Aldersgrænserne i findIndikation.alder siger ikke det samme som minAar og maksAar i kriterier.alder.
        Sådan retter du det: Ret værdien eller feltet, så kravet er opfyldt. Feltet er aldersgrænserne, som indikationsfinderen sammenligner patientens alder med.
        Fejltype: regel (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a finder field without its source', () => {
    const i = validIndication();
    delete (i.findIndikation.situationer as Partial<typeof i.findIndikation.situationer>).kilde;
    expect(report(i)).toMatchInlineSnapshot(`
      "✖ content/indikationer/FIX-NY.yaml:1  felt: findIndikation.situationer.kilde
        Feltet mangler, men det er påkrævet.
        Sådan retter du det: Tilføj feltet med en gruppe af felter. Feltet er hvor oplysningen står: kildedokumentets id og stedet i dokumentet.
        Fejltype: mangler (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });
});

describe('age bands', () => {
  it('cut at every stated limit, so each band is wholly inside or outside each range', () => {
    expect(ageBands(all).map((b) => b.label)).toEqual(['0-17 år', '18 år eller ældre']);
    expect(ageBands([...all, infants]).map((b) => b.label)).toEqual([
      '0-5 måneder',
      '6-215 måneder',
      '18 år eller ældre',
    ]);
  });
});

describe('matching', () => {
  const bands = ageBands(all);
  const adult = bands.find((b) => b.fraMaaneder === 18 * 12)!.id;
  const child = bands.find((b) => b.fraMaaneder === 0)!.id;

  it('no answers: every indication', () => {
    expect(codes(findIndications(all, {}))).toEqual(codes(all));
  });

  it('adult with relapsed blood cancer: the relapse and the myeloid indication', () => {
    expect(
      codes(
        findIndications(all, {
          alder: adult,
          omraade: slug('hæmatologisk kræft'),
          situation: slug('refraktær eller recidiverende sygdom'),
        }),
      ),
    ).toEqual([adultRelapse.kode, adultMyeloid.kode]);
  });

  it('a child with a newly diagnosed solid tumour: the childhood indication only', () => {
    expect(
      codes(
        findIndications(all, {
          alder: child,
          omraade: slug('solid tumor'),
          situation: slug('nyopdaget sygdom'),
        }),
      ),
    ).toEqual([childNew.kode]);
  });

  it('a source that leaves the situation unstated does not rule the indication out', () => {
    expect(
      codes(
        findIndications(all, {
          alder: child,
          omraade: slug('medfødt immundefekt'),
          situation: slug('mistanke om arvelig disposition'),
        }),
      ),
    ).toEqual([immune.kode]);
  });

  it('an age limit at first diagnosis uses the age at first diagnosis, else the age now', () => {
    const relapse = { omraade: slug('solid tumor'), situation: slug('refraktær eller recidiverende sygdom') };
    expect(codes(findIndications(all, { ...relapse, alder: adult }))).toEqual([]);
    expect(codes(findIndications(all, { ...relapse, alder: adult, debut: child }))).toEqual([
      childhoodRelapse.kode,
    ]);
    expect(codes(findIndications(all, { ...relapse, alder: child }))).toEqual([childhoodRelapse.kode]);
  });

  it('reads answers from the address and drops values the questions do not offer', () => {
    const q = new URLSearchParams(`alder=${adult}&omraade=haematologisk-kraeft&situation=findes-ikke&debut=`);
    expect(answersFromQuery(q, bands)).toEqual({
      alder: adult,
      debut: undefined,
      omraade: 'haematologisk-kraeft',
      situation: undefined,
    });
  });

  it('the no-script tokens hold exactly the answers under which the card matches', () => {
    const t = filterTokens(adultRelapse, bands);
    expect(t.omraade).toEqual(['-', 'haematologisk-kraeft']);
    expect(t.alder).toContain(`${adult}~-`);
    expect(t.alder).not.toContain(`${child}~-`);
    // The relapse indication's limit is at referral, so the age at first diagnosis does not matter.
    expect(t.alder).toContain(`${adult}~${child}`);
    expect(filterTokens(childhoodRelapse, bands).alder).toContain(`${adult}~${child}`);
    expect(filterTokens(childhoodRelapse, bands).alder).not.toContain(`${adult}~-`);
  });
});

describe('what the reader is told', () => {
  it('says which criteria the source leaves unstated', () => {
    expect(unstatedCriteria(immune)).toEqual([
      'Kilden angiver ingen aldersgrænse.',
      'Kilden angiver ikke, i hvilken situation (fx nyopdaget sygdom eller tilbagefald) indikationen gælder.',
    ]);
    expect(unstatedCriteria(adultRelapse)).toEqual(['Kilden angiver ingen øvre aldersgrænse.']);
    expect(unstatedCriteria(childNew)).toEqual([]);
  });

  it('writes the age range with its unit and when it applies', () => {
    expect(ageRangeText(childhoodRelapse.findIndikation.alder)).toBe('0-17 år ved første diagnose');
    expect(ageRangeText(adultRelapse.findIndikation.alder)).toBe('18 år eller ældre');
    expect(ageRangeText(infants.findIndikation.alder)).toBe('0-5 måneder');
    expect(ageRangeText(immune.findIndikation.alder)).toBe('ingen aldersgrænse angivet');
  });

  it('the must-have criteria are those the source states as requirements', () => {
    const k = indicationSchema.parse({
      ...validIndication(),
      kriterier: {
        alder: {
          tekst: 'Barnet er 0-17 år.',
          minAar: 0,
          maksAar: 17,
          kraeves: true,
          kilde: { dokument: 'x', sted: 'yyy' },
        },
        varighed: { tekst: 'Intet krav.', kraeves: false, kilde: { dokument: 'x', sted: 'yyy' } },
        forudgaaendeDiagnostik: [
          {
            omraade: 'Patologi',
            tekst: 'Bekræftet diagnose.',
            kraeves: true,
            kilde: { dokument: 'x', sted: 'yyy' },
          },
        ],
        geografi: { tekst: 'Også Færøerne.', kilde: { dokument: 'x', sted: 'yyy' } },
      },
    }).kriterier;
    expect(requiredCriteria(k).map((c) => c.label)).toEqual(['Alder', 'Forudgående diagnostik: Patologi']);
  });
});
