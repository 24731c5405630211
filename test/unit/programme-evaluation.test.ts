import { renameSync, rmSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { programmeSchema, milestoneSchema } from '../../schemas/programme.ts';
import { evaluationPartSchema } from '../../schemas/evaluation.ts';
import { internationalComparisonSchema } from '../../schemas/international-comparison.ts';
import { groupRefSchema } from '../../schemas/group-ref.ts';
import { readContent } from '../../scripts/lib/content.ts';
import { runChecks } from '../../scripts/lib/check.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { fixtureRoot, tempProject } from '../helpers/temp-project.ts';

const kilde = { dokument: '001_7389b4ecaf307271', sted: 'Patientgrupper' };

/** A fresh, mutable copy of a real content entry, so each test breaks exactly one thing. */
function real<T>(id: string): T {
  const entry = readContent(fixtureRoot).find((e) => e.id === id);
  if (!entry) throw new Error(`No content entry ${id}`);
  return structuredClone(entry.data) as T;
}

type ProgrammeInput = {
  omfang: Record<string, { vaerdi: number; tolerance?: number }>;
  tidslinje: { fra?: string; dato: string }[];
  godkendelse: { fase: string }[];
  patientgrupper: { omraade: string; navn: string }[];
};

function issues(
  schema: {
    safeParse: (d: unknown) => {
      success: boolean;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
  },
  data: unknown,
) {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error!.issues;
}

describe('programme', () => {
  it('accepts the real programme', () => {
    expect(issues(programmeSchema, real('programmet'))).toEqual([]);
  });

  it('rejects area counts that do not add up to the number of groups', () => {
    const p = real<ProgrammeInput>('programmet');
    p.omfang.patientgrupper!.vaerdi = 18;
    const found = issues(programmeSchema, p);
    expect(found.map((i) => i.path)).toEqual([['omfang', 'patientgrupper', 'vaerdi']]);
    expect(found[0]!.message).toContain('(13) og med kræft (4) giver tilsammen 17, men patientgrupper er 18');
  });

  it('allows the sum to differ within the stated tolerance', () => {
    const p = real<ProgrammeInput>('programmet');
    p.omfang.patientgrupper!.vaerdi = 18;
    p.omfang.patientgrupper!.tolerance = 1;
    expect(issues(programmeSchema, p)).toEqual([]);
  });

  it('rejects more named groups in an area than the area has', () => {
    const p = real<ProgrammeInput>('programmet');
    p.omfang.kraeft!.vaerdi = 3;
    p.omfang.sjaeldneSygdomme!.vaerdi = 14;
    const found = issues(programmeSchema, p);
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toEqual(['patientgrupper']);
    expect(found[0]!.message).toBe(
      'Listen nævner 4 grupper med området "kræft", men omfang.kraeft siger 3. Ret tallet eller listen.',
    );
  });

  it('rejects a timeline out of order', () => {
    const p = real<ProgrammeInput>('programmet');
    p.tidslinje.reverse();
    const found = issues(programmeSchema, p);
    expect(found).toHaveLength(p.tidslinje.length - 1);
    expect(found[0]!.path).toEqual(['tidslinje', 1, 'dato']);
    expect(found[0]!.message).toContain('men 2024 står efter 2024-05-01');
  });

  it('orders a period by its start, and a year before a date in that year', () => {
    const base = { tekst: 'En begivenhed med tekst', kilde };
    const p = real<ProgrammeInput>('programmet');
    p.tidslinje = [
      { ...base, fra: '2022-08', dato: '2024-04' },
      { ...base, dato: '2024' },
      { ...base, dato: '2024-05-01' },
    ];
    expect(issues(programmeSchema, p)).toEqual([]);
    p.tidslinje = [
      { ...base, dato: '2024-05-01' },
      { ...base, fra: '2024', dato: '2024-12' },
    ];
    expect(issues(programmeSchema, p).map((i) => i.path)).toEqual([['tidslinje', 1, 'fra']]);
  });

  it('rejects a period that ends before it starts', () => {
    const r = milestoneSchema.safeParse({
      fra: '2024-04',
      dato: '2022-08',
      tekst: 'En periode med tekst',
      kilde,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['fra']);
  });

  it('rejects approval steps where the group phase comes after the recommendation phase', () => {
    const p = real<ProgrammeInput>('programmet');
    p.godkendelse.reverse();
    const found = issues(programmeSchema, p);
    const firstSelection = p.godkendelse.findIndex((s) => s.fase === 'udvælgelse af patientgrupper');
    expect(found.map((i) => i.path)).toEqual([['godkendelse', firstSelection, 'fase']]);
    expect(found[0]!.message).toContain('Først kommer alle trin i "udvælgelse af patientgrupper"');
  });
});

describe('group reference', () => {
  it('accepts an agreed slug and rejects one with capitals or spaces', () => {
    expect(
      groupRefSchema.safeParse({ navn: 'Hæmatologisk kræft', slug: 'haematologisk-cancer' }).success,
    ).toBe(true);
    expect(
      groupRefSchema.safeParse({ navn: 'Hæmatologisk kræft', slug: 'Hæmatologisk cancer' }).success,
    ).toBe(false);
    expect(
      groupRefSchema.safeParse({ navn: 'Hæmatologisk kræft', slug: 'haematologisk--cancer' }).success,
    ).toBe(false);
  });
});

describe('evaluation part', () => {
  it('accepts every real part', () => {
    for (const e of readContent(fixtureRoot).filter((x) => x.collection === 'evaluering')) {
      expect(issues(evaluationPartSchema, e.data), e.file).toEqual([]);
    }
  });

  it('keeps table 2 on the literature review only', () => {
    const lit = real<{ litteraturtabel: unknown }>('litteraturgennemgang');
    const cases = real<Record<string, unknown>>('patientcases');
    cases.litteraturtabel = lit.litteraturtabel;
    const found = issues(evaluationPartSchema, cases);
    expect(found.map((i) => i.path)).toEqual([['litteraturtabel']]);
  });

  it('rejects an answer in table 2 that is not ja, nej or ikke belyst', () => {
    const lit = real<{ litteraturtabel: { raekker: { retningslinjer: string }[] } }>('litteraturgennemgang');
    lit.litteraturtabel.raekker[0]!.retningslinjer = 'delvist';
    expect(issues(evaluationPartSchema, lit).map((i) => i.path)).toEqual([
      ['litteraturtabel', 'raekker', 0, 'retningslinjer'],
    ]);
  });
});

describe('international comparison', () => {
  type Input = {
    overlap: { raekker: { navn: string; vurdering: string }[] };
    procedurer: { raekker: { land: string }[] };
  };

  it('accepts the real comparison', () => {
    expect(issues(internationalComparisonSchema, real('international'))).toEqual([]);
  });

  it('rejects a group rated twice', () => {
    const c = real<Input>('international');
    c.overlap.raekker.push({ ...c.overlap.raekker[0]!, vurdering: 'stort set fuldt overlap' });
    expect(issues(internationalComparisonSchema, c).map((i) => i.path)).toEqual([
      ['overlap', 'raekker', 4, 'navn'],
    ]);
  });

  it('rejects an overlap rating the report does not use', () => {
    const c = real<Input>('international');
    c.overlap.raekker[0]!.vurdering = 'delvist overlap';
    expect(issues(internationalComparisonSchema, c).map((i) => i.path)).toEqual([
      ['overlap', 'raekker', 0, 'vurdering'],
    ]);
  });

  it('requires one procedure row for Denmark and each comparison country', () => {
    const c = real<Input>('international');
    c.procedurer.raekker = c.procedurer.raekker.filter((r) => r.land !== 'Sverige');
    const found = issues(internationalComparisonSchema, c);
    expect(found.map((i) => i.message)).toEqual([
      'Tabellen over procedurer mangler en række for Sverige. Danmark og alle tre sammenligningslande skal med.',
    ]);
    const d = real<Input>('international');
    d.procedurer.raekker.push({ ...d.procedurer.raekker[1]! });
    expect(issues(internationalComparisonSchema, d).map((i) => i.path)).toEqual([
      ['procedurer', 'raekker', 4, 'land'],
    ]);
  });
});

// Editors read these messages; the snapshots make every change of wording visible in review.
describe('programme and evaluation error messages', () => {
  let project: ReturnType<typeof tempProject> | undefined;
  afterEach(() => project?.cleanup());

  function report(change: (root: string) => void): string {
    project = tempProject({ nodeModules: false });
    change(project.root);
    const { problems } = runChecks(project.root);
    expect(problems.length).toBeGreaterThan(0);
    return formatReport(problems);
  }

  it('the programme file is missing', () => {
    expect(report((root) => rmSync(join(root, 'content/programmet/programmet.yaml')))).toMatchInlineSnapshot(`
      "✖ content/programmet/programmet.yaml
        Filen med programbeskrivelse mangler: siden bygger på content/programmet/programmet.yaml.
        Sådan retter du det: Opret content/programmet/programmet.yaml, eller hent den fra git, hvis den er slettet ved en fejl.
        Fejltype: enkeltfil-mangler (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('the programme file has another name', () => {
    expect(
      report((root) =>
        renameSync(
          join(root, 'content/programmet/programmet.yaml'),
          join(root, 'content/programmet/program.yaml'),
        ),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/programmet/programmet.yaml
        Filen med programbeskrivelse mangler: siden bygger på content/programmet/programmet.yaml.
        Sådan retter du det: Omdøb content/programmet/program.yaml til content/programmet/programmet.yaml.
        Fejltype: enkeltfil-mangler (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a second file next to the international comparison', () => {
    expect(
      report((root) =>
        copyFileSync(
          join(root, 'content/international/international.yaml'),
          join(root, 'content/international/kopi.yaml'),
        ),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/international/kopi.yaml
        Mappen content/international/ må kun indeholde én fil, international.yaml; denne fil bliver ikke vist.
        Sådan retter du det: Flyt indholdet over i content/international/international.yaml, og slet content/international/kopi.yaml.
        Fejltype: enkeltfil-ekstra (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('an evaluation part in a file with another name', () => {
    expect(
      report((root) =>
        renameSync(
          join(root, 'content/evaluering/patientcases.yaml'),
          join(root, 'content/evaluering/cases.yaml'),
        ),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/evaluering/cases.yaml:2:1  felt: del
        Delen "patientcases" står i filen "cases.yaml"; filnavnet skal være lig delen.
        Sådan retter du det: Omdøb filen til content/evaluering/patientcases.yaml, eller ret del til cases, hvis det er filen, der har det rigtige navn.
        Fejltype: del-filnavn (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('group counts that do not add up', () => {
    project = tempProject({ nodeModules: false });
    project.edit('content/programmet/programmet.yaml', (t) =>
      t.replace('  patientgrupper:\n    vaerdi: 17', '  patientgrupper:\n    vaerdi: 18'),
    );
    expect(formatReport(runChecks(project.root).problems)).toMatchInlineSnapshot(`
      "✖ content/programmet/programmet.yaml:11:5  felt: omfang.patientgrupper.vaerdi
        Grupperne med sjældne sygdomme (13) og med kræft (4) giver tilsammen 17, men patientgrupper er 18. Ret et af tallene, eller angiv en tolerance, hvis kilden selv regner omtrentligt.
        Sådan retter du det: Ret værdien eller feltet, så kravet er opfyldt. Feltet er tallet som kilden angiver det, uden enhed.
        Fejltype: regel (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a timeline out of order', () => {
    project = tempProject({ nodeModules: false });
    project.edit('content/programmet/programmet.yaml', (t) =>
      t.replace('  - dato: 2024-05-01', '  - dato: 2021-05-01'),
    );
    expect(formatReport(runChecks(project.root).problems)).toMatchInlineSnapshot(`
      "✖ content/programmet/programmet.yaml:233:5  felt: tidslinje[4].dato
        Tidslinjen skal stå i tidsorden, ældste først, men 2021-05-01 står efter 2024 (en periode regnes fra sin startdato). Flyt punktet op, eller ret datoen.
        Sådan retter du det: Ret værdien eller feltet, så kravet er opfyldt.
        Fejltype: regel (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });
});
