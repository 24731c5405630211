import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runChecks } from '../../scripts/lib/check.ts';
import { readContent } from '../../scripts/lib/content.ts';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { searchTermsSchema } from '../../schemas/search-terms.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { issuesToProblems } from '../../scripts/lib/schema-issues.ts';
import { errorKinds, templatePattern, type ErrorKind } from '../../scripts/lib/error-kinds.ts';
import type { Problem } from '../../scripts/lib/problem.ts';
import { fixtureRoot, tempProject } from '../helpers/temp-project.ts';
import { hardParagraph } from '../helpers/hard-text.ts';

// Editors read these messages; the snapshots make every change of wording visible in review.
const RR = 'content/indikationer/HAEM-RR.yaml';
const GROUP = 'content/grupper/haematologisk-cancer.mdx';
const STATUS = 'content/status/kraeft-2024-05.yaml';
const PATIENT = 'content/patienter/haematologisk-cancer.mdx';
const GENERAL = 'content/patienter/hvad-er-helgenomsekventering.mdx';
const DNA = 'content/ordliste/dna.yaml';
const TERMS = 'content/soegeord/haematologisk-cancer.yaml';
const LITERATURE = 'content/evaluering/litteraturgennemgang.yaml';

let project: ReturnType<typeof tempProject> | undefined;
afterEach(() => project?.cleanup());

// Every kind in scripts/lib/error-kinds.ts needs a snapshot here; the last test checks that none is missing.
const seenKinds = new Set<string>();

/** Records each problem's kind and checks that its message still has the wording of its kind's template. */
function report(problems: Problem[]): string {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.kind, `problem without a kind: ${p.message}`).toBeDefined();
    const kind: ErrorKind | undefined = errorKinds[p.kind as keyof typeof errorKinds];
    expect(kind, `kind "${p.kind}" is not in scripts/lib/error-kinds.ts`).toBeDefined();
    expect([kind!.check].flat()).toContain(p.check);
    if (kind!.template) expect(p.message).toMatch(templatePattern(kind!.template));
    seenKinds.add(p.kind!);
  }
  return formatReport(problems);
}

function reportAfter(file: string, change: (text: string) => string): string {
  project = tempProject({ nodeModules: false });
  project.edit(file, change);
  return report(runChecks(project.root).problems);
}

/** Like reportAfter, for changes that add, move or remove files rather than edit one. */
function reportAfterFiles(change: (root: string) => void): string {
  project = tempProject({ nodeModules: false });
  change(project.root);
  return report(runChecks(project.root).problems);
}

/**
 * For the problems found only when the search index is built from the finished pages: builds the index of
 * `pages` (file in dist/ → lang) plus a Danish page for every page the fixture's search words name, and
 * returns the report the build stops with. Its problems exist only as that text, so each one's kind and message are
 * read back from it and checked like those of the content checks.
 */
async function reportFromSearchIndex(root: string, pages: Record<string, string>): Promise<string> {
  const listed = readContent(fixtureRoot)
    .filter((e) => e.collection === 'soegeord')
    .flatMap((e) => {
      const data = searchTermsSchema.parse(e.data);
      return [...data.ord, ...data.forkortelser].flatMap((t) => t.sider);
    });
  const files = { ...Object.fromEntries(listed.map((p) => [`${p.slice(1)}index.html`, 'da'])), ...pages };
  for (const [file, lang] of Object.entries(files)) {
    mkdirSync(join(root, 'dist', file, '..'), { recursive: true });
    writeFileSync(
      join(root, 'dist', file),
      `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main data-pagefind-body><h1>Side</h1></main></body></html>`,
    );
  }
  const error = await buildSearchIndex({ root, outDir: join(root, 'dist') }).then(
    () => undefined,
    (e: Error) => e,
  );
  expect(error, 'the search index was built without a problem').toBeInstanceOf(Error);
  const text = error!.message.slice(error!.message.indexOf('✖'));
  const blocks = text.split('\n\n').filter((b) => b.startsWith('✖'));
  expect(blocks.length).toBeGreaterThan(0);
  for (const block of blocks) {
    const [, message, , kindLine] = block.split('\n').map((l) => l.trim());
    const kind = /^Fejltype: ([a-z-]+) /.exec(kindLine ?? '')?.[1];
    const spec: ErrorKind | undefined = errorKinds[kind as keyof typeof errorKinds];
    expect(spec, `kind "${kind}" is not in scripts/lib/error-kinds.ts`).toBeDefined();
    if (spec!.template) expect(message).toMatch(templatePattern(spec!.template));
    seenKinds.add(kind!);
  }
  return text;
}

/** For wording no schema of ours can trigger today, but the formatter can still print. */
function reportFor(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return report(
    issuesToProblems(result.error!.issues, input, schema, {
      file: 'content/eksempel.yaml',
      locate: () => ({ line: 1 }),
    }),
  );
}

