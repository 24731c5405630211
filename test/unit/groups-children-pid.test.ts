import { afterEach, describe, expect, it } from 'vitest';
import { indicationSchema, timeCriterionSchema } from '../../schemas/indication.ts';
import { ngcOfferSchema, patientGroupSchema } from '../../schemas/patient-group.ts';
import { readContent } from '../../scripts/lib/content.ts';
import { runChecks } from '../../scripts/lib/check.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { formatFigure } from '../../src/domain/format.ts';
import { fixtureRoot, tempProject } from '../helpers/temp-project.ts';

// The rules added for the children's cancer and primary immunodeficiency groups.
const kilde = { dokument: '000_f715736cfca214f2', sted: 'Løsning, Indikationer' };
const entry = (id: string) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests edit arbitrary fields of a parsed YAML tree
  structuredClone(readContent(fixtureRoot).find((e) => e.id === id)!.data) as Record<string, any>;

describe('time criterion (kriterier.tidsramme)', () => {
  const fiveYears = {
    betegnelse: 'Tid fra den første kræftdiagnose',
    enhed: 'år',
    tal: { vaerdi: 5, kilde },
  };

  it('accepts a time limit stated as a sourced figure in years', () => {
    expect(
      timeCriterionSchema.safeParse({
        tekst: 'Inden for 5 år fra diagnosen.',
        kraeves: true,
        kilde,
        tal: [fiveYears],
      }).success,
    ).toBe(true);
  });
  it('rejects a time criterion whose limit is only in the text', () => {
    const r = timeCriterionSchema.safeParse({ tekst: 'Inden for 5 år fra diagnosen.', kilde });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['tal']);
  });
  it('rejects a time criterion whose figure is not a time', () => {
    const percent = { ...fiveYears, enhed: '%' };
    expect(
      timeCriterionSchema.safeParse({ tekst: 'Inden for 5 år fra diagnosen.', kilde, tal: [percent] })
        .success,
    ).toBe(false);
  });
  it('rejects a time limit without a source', () => {
    const unsourced = { ...fiveYears, tal: { vaerdi: 5 } };
    expect(
      timeCriterionSchema.safeParse({ tekst: 'Inden for 5 år fra diagnosen.', kilde, tal: [unsourced] })
        .success,
    ).toBe(false);
  });
  it('is checked inside an indication', () => {
    const data = entry('BUK-REC');
    expect(indicationSchema.safeParse(data).success).toBe(true);
    delete data.kriterier.tidsramme.tal;
    const r = indicationSchema.safeParse(data);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['kriterier', 'tidsramme', 'tal']);
  });
});

describe('geography and scope of an indication', () => {
  it('requires a source for kriterier.geografi', () => {
    const data = entry('BUK-NY');
    delete data.kriterier.geografi.kilde;
    const r = indicationSchema.safeParse(data);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['kriterier', 'geografi', 'kilde']);
  });
  it('requires a source for omfang and for its figures', () => {
    const data = entry('PID-IEI');
    delete data.omfang.tal[0].tal.kilde;
    const r = indicationSchema.safeParse(data);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['omfang', 'tal', 0, 'tal', 'kilde']);
  });
  it('states the number of diagnoses with its own unit', () => {
    expect(formatFigure({ vaerdi: 450, kvalifikator: 'over' }, 'diagnoser')).toBe('over 450\u00a0diagnoser');
  });
});

describe('what NGC could offer (tilbudFraNgc)', () => {
  it('accepts the four phases', () => {
    for (const fase of ['fra start', 'ventet senere', 'under vurdering', 'ikke via NGC']) {
      expect(
        ngcOfferSchema.safeParse({ fase, tekst: 'Germline-analyse af DNA fra blod.', kilde }).success,
        fase,
      ).toBe(true);
    }
  });
  it('rejects a phase that claims more than a source written before the start can know', () => {
    expect(ngcOfferSchema.safeParse({ fase: 'kom senere', tekst: 'Somatisk analyse.', kilde }).success).toBe(
      false,
    );
  });
  it('requires a source', () => {
    expect(
      ngcOfferSchema.safeParse({ fase: 'fra start', tekst: 'Germline-analyse af DNA fra blod.' }).success,
    ).toBe(false);
  });
});

describe('working-group comments, NGC assessment and current work-up on a group', () => {
  it('default to empty lists, so a group without them stays valid', () => {
    const r = patientGroupSchema.safeParse(entry('haematologisk-cancer'));
    expect(r.success).toBe(true);
    expect(r.data?.arbejdsgruppensKommentarer).toEqual([]);
    expect(r.data?.ngcVurdering).toEqual([]);
    expect(r.data?.tilbudFraNgc).toEqual([]);
    expect(r.data?.tilbudIDag).toEqual([]);
  });
  for (const field of ['arbejdsgruppensKommentarer', 'ngcVurdering', 'tilbudIDag', 'tilbudFraNgc'] as const) {
    it(`requires a source on every item in ${field}`, () => {
      const data = entry('boern-og-unge-med-kraeft');
      delete data[field][0].kilde;
      const r = patientGroupSchema.safeParse(data);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual([field, 0, 'kilde']);
    });
  }
});

describe('error messages for the new fields', () => {
  let project: ReturnType<typeof tempProject> | undefined;
  afterEach(() => project?.cleanup());

  it('a time criterion without its figure', () => {
    project = tempProject({ nodeModules: false });
    project.edit('content/indikationer/BUK-ANDEN.yaml', (t) =>
      t.replace(/( {2}tidsramme:\n(?: {4}.*\n)*?) {4}tal:\n(?: {6}.*\n)+/, '$1'),
    );
    const { problems } = runChecks(project.root);
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ content/indikationer/BUK-ANDEN.yaml:27:3  felt: kriterier.tidsramme.tal
        Tidskriteriet mangler sin tidsgrænse som tal: tilføj under "tal" et nøgletal med kilde og med enheden år, måneder, uger, dage eller døgn, fx 5 år.
        Sådan retter du det: Ret værdien eller feltet, så kravet er opfyldt. Feltet er nøgletal der hører til udsagnet.
        Fejltype: regel (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('an unknown phase for what NGC could offer', () => {
    project = tempProject({ nodeModules: false });
    project.edit('content/grupper/boern-og-unge-med-kraeft.mdx', (t) =>
      t.replace('  - fase: ventet senere', '  - fase: kom senere'),
    );
    const { problems } = runChecks(project.root);
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ content/grupper/boern-og-unge-med-kraeft.mdx:161:5  felt: tilbudFraNgc[1].fase
        Værdien "kom senere" er ikke tilladt her.
        Sådan retter du det: Brug en af: "fra start", "ventet senere", "under vurdering", "ikke via NGC".
        Fejltype: ugyldig-vaerdi (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });
});
