// Previously referred patients are one cohort, offered WGS once. These tests hold the rule that such a
// cohort is never stored under a per-year key and never added to a yearly figure. They use inline
// fixtures only, so an editor's change to content/ cannot break them.
import { describe, expect, it } from 'vitest';
import { patientGroupSchema, type PatientGroupInput } from '../../schemas/patient-group.ts';
import { indicationSchema, type IndicationInput } from '../../schemas/indication.ts';
import { compareNewlyPreviously } from '../../src/domain/rules/newly-previously.ts';
import { nationalOverview } from '../../src/domain/overview.ts';

const kilde = { dokument: 'fixture', sted: 'Testafsnit' };
const fig = (vaerdi: number) => ({ vaerdi, kilde });

const groupInput = (extra: Partial<PatientGroupInput>): PatientGroupInput => ({
  navn: 'Testgruppe',
  beskrivelse: 'En patientgruppe, der kun findes i denne test.',
  omraade: 'sjælden sygdom',
  godkendelse: [],
  kilder: [kilde],
  ...extra,
});

const indicationInput: IndicationInput = {
  kode: 'TEST-A',
  gruppe: 'testgruppe',
  nummer: 1,
  navn: 'Testindikation',
  beskrivelse: 'En indikation, der kun findes i denne test.',
  sygdomme: [{ navn: 'Testsygdom' }],
  kriterier: {},
  kvote: {
    nyhenviste: { patienter: fig(100), wgsPrPatient: { germline: fig(1) } },
    tidligereHenviste: { patienter: fig(40), indenAar: fig(1), wgsPrPatient: { germline: fig(1) } },
  },
  findIndikation: {
    alder: { fra: 'ikke angivet', til: 'ikke angivet', enhed: 'år', gaelder: 'ved henvisning', kilde },
    sygdomsomraader: { vaerdier: ['medfødt immundefekt'], kilde },
    situationer: { vaerdier: ['ikke angivet'], kilde },
    kriterierIKilden: { omfang: 'i et bilag uden for kilderne', kilde },
  },
};

describe('previously referred patients are a one-off cohort', () => {
  it('refuses them under the per-year key and says where they belong', () => {
    const r = patientGroupSchema.safeParse(
      groupInput({ patienterPrAar: { nyhenviste: fig(100), tidligereHenviste: fig(40) } as never }),
    );
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toMatchInlineSnapshot(`
      [
        [
          "patienterPrAar.tidligereHenviste",
          "Tidligere henviste er ét samlet antal patienter, ikke et antal om året. Flyt tallet fra patienterPrAar.tidligereHenviste til tidligereHenviste.patienter, så det ikke lægges sammen med tal om året.",
        ],
      ]
    `);
  });

  it('accepts them as a total of their own', () => {
    const r = patientGroupSchema.safeParse(
      groupInput({ patienterPrAar: { nyhenviste: fig(100) }, tidligereHenviste: { patienter: fig(40) } }),
    );
    expect(r.success).toBe(true);
  });

  it('does not count them in the yearly patient total', () => {
    const yearly = (iAlt: number) => {
      const data = patientGroupSchema.parse(
        groupInput({
          patienterPrAar: { nyhenviste: fig(100), iAlt: fig(iAlt) },
          tidligereHenviste: { patienter: fig(40) },
        }),
      );
      return compareNewlyPreviously({ groups: [{ id: 'testgruppe', data }] })[0]!;
    };
    expect(yearly(100)).toMatchObject({ ok: true, computed: 100 });
    // A yearly total that has the one-off cohort added in is wrong.
    expect(yearly(140)).toMatchObject({ ok: false, computed: 100, stated: 140 });
  });

  it('leaves them out of the overview’s WGS a year', () => {
    const group = {
      id: 'testgruppe',
      data: patientGroupSchema.parse(groupInput({ tidligereHenviste: { patienter: fig(40) } })),
    };
    const indication = { id: 'TEST-A', data: indicationSchema.parse(indicationInput) };
    const row = nationalOverview({ groups: [group], indications: [indication], status: [] }).rows[0]!;
    // 100 newly referred × 1 WGS; the 40 previously referred are not a yearly figure.
    expect(row.wgs.computed).toBe(100);
    expect(row.germline.computed).toBe(100);
  });
});
