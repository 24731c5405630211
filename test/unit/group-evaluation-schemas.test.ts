import { afterEach, describe, expect, it } from 'vitest';
import { specialistNetworkSchema } from '../../schemas/specialist-network.ts';
import { groupImplementationSchema } from '../../schemas/group-implementation.ts';
import { sourceGapSchema } from '../../schemas/source-gap.ts';
import { statusReportSchema } from '../../schemas/status-report.ts';
import { picoSchema } from '../../schemas/pico.ts';
import { patientGroupSchema } from '../../schemas/patient-group.ts';
import { readContent } from '../../scripts/lib/content.ts';
import { runChecks } from '../../scripts/lib/check.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { fixtureRoot, tempProject } from '../helpers/temp-project.ts';

const kilde = { dokument: '002_480ab840f5768a21', sted: 'Pkt. 4, Referat' };
const UUK = 'content/grupper/udbredt-og-uhelbredelig-kraeft.mdx';

function realGroup(id: string): Record<string, unknown> {
  const entry = readContent(fixtureRoot).find((e) => e.collection === 'grupper' && e.id === id);
  if (!entry) throw new Error(`The group ${id} is missing from content/grupper/.`);
  return structuredClone(entry.data) as Record<string, unknown>;
}

describe('specialist network', () => {
  const member = (navn: string, rolle: string) => ({ navn, rolle, repraesenterer: 'Region Sjælland' });
  it('accepts a chair, a coordinating chair and members', () => {
    const r = specialistNetworkSchema.safeParse({
      navn: 'Nationalt specialistnetværk for noget',
      medlemmer: [
        member('Anne Andersen', 'formand'),
        member('Bo Berg', 'fagligt koordinerende formand'),
        member('Cai Cruz', 'medlem'),
      ],
      kilde,
    });
    expect(r.success).toBe(true);
  });
  it('rejects two chairs, naming the members list', () => {
    const r = specialistNetworkSchema.safeParse({
      navn: 'Nationalt specialistnetværk for noget',
      medlemmer: [member('Anne Andersen', 'formand'), member('Bo Berg', 'formand')],
      kilde,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['medlemmer']);
  });
  it('rejects a role the sources do not use', () => {
    const r = specialistNetworkSchema.safeParse({
      navn: 'Nationalt specialistnetværk for noget',
      medlemmer: [member('Anne Andersen', 'leder')],
      kilde,
    });
    expect(r.success).toBe(false);
  });
});

describe('group implementation figures', () => {
  const base = { proever: { vaerdi: 5089, kilde }, andelAfForventet: { vaerdi: 44, kilde } };
  it('accepts the two figures with their period', () => {
    expect(
      groupImplementationSchema.safeParse({ ...base, periode: { fra: '2023-11-01', til: '2024-05-01' } })
        .success,
    ).toBe(true);
  });
  it('rejects a period that ends before it starts', () => {
    const r = groupImplementationSchema.safeParse({
      ...base,
      periode: { fra: '2024-05-01', til: '2023-11-01' },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['periode', 'til']);
  });
  it('rejects a share without its period', () => {
    expect(groupImplementationSchema.safeParse(base).success).toBe(false);
  });
  it('rejects a figure without a source', () => {
    const r = groupImplementationSchema.safeParse({
      ...base,
      proever: { vaerdi: 5089 },
      periode: { fra: '2023-11-01', til: '2024-05-01' },
    });
    expect(r.success).toBe(false);
  });
});

describe('source gap', () => {
  it('requires at least one document that was read', () => {
    const gap = { emne: 'Kvoter', tekst: 'Kilderne angiver ikke, hvor mange patienter gruppen har.' };
    expect(sourceGapSchema.safeParse({ ...gap, gennemset: [kilde] }).success).toBe(true);
    const r = sourceGapSchema.safeParse({ ...gap, gennemset: [] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('gennemset');
  });
});

describe('PICO', () => {
  it('allows elements the sources leave out, but no unknown elements', () => {
    expect(picoSchema.safeParse({ intervention: { tekst: 'WGS og WES', kilde } }).success).toBe(true);
    expect(picoSchema.safeParse({ setting: { tekst: 'Hospital', kilde } }).success).toBe(false);
  });
});

describe('status report', () => {
  const report = () =>
    structuredClone(
      (realGroup('udbredt-og-uhelbredelig-kraeft') as { statusrapport: Record<string, unknown> })
        .statusrapport,
    );
  it('accepts the real status report of the advanced cancer group', () => {
    expect(statusReportSchema.safeParse(report()).success).toBe(true);
  });
  it('rejects a timetable that is not in date order', () => {
    const r = report() as { tidsplan: { dato: string }[] };
    r.tidsplan[1]!.dato = '2023-12-01';
    const result = statusReportSchema.safeParse(r);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['tidsplan', 1, 'dato']);
  });
  it('rejects a number of patient cases that is not a whole number of at least 1', () => {
    for (const vaerdi of [0, 2.5]) {
      const r = report() as { patientcases: { antal: { vaerdi: number } } };
      r.patientcases.antal.vaerdi = vaerdi;
      const result = statusReportSchema.safeParse(r);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['patientcases', 'antal', 'vaerdi']);
    }
  });
  it('rejects a report without parameters', () => {
    const r = report();
    r.parametre = [];
    expect(statusReportSchema.safeParse(r).success).toBe(false);
  });
});

describe('patient group', () => {
  it('accepts the new optional fields on both cancer groups without indications', () => {
    for (const id of ['udbredt-og-uhelbredelig-kraeft', 'unge-voksne-og-arvelig-kraeft']) {
      const r = patientGroupSchema.safeParse(realGroup(id));
      expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
      expect(r.data?.ikkeIKilderne.length).toBeGreaterThan(0);
      expect(r.data?.implementering).toBeDefined();
    }
  });
  it('still accepts a group without any of the new fields', () => {
    const g = realGroup('haematologisk-cancer');
    const r = patientGroupSchema.safeParse(g);
    expect(r.success).toBe(true);
    expect(r.data?.ikkeIKilderne).toEqual([]);
    expect(r.data?.evalueringsfund).toEqual([]);
  });
});

describe('error messages for the new rules', () => {
  let project: ReturnType<typeof tempProject> | undefined;
  afterEach(() => project?.cleanup());
  const reportAfter = (change: (text: string) => string) => {
    project = tempProject({ nodeModules: false });
    project.edit(UUK, change);
    return formatReport(runChecks(project.root).problems);
  };

  it('a second chair', () => {
    expect(reportAfter((t) => t.replace('rolle: næstformand', 'rolle: formand'))).toMatchInlineSnapshot(`
      "✖ content/grupper/udbredt-og-uhelbredelig-kraeft.mdx:11:3  felt: netvaerk.medlemmer
        Et specialistnetværk har højst én formand, men Peter Johansen og Ulrik Lassen har begge rollen "formand". Giv de andre rollen "fagligt koordinerende formand", "næstformand" eller "medlem", som kilden skriver.
        Sådan retter du det: Ret værdien eller feltet, så kravet er opfyldt. Feltet er netværkets medlemmer med rolle og region.
        Fejltype: regel (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });
  it('a timetable out of order', () => {
    expect(reportAfter((t) => t.replace('- dato: 2024-01-29', '- dato: 2023-12-01'))).toMatchInlineSnapshot(`
      "✖ content/grupper/udbredt-og-uhelbredelig-kraeft.mdx:240:7  felt: statusrapport.tidsplan[1].dato
        Tidsplanen skal stå i datoorden, men 2023-12-01 står efter 2024-01-22, som er en senere dato. Flyt punktet, så datoerne stiger nedad.
        Sådan retter du det: Ret værdien eller feltet, så kravet er opfyldt.
        Fejltype: regel (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });
  it('a period that runs backwards', () => {
    expect(
      reportAfter((t) =>
        t.replace(
          'periode: { fra: 2023-11-01, til: 2024-05-01 }',
          'periode: { fra: 2024-05-01, til: 2023-11-01 }',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/grupper/udbredt-og-uhelbredelig-kraeft.mdx:274:31  felt: implementering.periode.til
        Perioden skal starte før den slutter, men "fra" (2024-05-01) ligger ikke før "til" (2023-11-01). Byt om på datoerne.
        Sådan retter du det: Ret værdien eller feltet, så kravet er opfyldt.
        Fejltype: regel (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });
});
