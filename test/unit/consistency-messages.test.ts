import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../scripts/lib/check.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { tempProject } from '../helpers/temp-project.ts';

// Editors read these messages when a figure does not add up; the snapshots keep every check's
// wording visible in review. Each case breaks one thing and shows only the named check's problems.
const MYEL = 'content/indikationer/HAEM-MYEL.yaml';
const GROUP = 'content/grupper/haematologisk-cancer.mdx';
const STATUS = 'content/status/kraeft-2024-05.yaml';
const PROGRAMME = 'content/programmet/programmet.yaml';

let project: ReturnType<typeof tempProject> | undefined;
afterEach(() => project?.cleanup());

function reportAfter(check: string, edits: [string, (text: string) => string][]): string {
  project = tempProject({ nodeModules: false });
  for (const [file, change] of edits) project.edit(file, change);
  const problems = runChecks(project.root).problems.filter((p) => p.check === check);
  expect(problems.length).toBeGreaterThan(0);
  return formatReport(problems);
}

describe('consistency checks', () => {
  it('indikation-wgs: patients × WGS per patient against the stated WGS a year', () => {
    expect(
      reportAfter('indikation-wgs', [
        [MYEL, (t) => t.replace('    wgsPrAar:\n      vaerdi: 1600', '    wgsPrAar:\n      vaerdi: 1700')],
      ]),
    ).toMatchInlineSnapshot(`
      "✖ content/indikationer/HAEM-MYEL.yaml:147:7  felt: kvote.nyhenviste.wgsPrAar.vaerdi
        Tallene går ikke op (WGS om året til nyhenviste i HAEM-MYEL): kilden angiver 1.700 WGS, men 400 patienter × (3 på tumor + 1 germline) WGS = 1.600 WGS. Forskellen er 100.
        Sådan retter du det: Hører alle delene med, så skriv 1600 i kvote.nyhenviste.wgsPrAar.vaerdi (linje 147). Ellers: Ret kvote.nyhenviste.wgsPrAar, kvote.nyhenviste.patienter eller kvote.nyhenviste.wgsPrPatient, så de passer med kilden. Står tallene sådan i kilden, så anerkend afvigelsen i content/indikationer/HAEM-MYEL.yaml under afvigelser: { tjek: indikation-wgs, emne: nyhenviste, angivet: 1700, beregnet: 1600, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('indikation-wgs: a distribution of patients that does not add up', () => {
    expect(
      reportAfter('indikation-wgs', [
        [MYEL, (t) => t.replace('          vaerdi: 150\n', '          vaerdi: 160\n')],
      ]),
    ).toMatchInlineSnapshot(`
      "✖ content/indikationer/HAEM-MYEL.yaml:125:7  felt: kvote.nyhenviste.patienter.vaerdi
        Tallene går ikke op (Nyhenviste patienter i HAEM-MYEL fordelt på undergrupper): kilden angiver 400 patienter, men 160 (Akut myeloid leukæmi (AML)) + 250 (Myelodysplastisk syndrom (MDS)) = 410 patienter. Forskellen er 10.
        Sådan retter du det: Hører alle delene med, så skriv 410 i kvote.nyhenviste.patienter.vaerdi (linje 125). Skriv så også 1640 i kvote.nyhenviste.wgsPrAar.vaerdi (linje 147) og 510 i patienterPrAar.nyhenviste.vaerdi (content/grupper/haematologisk-cancer.mdx:28) og 2230 i wgsPrAar.iAlt.vaerdi (content/grupper/haematologisk-cancer.mdx:40): de tal bygger på det første og går ellers ikke op bagefter. Ellers: Ret kvote.nyhenviste.patienter eller tallene under kvote.nyhenviste.fordeling. Står tallene sådan i kilden, så anerkend afvigelsen i content/indikationer/HAEM-MYEL.yaml under afvigelser: { tjek: indikation-wgs, emne: nyhenviste-fordeling, angivet: 400, beregnet: 410, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('gruppe-sum: the sum of the indications against the group total', () => {
    expect(reportAfter('gruppe-sum', [[GROUP, (t) => t.replace('    vaerdi: 2200', '    vaerdi: 2300')]]))
      .toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx:40:5  felt: wgsPrAar.iAlt.vaerdi
        Tallene går ikke op (WGS om året i alt for Hæmatologisk cancer mod summen af indikationerne): kilden angiver 2.300 WGS, men 440 (HAEM-RR) + 1.750 (HAEM-MYEL) = 2.190 WGS. Forskellen er 110, og der er kun tilladt 10 (feltet tolerance).
        Sådan retter du det: Hører alle delene med, så skriv 2190 i wgsPrAar.iAlt.vaerdi (linje 40). Ellers: Ret gruppens wgsPrAar.iAlt, eller tallet i den indikation, der er forkert (HAEM-RR, HAEM-MYEL). Delene står i content/indikationer/HAEM-RR.yaml, content/indikationer/HAEM-MYEL.yaml. Står tallene sådan i kilden, så anerkend afvigelsen i content/grupper/haematologisk-cancer.mdx under afvigelser: { tjek: gruppe-sum, emne: wgs-i-alt, angivet: 2300, beregnet: 2190, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('germline-somatisk: germline + somatic against the total', () => {
    const add = (t: string) =>
      t.replace(
        'wgsPrAar:\n  iAlt:\n',
        'wgsPrAar:\n  germline:\n    vaerdi: 510\n    kilde: { dokument: 003_08ae25ce05e9eb9b, sted: "Test" }\n  somatisk:\n    vaerdi: 1600\n    kilde: { dokument: 003_08ae25ce05e9eb9b, sted: "Test" }\n  iAlt:\n',
      );
    expect(reportAfter('germline-somatisk', [[GROUP, add]])).toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx:46:5  felt: wgsPrAar.iAlt.vaerdi
        Tallene går ikke op (WGS om året for Hæmatologisk cancer mod germline + somatiske): kilden angiver 2.200 WGS, men 510 germline + 1.600 somatiske = 2.110 WGS. Forskellen er 90, og der er kun tilladt 10 (feltet tolerance).
        Sådan retter du det: Hører alle delene med, så skriv 2110 i wgsPrAar.iAlt.vaerdi (linje 46). Ellers: Ret wgsPrAar.iAlt, wgsPrAar.germline eller wgsPrAar.somatisk, så de passer med kilden. Står tallene sådan i kilden, så anerkend afvigelsen i content/grupper/haematologisk-cancer.mdx under afvigelser: { tjek: germline-somatisk, emne: wgs, angivet: 2200, beregnet: 2110, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('nye-tidligere: newly + previously referred against the total', () => {
    const add = (t: string) =>
      t.replace(
        'patienterPrAar:\n',
        'patienterPrAar:\n  iAlt:\n    vaerdi: 600\n    kilde: { dokument: 003_08ae25ce05e9eb9b, sted: "Test" }\n',
      );
    expect(reportAfter('nye-tidligere', [[GROUP, add]])).toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx:28:5  felt: patienterPrAar.iAlt.vaerdi
        Tallene går ikke op (Patienter om året i alt for Hæmatologisk cancer): kilden angiver 600 patienter, men 500 (nyhenviste) = 500 patienter. Forskellen er 100.
        Sådan retter du det: Hører alle delene med, så skriv 500 i patienterPrAar.iAlt.vaerdi (linje 28). Ellers: Ret patienterPrAar.iAlt eller delene (nyhenviste, fordeling). Tidligere henviste tælles ikke med i et tal om året. Står tallene sådan i kilden, så anerkend afvigelsen i content/grupper/haematologisk-cancer.mdx under afvigelser: { tjek: nye-tidligere, emne: patienter, angivet: 600, beregnet: 500, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('status-total: the groups against the table total', () => {
    expect(reportAfter('status-total', [[STATUS, (t) => t.replace('vaerdi: 6693', 'vaerdi: 6639')]]))
      .toMatchInlineSnapshot(`
      "✖ content/status/kraeft-2024-05.yaml:46:5  felt: iAlt.proever.vaerdi
        Tallene går ikke op (Prøver i alt mod summen af grupperne): kilden angiver 6.639 prøver, men 180 + 1.002 + 422 + 5.089 = 6.693 prøver. Forskellen er 54.
        Sådan retter du det: Hører alle delene med, så skriv 6693 i iAlt.proever.vaerdi (linje 46). Ellers: Ret iAlt.proever eller den gruppe under grupper, hvis prøvetal er skrevet forkert af. Står tallene sådan i kilden, så anerkend afvigelsen i content/status/kraeft-2024-05.yaml under afvigelser: { tjek: status-total, emne: proever, angivet: 6639, beregnet: 6693, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('status-total: the total share against the monthly volume and the annual need', () => {
    expect(reportAfter('status-total', [[STATUS, (t) => t.replace('vaerdi: 12800', 'vaerdi: 10800')]]))
      .toMatchInlineSnapshot(`
      "✖ content/status/kraeft-2024-05.yaml:52:5  felt: iAlt.andel.vaerdi
        Tallene går ikke op (Samlet andel af det forventede antal mod prøver om måneden og det årlige behov): kilden angiver 38 %, men 400 prøver om måneden × 12 / 10.800 om året = 44,44 %. Forskellen er 6,44, og der er kun tilladt 0,5 (feltet tolerance).
        Sådan retter du det: Ret iAlt.andel, proeverPrMaaned eller aarligtBehov. Står tallene sådan i kilden, så anerkend afvigelsen i content/status/kraeft-2024-05.yaml under afvigelser: { tjek: status-total, emne: andel-i-alt, angivet: 38, beregnet: 44.4444, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('status-andel: a share the expected number makes impossible, not acknowledged', () => {
    const withoutAck = (t: string) => t.slice(0, t.indexOf('afvigelser:'));
    expect(reportAfter('status-andel', [[STATUS, withoutAck]])).toMatchInlineSnapshot(`
      "✖ content/status/kraeft-2024-05.yaml:18:7  felt: grupper[0].andel.vaerdi
        Tallene går ikke op (Andel af det forventede antal for Hæmatologisk kræft): kilden angiver 41 %, men gruppen ventes at bruge 2.000 WGS om året til nyhenviste (400 i HAEM-RR + 1.600 i HAEM-MYEL), dvs. 1.000 på 6 måneder; selv hvis alle 180 prøver siden start lå i perioden, giver det 180 / 1.000 = 18 %. Tallet kan derfor højst være 18 %.
        Sådan retter du det: Ret andelen eller prøvetallet for haematologisk-cancer, eller gruppens forventede antal, hvis et af dem er skrevet forkert af. Delene står i content/grupper/haematologisk-cancer.mdx, content/indikationer/HAEM-RR.yaml, content/indikationer/HAEM-MYEL.yaml. Står tallene sådan i kilden, så anerkend afvigelsen i content/status/kraeft-2024-05.yaml under afvigelser: { tjek: status-andel, emne: haematologisk-cancer, angivet: 41, beregnet: 18, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('status-andel: children and young people, whose only expected number is the group total', () => {
    // 1.002 samples → 200 makes 75 % impossible against ca. 940 WGS a year (470 in the 6 months).
    const fewer = (t: string) =>
      t.replace('      vaerdi: 1002\n', '      vaerdi: 200\n').replace('vaerdi: 6693', 'vaerdi: 5891');
    expect(reportAfter('status-andel', [[STATUS, fewer]])).toMatchInlineSnapshot(`
      "✖ content/status/kraeft-2024-05.yaml:26:7  felt: grupper[1].andel.vaerdi
        Tallene går ikke op (Andel af det forventede antal for Børn og unge med kræft): kilden angiver 75 %, men gruppen ventes at bruge 940 WGS om året (gruppens wgsPrAar.iAlt; gruppen har ingen tidligere henviste), dvs. 470 på 6 måneder; selv hvis alle 200 prøver siden start lå i perioden, giver det 200 / 470 = 42,55 %. Tallet kan derfor højst være 42,55 %.
        Sådan retter du det: Ret andelen eller prøvetallet for boern-og-unge-med-kraeft, eller gruppens forventede antal, hvis et af dem er skrevet forkert af. Delene står i content/grupper/boern-og-unge-med-kraeft.mdx. Står tallene sådan i kilden, så anerkend afvigelsen i content/status/kraeft-2024-05.yaml under afvigelser: { tjek: status-andel, emne: boern-og-unge-med-kraeft, angivet: 75, beregnet: 42.5532, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('program-kvote: the groups against the WGS the programme funds', () => {
    project = tempProject({ nodeModules: false });
    project.edit(PROGRAMME, (t) =>
      t.replace(
        '  helgenomsekventeringer:\n    vaerdi: 60000\n',
        '  helgenomsekventeringer:\n    vaerdi: 2000\n',
      ),
    );
    const problems = runChecks(project.root).problems.filter((p) => p.check === 'program-kvote');
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ content/programmet/programmet.yaml:24:5  felt: omfang.helgenomsekventeringer.vaerdi
        Tallene går ikke op (WGS finansieret af programmet mod gruppernes WGS om året): kilden angiver 2.000 WGS, men 940 (boern-og-unge-med-kraeft) + 2.200 (haematologisk-cancer) + 1.000 (primaer-immundefekt) = 4.140 WGS om året. Tallet skal derfor være mindst 4.140 WGS.
        Sådan retter du det: Ret omfang.helgenomsekventeringer eller den gruppes WGS om året, der er skrevet forkert af. Kilden giver ingen tidsramme for bevillingen, så tjekket kan kun sikre, at den rækker til ét års WGS. Delene står i content/grupper/boern-og-unge-med-kraeft.mdx, content/grupper/haematologisk-cancer.mdx, content/grupper/primaer-immundefekt.mdx, content/grupper/udbredt-og-uhelbredelig-kraeft.mdx, content/grupper/unge-voksne-og-arvelig-kraeft.mdx.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });
});

describe('acknowledged discrepancies', () => {
  it('an acknowledgement whose figures have changed', () => {
    expect(
      reportAfter('status-andel', [
        [STATUS, (t) => t.replace('vaerdi: 180', 'vaerdi: 200').replace('vaerdi: 6693', 'vaerdi: 6713')],
      ]),
    ).toMatchInlineSnapshot(`
      "✖ content/status/kraeft-2024-05.yaml:18:7  felt: grupper[0].andel.vaerdi
        Tallene går ikke op (Andel af det forventede antal for Hæmatologisk kræft): kilden angiver 41 %, men gruppen ventes at bruge 2.000 WGS om året til nyhenviste (400 i HAEM-RR + 1.600 i HAEM-MYEL), dvs. 1.000 på 6 måneder; selv hvis alle 200 prøver siden start lå i perioden, giver det 200 / 1.000 = 20 %. Tallet kan derfor højst være 20 %.
        Sådan retter du det: Ret andelen eller prøvetallet for haematologisk-cancer, eller gruppens forventede antal, hvis et af dem er skrevet forkert af. Delene står i content/grupper/haematologisk-cancer.mdx, content/indikationer/HAEM-RR.yaml, content/indikationer/HAEM-MYEL.yaml. Afvigelsen er anerkendt med andre tal (angivet 41, beregnet 18); har du ændret et tal med vilje, så opdater angivet og beregnet og tjek, at forklaringen stadig passer.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      ✖ content/status/kraeft-2024-05.yaml:152:5  felt: afvigelser[0]
        Den anerkendte afvigelse (tjek status-andel, emne haematologisk-cancer) passer ikke længere: den er anerkendt med angivet 41 og beregnet 18, men nu er tallene angivet 41 og beregnet 20.
        Sådan retter du det: Har du ændret et tal med vilje, så opdater angivet og beregnet og tjek, at forklaringen stadig passer; ellers ret tallet tilbage.
        Fejltype: afvigelse-aendret (se docs/fejlkatalog.md)

      2 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('an acknowledgement whose discrepancy has gone', () => {
    expect(
      reportAfter('status-andel', [[STATUS, (t) => t.replace('      vaerdi: 41\n', '      vaerdi: 18\n')]]),
    ).toMatchInlineSnapshot(`
      "✖ content/status/kraeft-2024-05.yaml:152:5  felt: afvigelser[0]
        Den anerkendte afvigelse (tjek status-andel, emne haematologisk-cancer) findes ikke længere: tallene går nu op (gruppen ventes at bruge 2.000 WGS om året til nyhenviste (400 i HAEM-RR + 1.600 i HAEM-MYEL), dvs. 1.000 på 6 måneder; selv hvis alle 180 prøver siden start lå i perioden, giver det 180 / 1.000 = 18 %).
        Sådan retter du det: Fjern punktet afvigelser[0], så siden ikke længere viser forklaringen.
        Fejltype: afvigelse-forsvundet (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('an acknowledgement that names no comparison', () => {
    expect(
      reportAfter('status-andel', [
        [STATUS, (t) => t.replace('emne: haematologisk-cancer', 'emne: haematologisk-kraeft')],
      ]),
    ).toMatchInlineSnapshot(`
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

  it('an acknowledgement is shown where the figure lives, not elsewhere', () => {
    const moveAck = (t: string) =>
      t.replace(
        'kilder:\n  - { dokument: 003_08ae25ce05e9eb9b, sted: "Hele dokumentet" }\n',
        'kilder:\n  - { dokument: 003_08ae25ce05e9eb9b, sted: "Hele dokumentet" }\nafvigelser:\n  - tjek: status-andel\n    emne: haematologisk-cancer\n    angivet: 41\n    beregnet: 18\n    forklaring: Forklaringen står i den forkerte fil.\n    kilde: { dokument: 001_7389b4ecaf307271, sted: "Tabel 1" }\n',
      );
    expect(reportAfter('status-andel', [[GROUP, moveAck]])).toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx:160:5  felt: afvigelser[0]
        Den anerkendte afvigelse (tjek status-andel, emne haematologisk-cancer) svarer ikke til nogen sammenligning i content/grupper/haematologisk-cancer.mdx.
        Sådan retter du det: Tjekket status-andel sammenligner ingen tal i denne fil. Fjern punktet, eller flyt det til den fil, som fejlbeskeden nævnte.
        Fejltype: afvigelse-ukendt-emne (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });
});

describe('status rows and their groups', () => {
  it('a row naming a group that does not exist, without the mark', () => {
    expect(
      reportAfter('referencer', [
        [
          STATUS,
          (t) => t.replace('  - gruppe: boern-og-unge-med-kraeft\n', '  - gruppe: boern-og-unge-med-kraft\n'),
        ],
      ]),
    ).toMatchInlineSnapshot(`
      "✖ content/status/kraeft-2024-05.yaml:20:5  felt: grupper[1].gruppe
        Patientgruppen "boern-og-unge-med-kraft" findes ikke i content/grupper/.
        Sådan retter du det: Mente du "boern-og-unge-med-kraeft"? Skriv gruppen som filnavnet uden .mdx. Er gruppen ikke oprettet endnu, så opret content/grupper/boern-og-unge-med-kraft.mdx, eller skriv afventerGruppe: true i rækken, indtil den er.
        Fejltype: ukendt-gruppe (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a row still marked as waiting once its group exists', () => {
    project = tempProject({ nodeModules: false });
    project.edit(STATUS, (t) =>
      t.replace(
        '    navnIKilden: Hæmatologisk kræft\n',
        '    navnIKilden: Hæmatologisk kræft\n    afventerGruppe: true\n',
      ),
    );
    const problems = runChecks(project.root).problems.filter((p) => p.check === 'referencer');
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ content/status/kraeft-2024-05.yaml:14:5  felt: grupper[0].afventerGruppe
        Gruppen "haematologisk-cancer" findes nu i content/grupper/, men rækken er stadig markeret med afventerGruppe: true.
        Sådan retter du det: Slet linjen afventerGruppe: true, så rækken linker til gruppens side og indgår i tjekkene af andelene.
        Fejltype: afventer-gruppe (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });
});