describe('content error messages', () => {
  it('a figure written as text', () => {
    expect(
      reportAfter(RR, (t) => t.replace('  wgsPrAar:\n    vaerdi: 440', '  wgsPrAar:\n    vaerdi: "440 WGS"')),
    ).toMatchInlineSnapshot(`
      "✖ content/indikationer/HAEM-RR.yaml:167:5  felt: kvote.wgsPrAar.vaerdi
        Forkert type: forventede et tal, men fik teksten "440 WGS".
        Sådan retter du det: Skriv tallet med cifre og uden enhed, anførselstegn eller "ca." (brug feltet kvalifikator til "ca."), fx 100. Feltet er antallet som kilden angiver det: et helt tal uden punktum mellem tusinder, fx 1450.
        Fejltype: forkert-type (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a required field that is missing', () => {
    expect(reportAfter(GROUP, (t) => t.replace('navn: Hæmatologisk cancer\n', ''))).toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx:2:1  felt: navn
        Feltet mangler, men det er påkrævet.
        Sådan retter du det: Tilføj feltet med en tekst. Feltet er gruppens navn, fx "Hæmatologisk cancer".
        Fejltype: mangler (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('an indication naming a group that does not exist', () => {
    expect(reportAfter(RR, (t) => t.replace('gruppe: haematologisk-cancer', 'gruppe: haematologisk-kraeft')))
      .toMatchInlineSnapshot(`
      "✖ content/indikationer/HAEM-RR.yaml:3:1  felt: gruppe
        Patientgruppen "haematologisk-kraeft" findes ikke i content/grupper/.
        Sådan retter du det: Mente du "haematologisk-cancer"? Gruppen skrives som filnavnet uden .mdx.
        Fejltype: ukendt-gruppe (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a figure citing a source document that does not exist', () => {
    expect(
      reportAfter(RR, (t) =>
        t.replace(
          'vaerdi: 440\n    kilde: { dokument: 003_08ae25ce05e9eb9b',
          'vaerdi: 440\n    kilde: { dokument: 003_rapport',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/indikationer/HAEM-RR.yaml:168:14  felt: kvote.wgsPrAar.kilde.dokument
        Kilden "003_rapport" findes ikke i content/kilder/.
        Sådan retter du det: Brug id'et på et af kildedokumenterne (000_f715736cfca214f2, 001_7389b4ecaf307271, 002_480ab840f5768a21, 003_08ae25ce05e9eb9b, 004_7b9c556ec6033e64), eller opret content/kilder/003_rapport.yaml.
        Fejltype: ukendt-kilde (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a misspelt field name', () => {
    expect(
      reportAfter(RR, (t) =>
        t.replace('      vaerdi: 100\n      kvalifikator: ca.', '      vaerdi: 100\n      kvalifkator: ca.'),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/indikationer/HAEM-RR.yaml:141:7  felt: kvote.nyhenviste.patienter.kvalifkator
        Ukendt felt: "kvalifkator".
        Sådan retter du det: Mente du "kvalifikator"? Ret stavningen eller fjern feltet. Felter der kan stå her: vaerdi, til, kvalifikator, tolerance, kilde, note.
        Fejltype: ukendt-felt (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a value outside the allowed list', () => {
    expect(reportAfter(GROUP, (t) => t.replace('omraade: kræft', 'omraade: kraeft'))).toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx:6:1  felt: omraade
        Værdien "kraeft" er ikke tilladt her.
        Sådan retter du det: Brug en af: "kræft", "sjælden sygdom". Mente du "kræft"?
        Fejltype: ugyldig-vaerdi (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('an indication code that differs from its file name', () => {
    expect(reportAfter(RR, (t) => t.replace('kode: HAEM-RR', 'kode: HAEM-R'))).toMatchInlineSnapshot(`
      "✖ content/indikationer/HAEM-RR.yaml:2:1  felt: kode
        Koden "HAEM-R" svarer ikke til filnavnet "HAEM-RR.yaml".
        Sådan retter du det: Koden er indikationens permanente adresse. Omdøb filen til HAEM-R.yaml, eller ret koden til HAEM-RR.
        Fejltype: kode-filnavn (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a date in the wrong form', () => {
    expect(reportAfter(GROUP, (t) => t.replace('dato: 2022-06-03', 'dato: 3. juni 2022')))
      .toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx:24:5  felt: godkendelse[3].dato
        Teksten "3. juni 2022" har ikke den rigtige form.
        Sådan retter du det: Skriv datoen som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, fx 2022-06-03.
        Fejltype: forkert-form (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a file that is not valid YAML', () => {
    expect(
      reportAfter(RR, (t) =>
        t.replace(
          'navn: Refraktær eller recidiverende hæmatologisk cancer',
          'navn: Refraktær: eller: recidiverende',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/indikationer/HAEM-RR.yaml:5:7
        Filen kan ikke læses som YAML: et feltnavn står forkert, ofte fordi indrykningen eller et kolon er forkert.
        Sådan retter du det: Tjek indrykning (mellemrum, ikke tabulator), kolon efter feltnavne og anførselstegn omkring tekst med kolon.
        Fejltype: yaml (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a number below its minimum', () => {
    expect(reportAfter(RR, (t) => t.replace('  wgsPrAar:\n    vaerdi: 440', '  wgsPrAar:\n    vaerdi: -440')))
      .toMatchInlineSnapshot(`
      "✖ content/indikationer/HAEM-RR.yaml:167:5  felt: kvote.wgsPrAar.vaerdi
        Tallet -440 er for lille: værdien skal være mindst 0.
        Sådan retter du det: Ret tallet, så det ligger inden for grænsen. Feltet er antallet som kilden angiver det: et helt tal uden punktum mellem tusinder, fx 1450.
        Fejltype: for-lille-tal (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a text that is too short', () => {
    expect(reportAfter(RR, (t) => t.replace(/^navn: .*$/m, 'navn: RR'))).toMatchInlineSnapshot(`
      "✖ content/indikationer/HAEM-RR.yaml:5:1  felt: navn
        Teksten "RR" er for kort: teksten skal have mindst 3 tegn.
        Sådan retter du det: Skriv en længere tekst. Feltet er indikationens navn.
        Fejltype: for-kort-tekst (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a list with too few items', () => {
    expect(
      reportAfter(GROUP, (t) =>
        t.replace('kilder:\n  - { dokument: 003_08ae25ce05e9eb9b, sted: "Hele dokumentet" }', 'kilder: []'),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx:157:1  felt: kilder
        Listen har for få punkter: listen skal have mindst 1 punkt.
        Sådan retter du det: Tilføj punkter, så listen opfylder grænsen. Feltet er de dokumenter gruppens side bygger på.
        Fejltype: for-faa-punkter (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a number above its maximum', () => {
    expect(reportAfter(RR, (t) => t.replace('    minAar: 18', '    minAar: 180'))).toMatchInlineSnapshot(`
      "✖ content/indikationer/HAEM-RR.yaml:42:5  felt: kriterier.alder.minAar
        Tallet 180 er for stort: værdien skal være højst 120.
        Sådan retter du det: Ret tallet, så det ligger inden for grænsen. Feltet er laveste alder i år.
        Fejltype: for-stort-tal (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a text that is too long', () => {
    expect(
      reportAfter(GROUP, (t) =>
        t.replace('beskrivelse: >-\n', `beskrivelse: >-\n  ${'Meget lang indledning. '.repeat(12)}\n`),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx:3:1  felt: beskrivelse
        Teksten "Meget lang indledning. Meget lang indledning. Meget lang ..." er for lang: teksten skal have højst 300 tegn.
        Sådan retter du det: Forkort teksten. Feltet er én til to sætninger til oversigter og søgeresultater.
        Fejltype: for-lang-tekst (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a list with too many items', () => {
    expect(reportFor(z.object({ punkter: z.array(z.string()).max(1) }), { punkter: ['a', 'b'] }))
      .toMatchInlineSnapshot(`
      "✖ content/eksempel.yaml:1  felt: punkter
        Listen har for mange punkter: listen skal have højst 1 punkt.
        Sådan retter du det: Fjern punkter, så listen opfylder grænsen.
        Fejltype: for-mange-punkter (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a value that fits none of the allowed forms', () => {
    expect(
      reportFor(z.object({ tal: z.union([z.number(), z.object({ vaerdi: z.number() })]) }), { tal: 'mange' }),
    ).toMatchInlineSnapshot(`
      "✖ content/eksempel.yaml:1  felt: tal
        Teksten "mange" passer ikke til nogen af de tilladte former.
        Sådan retter du det: Se eksemplerne i CONTRIBUTING.md for feltet.
        Fejltype: ingen-tilladt-form (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a rule of the schema that is broken (an approval step that ends before it starts)', () => {
    expect(reportAfter(GROUP, (t) => t.replace('fra: 2021-11', 'fra: 2022-11'))).toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx:11:5  felt: godkendelse[0].fra
        Startdatoen ("fra") ligger efter slutdatoen ("dato").
        Sådan retter du det: Ret værdien eller feltet, så kravet er opfyldt. Feltet er startdato, når trinnet strakte sig over en periode.
        Fejltype: regel (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('any other problem zod reports, in its own words', () => {
    expect(reportFor(z.object({ antal: z.number().multipleOf(2) }), { antal: 3 })).toMatchInlineSnapshot(`
      "✖ content/eksempel.yaml:1  felt: antal
        Ugyldigt tal: skal være deleligt med 2
        Sådan retter du det: Ret værdien.
        Fejltype: andet (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a source whose file name differs from its id', () => {
    expect(
      reportAfter('content/kilder/003_08ae25ce05e9eb9b.yaml', (t) =>
        t.replace('fil: 003_08ae25ce05e9eb9b.txt', 'fil: 003_08ae25ce05e9eb9c.txt'),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/kilder/003_08ae25ce05e9eb9b.yaml:2:1  felt: fil
        Filnavnet "003_08ae25ce05e9eb9c.txt" svarer ikke til kildens id "003_08ae25ce05e9eb9b".
        Sådan retter du det: Skriv fil: 003_08ae25ce05e9eb9b.txt, eller omdøb filen, så den hedder som dokumentet.
        Fejltype: kilde-filnavn (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a placeholder left from the template', () => {
    expect(reportAfter(GROUP, (t) => t.replace('navn: Hæmatologisk cancer', 'navn: "UDFYLD: gruppens navn"')))
      .toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx:2:7  felt: navn
        Pladsholderen "UDFYLD: gruppens navn" er ikke udfyldt.
        Sådan retter du det: Skriv den rigtige værdi i stedet for hele pladsholderen; ved tal, datoer og true/false også uden anførselstegn. Kommentaren over feltet siger, hvad der skal stå.
        Fejltype: pladsholder (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a figure in a text without a source', () => {
    expect(
      reportAfter(RR, (t) =>
        t.replace(
          '  behandlinger er opbrugt.',
          '  behandlinger er opbrugt. Det gælder ca. 120 patienter om året.',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/indikationer/HAEM-RR.yaml:6:1  felt: beskrivelse
        Tallet 120 står i en tekst uden kilde, og filen angiver det ikke med kilde andre steder.
        Sådan retter du det: Skriv tallet i et felt med kilde (fx et kriterium eller et tal med vaerdi og kilde), eller skriv teksten uden tallet. Er det et navn eller en henvisning og ikke et tal fra kilderne, så skriv ordet foran (fx "bilag 2", "tabel 1").
        Fejltype: tal-uden-kilde (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a number in a text passes when the file sources it elsewhere, or when it is a name or a reference', () => {
    // 18 is HAEM-RR's sourced minimum age; TP53 is a gene and "bilag 3" a place in a document.
    project = tempProject({ nodeModules: false });
    project.edit(RR, (t) =>
      t.replace(
        '  behandlinger er opbrugt.',
        '  behandlinger er opbrugt. Patienterne er fyldt 18 år; se også TP53 og bilag 3.',
      ),
    );
    expect(runChecks(project.root).problems).toEqual([]);
  });

  it('a note that names its figure with another number', () => {
    // The editor corrects the figure and forgets the note under it.
    expect(
      reportAfter(LITERATURE, (t) =>
        t.replace(
          'enhed: publikationer\n    tal:\n      vaerdi: 15',
          'enhed: publikationer\n    tal:\n      vaerdi: 16',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/evaluering/litteraturgennemgang.yaml:26:7  felt: noegletal[0].tal.note
        Noten nævner "hvilke 15 publikationer", men tallet, den står ved, er 16 publikationer.
        Sådan retter du det: Med "hvilke" foran peger noten tilbage på tallet i noegletal[0].tal.vaerdi, så det skal være det samme tal. Har du rettet tallet, så ret også noten (skriv 16); har du rettet noten, så ret tallet. Handler noten om et andet tal, så sig hvilket, uden "de", "disse" eller "hvilke" lige foran tallet (fx "i alt 15 publikationer").
        Fejltype: note-modsiger-tal (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a note may give other numbers, as long as it does not point back at its figure with them', () => {
    // "i alt 16 publikationer" is another count; "de 15-20 %" is a range in another unit than the figure's.
    project = tempProject({ nodeModules: false });
    project.edit(LITERATURE, (t) =>
      t.replace(
        'hvilke 15 publikationer der er tale om',
        'hvilke 15 publikationer der er tale om (i alt 16 publikationer, de 15-20 % af dem fra Danmark)',
      ),
    );
    expect(runChecks(project.root).problems).toEqual([]);
  });

  it('a status row still waiting for a group that now exists', () => {
    expect(
      reportAfter(STATUS, (t) =>
        t.replace(
          '    navnIKilden: Hæmatologisk kræft\n',
          '    navnIKilden: Hæmatologisk kræft\n    afventerGruppe: true\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/status/kraeft-2024-05.yaml:14:5  felt: grupper[0].afventerGruppe
        Gruppen "haematologisk-cancer" findes nu i content/grupper/, men rækken er stadig markeret med afventerGruppe: true.
        Sådan retter du det: Slet linjen afventerGruppe: true, så rækken linker til gruppens side og indgår i tjekkene af andelene.
        Fejltype: afventer-gruppe (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('figures that do not add up', () => {
    expect(reportAfter(STATUS, (t) => t.replace('vaerdi: 6693', 'vaerdi: 6639'))).toMatchInlineSnapshot(`
      "✖ content/status/kraeft-2024-05.yaml:46:5  felt: iAlt.proever.vaerdi
        Tallene går ikke op (Prøver i alt mod summen af grupperne): kilden angiver 6.639 prøver, men 180 + 1.002 + 422 + 5.089 = 6.693 prøver. Forskellen er 54.
        Sådan retter du det: Hører alle delene med, så skriv 6693 i iAlt.proever.vaerdi (linje 46). Ellers: Ret iAlt.proever eller den gruppe under grupper, hvis prøvetal er skrevet forkert af. Står tallene sådan i kilden, så anerkend afvigelsen i content/status/kraeft-2024-05.yaml under afvigelser: { tjek: status-total, emne: proever, angivet: 6639, beregnet: 6693, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('an acknowledged discrepancy that has gone', () => {
    expect(reportAfter(STATUS, (t) => t.replace('      vaerdi: 41\n', '      vaerdi: 18\n')))
      .toMatchInlineSnapshot(`
      "✖ content/status/kraeft-2024-05.yaml:152:5  felt: afvigelser[0]
        Den anerkendte afvigelse (tjek status-andel, emne haematologisk-cancer) findes ikke længere: tallene går nu op (gruppen ventes at bruge 2.000 WGS om året til nyhenviste (400 i HAEM-RR + 1.600 i HAEM-MYEL), dvs. 1.000 på 6 måneder; selv hvis alle 180 prøver siden start lå i perioden, giver det 180 / 1.000 = 18 %).
        Sådan retter du det: Fjern punktet afvigelser[0], så siden ikke længere viser forklaringen.
        Fejltype: afvigelse-forsvundet (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('an acknowledged discrepancy whose figures have changed', () => {
    expect(reportAfter(STATUS, (t) => t.replace('      vaerdi: 41\n', '      vaerdi: 40\n')))
      .toMatchInlineSnapshot(`
      "✖ content/status/kraeft-2024-05.yaml:18:7  felt: grupper[0].andel.vaerdi
        Tallene går ikke op (Andel af det forventede antal for Hæmatologisk kræft): kilden angiver 40 %, men gruppen ventes at bruge 2.000 WGS om året til nyhenviste (400 i HAEM-RR + 1.600 i HAEM-MYEL), dvs. 1.000 på 6 måneder; selv hvis alle 180 prøver siden start lå i perioden, giver det 180 / 1.000 = 18 %. Tallet kan derfor højst være 18 %.
        Sådan retter du det: Ret andelen eller prøvetallet for haematologisk-cancer, eller gruppens forventede antal, hvis et af dem er skrevet forkert af. Delene står i content/grupper/haematologisk-cancer.mdx, content/indikationer/HAEM-RR.yaml, content/indikationer/HAEM-MYEL.yaml. Afvigelsen er anerkendt med andre tal (angivet 41, beregnet 18); har du ændret et tal med vilje, så opdater angivet og beregnet og tjek, at forklaringen stadig passer.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      ✖ content/status/kraeft-2024-05.yaml:152:5  felt: afvigelser[0]
        Den anerkendte afvigelse (tjek status-andel, emne haematologisk-cancer) passer ikke længere: den er anerkendt med angivet 41 og beregnet 18, men nu er tallene angivet 40 og beregnet 18.
        Sådan retter du det: Har du ændret et tal med vilje, så opdater angivet og beregnet og tjek, at forklaringen stadig passer; ellers ret tallet tilbage.
        Fejltype: afvigelse-aendret (se docs/fejlkatalog.md)

      2 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('an acknowledged discrepancy that names no comparison', () => {
    expect(reportAfter(STATUS, (t) => t.replace('emne: haematologisk-cancer', 'emne: haematologisk-kraeft')))
      .toMatchInlineSnapshot(`
      "✖ content/status/kraeft-2024-05.yaml:18:7  felt: grupper[0].andel.vaerdi
        Tallene går ikke op (Andel af det forventede antal for Hæmatologisk kræft): kilden angiver 41 %, men gruppen ventes at bruge 2.000 WGS om året til nyhenviste (400 i HAEM-RR + 1.600 i HAEM-MYEL), dvs. 1.000 på 6 måneder; selv hvis alle 180 prøver siden start lå i perioden, giver det 180 / 1.000 = 18 %. Tallet kan derfor højst være 18 %.
        Sådan retter du det: Ret andelen eller prøvetallet for haematologisk-cancer, eller gruppens forventede antal, hvis et af dem er skrevet forkert af. Delene står i content/grupper/haematologisk-cancer.mdx, content/indikationer/HAEM-RR.yaml, content/indikationer/HAEM-MYEL.yaml. Står tallene sådan i kilden, så anerkend afvigelsen i content/status/kraeft-2024-05.yaml under afvigelser: { tjek: status-andel, emne: haematologisk-cancer, angivet: 41, beregnet: 18, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      ✖ content/status/kraeft-2024-05.yaml:152:5  felt: afvigelser[0]
        Den anerkendte afvigelse (tjek status-andel, emne haematologisk-kraeft) svarer ikke til nogen sammenligning i content/status/kraeft-2024-05.yaml.
        Sådan retter du det: Tjek stavningen af emne (emner for dette tjek her: haematologisk-cancer, boern-og-unge-med-kraeft), eller fjern punktet.
        Fejltype: afvigelse-ukendt-emne (se docs/fejlkatalog.md)

      2 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('the one file of a single-page collection is missing', () => {
    expect(
      reportAfterFiles((root) =>
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

  it('a second file in a single-page collection', () => {
    expect(
      reportAfterFiles((root) =>
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

  it('an evaluation part in a file named after another part', () => {
    expect(
      reportAfter('content/evaluering/patientcases.yaml', (t) =>
        t.replace('del: patientcases', 'del: klinikerinterviews'),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/evaluering/patientcases.yaml:2:1  felt: del
        Delen "klinikerinterviews" står i filen "patientcases.yaml"; filnavnet skal være lig delen.
        Sådan retter du det: Omdøb filen til content/evaluering/klinikerinterviews.yaml, eller ret del til patientcases, hvis det er filen, der har det rigtige navn.
        Fejltype: del-filnavn (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a text that is not valid MDX', () => {
    expect(reportAfter(GROUP, (t) => `${t}\nEn tekst med en { uden slutning.\n`)).toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx:185
        Teksten kan ikke læses som MDX (Unexpected end of file in expression, expected a corresponding closing brace for \`{\`).
        Sådan retter du det: I MDX starter { en kodestump og < en komponent. Skriv \\{ eller &lt;, hvis du mener tegnet, og tjek at hver komponent er lukket, fx <Term id="germline">germline</Term>.
        Fejltype: mdx (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a patient page that is too hard to read', () => {
    expect(
      reportAfter(PATIENT, (t) =>
        t.replace(
          '## Hvorfor kan undersøgelsen hjælpe mig?\n\n',
          `## Hvorfor kan undersøgelsen hjælpe mig?\n\n${hardParagraph(4)}\n`,
        ),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/patienter/haematologisk-cancer.mdx:49
        Teksten er for svær til en side for patienter: LIX er 49 (svær), men grænsen er 40. Siden har 1288 ord i 101 sætninger, og 465 af ordene er lange (over seks bogstaver).
        Sådan retter du det: Del lange sætninger op, og skift lange ord ud med kortere, eller forklar dem i ordlisten. Begynd med de længste sætninger:
          - linje 49, 34 ord: "Forudsætningen herfor er imidlertid, at analyseresultaterne foreligger inden for en klinisk relevant tidsramme og fortolkes i et multidis..."
          - linje 49, 34 ord: "Forudsætningen herfor er imidlertid, at analyseresultaterne foreligger inden for en klinisk relevant tidsramme og fortolkes i et multidis..."
          - linje 49, 34 ord: "Forudsætningen herfor er imidlertid, at analyseresultaterne foreligger inden for en klinisk relevant tidsramme og fortolkes i et multidis..."
        Fejltype: for-svaer-tekst (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('two patient pages for one group', () => {
    expect(
      reportAfter('content/patienter/primaer-immundefekt.mdx', (t) =>
        t.replace('gruppe: primaer-immundefekt', 'gruppe: haematologisk-cancer'),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/patienter/primaer-immundefekt.mdx:7:1  felt: gruppe
        Patientgruppen "haematologisk-cancer" har allerede en side for patienter: content/patienter/haematologisk-cancer.mdx.
        Sådan retter du det: Hver patientgruppe har én side for patienter. Flyt teksten over i den første side, og slet denne fil. Er siden til gruppen "primaer-immundefekt", som filnavnet siger, så skriv gruppe: primaer-immundefekt.
        Fejltype: patientside-dobbelt (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a group without a patient page', () => {
    expect(reportAfterFiles((root) => rmSync(join(root, PATIENT)))).toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx
        Patientgruppen "haematologisk-cancer" har ingen side for patienter og pårørende.
        Sådan retter du det: Opret content/patienter/haematologisk-cancer.mdx med "gruppe: haematologisk-cancer" i toppen. Brug en af de andre sider i content/patienter/ som forlæg.
        Fejltype: patientside-mangler (se docs/fejlkatalog.md)

      ✖ content/soegeord/haematologisk-cancer.yaml:4:13  felt: ord[0].sider[0]
        Siden "/patienter/haematologisk-cancer/" findes ikke: siden for patienter "haematologisk-cancer" er ikke i content/patienter/.
        Sådan retter du det: Brug en af: /patienter/boern-og-unge-med-kraeft/, /patienter/hvad-er-helgenomsekventering/, /patienter/primaer-immundefekt/, /patienter/udbredt-og-uhelbredelig-kraeft/, /patienter/unge-voksne-og-arvelig-kraeft/.
        Fejltype: ukendt-side (se docs/fejlkatalog.md)

      ✖ content/soegeord/haematologisk-cancer.yaml:8:13  felt: ord[1].sider[0]
        Siden "/patienter/haematologisk-cancer/" findes ikke: siden for patienter "haematologisk-cancer" er ikke i content/patienter/.
        Sådan retter du det: Brug en af: /patienter/boern-og-unge-med-kraeft/, /patienter/hvad-er-helgenomsekventering/, /patienter/primaer-immundefekt/, /patienter/udbredt-og-uhelbredelig-kraeft/, /patienter/unge-voksne-og-arvelig-kraeft/.
        Fejltype: ukendt-side (se docs/fejlkatalog.md)

      3 fejl i 2 filer. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('the general patient page is missing', () => {
    expect(reportAfterFiles((root) => rmSync(join(root, GENERAL)))).toMatchInlineSnapshot(`
      "✖ content/patienter/hvad-er-helgenomsekventering.mdx
        Den generelle side "Hvad er helgenomsekventering?" mangler. Alle sider for patienter linker til den.
        Sådan retter du det: Opret content/patienter/hvad-er-helgenomsekventering.mdx uden feltet gruppe.
        Fejltype: generel-side-mangler (se docs/fejlkatalog.md)

      ✖ content/soegeord/generelt.yaml:57:51  felt: ord[9].sider[1]
        Siden "/patienter/hvad-er-helgenomsekventering/" findes ikke: siden for patienter "hvad-er-helgenomsekventering" er ikke i content/patienter/.
        Sådan retter du det: Brug en af: /patienter/boern-og-unge-med-kraeft/, /patienter/haematologisk-cancer/, /patienter/primaer-immundefekt/, /patienter/udbredt-og-uhelbredelig-kraeft/, /patienter/unge-voksne-og-arvelig-kraeft/.
        Fejltype: ukendt-side (se docs/fejlkatalog.md)

      ✖ content/soegeord/generelt.yaml:124:13  felt: ord[28].sider[0]
        Siden "/patienter/hvad-er-helgenomsekventering/" findes ikke: siden for patienter "hvad-er-helgenomsekventering" er ikke i content/patienter/.
        Sådan retter du det: Brug en af: /patienter/boern-og-unge-med-kraeft/, /patienter/haematologisk-cancer/, /patienter/primaer-immundefekt/, /patienter/udbredt-og-uhelbredelig-kraeft/, /patienter/unge-voksne-og-arvelig-kraeft/.
        Fejltype: ukendt-side (se docs/fejlkatalog.md)

      3 fejl i 2 filer. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a citation in a patient page without document or place', () => {
    expect(
      reportAfter(GENERAL, (t) =>
        t.replace(
          '<Kilde dokument="001_7389b4ecaf307271" sted="Resumé" />',
          '<Kilde sted="Resumé" />\n<Kilde dokument="001_7389b4ecaf307271" />',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/patienter/hvad-er-helgenomsekventering.mdx:29  felt: <Kilde dokument>
        En <Kilde> mangler attributten dokument.
        Sådan retter du det: Skriv dokument="…" med id'et på et af kildedokumenterne: 000_f715736cfca214f2, 001_7389b4ecaf307271, 002_480ab840f5768a21, 003_08ae25ce05e9eb9b, 004_7b9c556ec6033e64.
        Fejltype: kilde-uden-dokument (se docs/fejlkatalog.md)

      ✖ content/patienter/hvad-er-helgenomsekventering.mdx:30  felt: <Kilde sted>
        En <Kilde> siger ikke, hvor i dokumentet oplysningen står.
        Sådan retter du det: Tilføj sted="…" med afsnittet (og siden, hvis den kendes), fx sted="resuméet, afsnittet om antal patienter".
        Fejltype: kilde-uden-sted (se docs/fejlkatalog.md)

      2 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a glossary term that refers to itself or to a term that does not exist', () => {
    expect(reportAfter(DNA, (t) => t.replace('se: [genom, variant]', 'se: [dna, gen]')))
      .toMatchInlineSnapshot(`
      "✖ content/ordliste/dna.yaml:5:6  felt: se[0]
        Ordet henviser til sig selv.
        Sådan retter du det: Fjern punktet fra listen se.
        Fejltype: ord-til-sig-selv (se docs/fejlkatalog.md)

      ✖ content/ordliste/dna.yaml:5:11  felt: se[1]
        Ordet "gen" findes ikke i ordlisten.
        Sådan retter du det: Mente du "genom"?
        Fejltype: ukendt-ord (se docs/fejlkatalog.md)

      2 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a glossary link without id, with an unknown id, or without text', () => {
    expect(
      reportAfter(GENERAL, (t) =>
        t.replace(
          'Dit <Term id="dna">DNA</Term> er kroppens opskrift. Hele opskriften kaldes dit <Term id="genom">genom</Term>.',
          'Dit <Term>DNA</Term> er kroppens opskrift. Hele opskriften kaldes dit <Term id="genomet">genom</Term>. <Term id="dna"></Term>',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/patienter/hvad-er-helgenomsekventering.mdx:17  felt: <Term id>
        <Term> om "DNA" mangler attributten id.
        Sådan retter du det: Skriv id="…" med filnavnet på ordet i content/ordliste/ uden .yaml.
        Fejltype: term-uden-id (se docs/fejlkatalog.md)

      ✖ content/patienter/hvad-er-helgenomsekventering.mdx:17  felt: <Term id>
        <Term id="genomet"> henviser til et ord, der ikke findes i ordlisten.
        Sådan retter du det: Mente du "genom"?
        Fejltype: ukendt-term (se docs/fejlkatalog.md)

      ✖ content/patienter/hvad-er-helgenomsekventering.mdx:17  felt: <Term>
        <Term id="dna"> har ingen tekst.
        Sådan retter du det: Skriv ordet mellem <Term …> og </Term>, så læseren kan se, hvad linket forklarer.
        Fejltype: term-uden-tekst (se docs/fejlkatalog.md)

      3 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a search term defined twice, and a page that does not exist', () => {
    expect(
      reportAfter(TERMS, (t) =>
        t.replace(
          '  - ord: leukæmi\n',
          '  - ord: helgenomsekventering\n    sider: [/grupper/blodkraeft/]\n  - ord: leukæmi\n',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "✖ content/soegeord/haematologisk-cancer.yaml:7:5  felt: ord[1].ord
        Ordet "helgenomsekventering" står også i content/soegeord/generelt.yaml (felt: ord[0].ord).
        Sådan retter du det: Saml oplysningerne i ét af stederne, og slet det andet.
        Fejltype: dobbelt-soegeord (se docs/fejlkatalog.md)

      ✖ content/soegeord/haematologisk-cancer.yaml:8:13  felt: ord[1].sider[0]
        Siden "/grupper/blodkraeft/" findes ikke: patientgruppen "blodkraeft" er ikke i content/grupper/.
        Sådan retter du det: Brug en af: /grupper/boern-og-unge-med-kraeft/, /grupper/haematologisk-cancer/, /grupper/primaer-immundefekt/, /grupper/udbredt-og-uhelbredelig-kraeft/, /grupper/unge-voksne-og-arvelig-kraeft/.
        Fejltype: ukendt-side (se docs/fejlkatalog.md)

      2 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a search word naming a page the build lacks, and a page not in Danish (when the search index is built)', async () => {
    project = tempProject({ nodeModules: false });
    project.edit(TERMS, (t) =>
      t.replace('    sider: [/indikationer/HAEM-MYEL/]\n', '    sider: [/indikationer/HAEM-MDS/]\n'),
    );
    expect(await reportFromSearchIndex(project.root, { 'soeg/index.html': 'en' })).toMatchInlineSnapshot(`
      "✖ content/soegeord/haematologisk-cancer.yaml:13:13  felt: ord[2].sider[0]
        Siden "/indikationer/HAEM-MDS/" findes ikke i det byggede site, eller den er ikke med i søgningen.
        Sådan retter du det: Skriv stien til en side, der findes, med skråstreg først og sidst, fx /grupper/haematologisk-cancer/, eller fjern linjen.
        Fejltype: side-ikke-i-soegningen (se docs/fejlkatalog.md)

      ✖ dist/soeg/index.html
        Siden /soeg/ har sproget "en", men søgeindekset er dansk.
        Sådan retter du det: Sæt <html lang="da"> i sidens layout (src/layouts/Base.astro gør det).
        Fejltype: side-ikke-dansk (se docs/fejlkatalog.md)

      2 fejl i 2 filer. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('reports every problem at once, across files', () => {
    project = tempProject({ nodeModules: false });
    project.edit(RR, (t) => t.replace('gruppe: haematologisk-cancer', 'gruppe: ukendt'));
    project.edit(GROUP, (t) => t.replace('omraade: kræft', 'omraade: kraeft'));
    const { problems } = runChecks(project.root);
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set([RR, GROUP]));
  });

  it('has a snapshot for every kind of error in scripts/lib/error-kinds.ts', () => {
    // Kinds from the checks of the built HTML have their snapshots in test/unit/built-links.test.ts.
    const builtHtml = new Set(['links', 'linktekst', 'inline-script']);
    // The kinds about how figures are written and how far a tolerance reaches have theirs in
    // test/unit/number-safety.test.ts, on fixture content.
    const numberKinds = new Set([
      'tusindtalsskilletegn',
      'ikke-heltal',
      'tolerance-for-stor',
      'tolerance-skjuler-del',
    ]);
    const contentKinds = Object.entries(errorKinds)
      .filter(([name, k]) => !numberKinds.has(name) && ![k.check].flat().every((c) => builtHtml.has(c)))
      .map(([name]) => name);
    expect([...seenKinds].sort()).toEqual(contentKinds.sort());
  });
});
