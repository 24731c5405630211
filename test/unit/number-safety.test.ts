import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../scripts/lib/check.ts';
import { tempProject } from '../helpers/temp-project.ts';
import { readContent } from '../../scripts/lib/content.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { checkSchemas } from '../../scripts/checks/schema.ts';
import { consistencyCheck } from '../../scripts/lib/consistency.ts';
import { groupSums } from '../../src/domain/rules/group-sums.ts';
import { newlyPreviously } from '../../src/domain/rules/newly-previously.ts';
import { checkTolerances, allowedTolerance } from '../../scripts/checks/tolerance.ts';
import type { CheckContext } from '../../scripts/lib/rule.ts';
import type { Problem } from '../../scripts/lib/problem.ts';
import { errorKinds, templatePattern, type ErrorKind } from '../../scripts/lib/error-kinds.ts';

// A made-up group with two indications (test/fixtures/tal), copied and changed per test, so the
// messages are pinned on fixture figures and not on the site's content.
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'tal');
const GROUP = 'content/grupper/testgruppe.mdx';
const A = 'content/indikationer/TEST-A.yaml';

let root: string | undefined;
let project: ReturnType<typeof tempProject> | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  project?.cleanup();
  root = project = undefined;
});

function fixture(changes: Record<string, (text: string) => string> = {}): CheckContext {
  root = mkdtempSync(join(tmpdir(), 'tal-'));
  cpSync(FIXTURE, root, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const path = join(root, file);
    const before = (() => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return '';
      }
    })();
    const after = change(before);
    if (after === before) throw new Error(`The change of ${file} changed nothing.`);
    writeFileSync(path, after);
  }
  return { root, raw: readContent(root) };
}

/** The problems as an editor reads them; each one's wording must still match its kind's template. */
function report(ctx: CheckContext, checks: ((c: CheckContext) => Problem[])[]): string {
  const problems = checks.flatMap((c) => c(ctx));
  for (const p of problems) {
    const kind: ErrorKind = errorKinds[p.kind];
    expect([kind.check].flat()).toContain(p.check);
    if (kind.template) expect(p.message).toMatch(templatePattern(kind.template));
  }
  return formatReport(problems);
}
const checkGroupSums = consistencyCheck(groupSums).run;
const checkNewlyPreviously = consistencyCheck(newlyPreviously).run;
const sums = [checkSchemas, checkTolerances, checkGroupSums, checkNewlyPreviously];

/** A third indication with 40 newly referred patients, 2 WGS each, added to the group. */
const newIndication = (text: string) =>
  text
    ? text
    : readFileSync(join(FIXTURE, A), 'utf8')
        .replaceAll('TEST-A', 'TEST-C')
        .replace('nummer: 1', 'nummer: 3')
        .replace('vaerdi: 300', 'vaerdi: 40')
        .replace(/ {2}tidligereHenviste:[\s\S]*$/, '');

describe('number safety', () => {
  it('the fixture is valid, so every message below comes from the one change', () => {
    expect(report(fixture(), sums)).toBe('');
  });

  it('a count written with a Danish thousands separator (1.450, which YAML reads as 1,45)', () => {
    const ctx = fixture({ [A]: (t) => t.replace('vaerdi: 300', 'vaerdi: 1.450') });
    expect(report(ctx, [checkSchemas])).toMatchInlineSnapshot(`
      "✖ content/indikationer/TEST-A.yaml:28:7  felt: kvote.nyhenviste.patienter.vaerdi
        Antallet "1.450" bliver læst som kommatallet 1,45. Skriv 1450 uden punktum.
        Sådan retter du det: Et antal skrives som et helt tal med cifre og uden punktum, komma eller mellemrum mellem tusinderne, fx 1450.
        Fejltype: tusindtalsskilletegn (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a count written with a comma (1,450, which YAML reads as text)', () => {
    const ctx = fixture({ [A]: (t) => t.replace('vaerdi: 300', 'vaerdi: 1,450') });
    expect(report(ctx, [checkSchemas])).toMatchInlineSnapshot(`
      "✖ content/indikationer/TEST-A.yaml:28:7  felt: kvote.nyhenviste.patienter.vaerdi
        Antallet "1,450" bliver læst som teksten "1,450". Skriv 1450 uden komma.
        Sådan retter du det: Et antal skrives som et helt tal med cifre og uden punktum, komma eller mellemrum mellem tusinderne, fx 1450.
        Fejltype: tusindtalsskilletegn (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a count that is not a whole number', () => {
    const ctx = fixture({ [A]: (t) => t.replace('vaerdi: 300', 'vaerdi: 12.5') });
    expect(report(ctx, [checkSchemas])).toMatchInlineSnapshot(`
      "✖ content/indikationer/TEST-A.yaml:28:7  felt: kvote.nyhenviste.patienter.vaerdi
        Antallet 12,5 er ikke et helt tal.
        Sådan retter du det: Et antal skrives som et helt tal med cifre og uden punktum, komma eller mellemrum mellem tusinderne, fx 1450.
        Fejltype: ikke-heltal (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a new indication: the message names the figure to write and every sum that follows from it', () => {
    const ctx = fixture({ 'content/indikationer/TEST-C.yaml': newIndication });
    expect(report(ctx, sums)).toMatchInlineSnapshot(`
      "✖ content/grupper/testgruppe.mdx:12:5  felt: patienterPrAar.nyhenviste.vaerdi
        Tallene går ikke op (Nyhenviste patienter om året for Testgruppe mod summen af indikationerne): kilden angiver 500 patienter, men 300 (TEST-A) + 200 (TEST-B) + 40 (TEST-C) = 540 patienter. Forskellen er 40.
        Sådan retter du det: Hører alle delene med, så skriv 540 i patienterPrAar.nyhenviste.vaerdi (linje 12). Ellers: Ret gruppens patienterPrAar.nyhenviste, eller tallet i den indikation, der er forkert (TEST-A, TEST-B, TEST-C). Delene står i content/indikationer/TEST-A.yaml, content/indikationer/TEST-B.yaml, content/indikationer/TEST-C.yaml. Står tallene sådan i kilden, så anerkend afvigelsen i content/grupper/testgruppe.mdx under afvigelser: { tjek: gruppe-sum, emne: nyhenviste-patienter, angivet: 500, beregnet: 540, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      ✖ content/grupper/testgruppe.mdx:21:5  felt: wgsPrAar.nyhenviste.vaerdi
        Tallene går ikke op (WGS om året til nyhenviste for Testgruppe mod summen af indikationerne): kilden angiver 1.000 WGS, men 600 (TEST-A) + 400 (TEST-B) + 80 (TEST-C) = 1.080 WGS. Forskellen er 80.
        Sådan retter du det: Hører alle delene med, så skriv 1080 i wgsPrAar.nyhenviste.vaerdi (linje 21). Skriv så også 1200 i wgsPrAar.iAlt.vaerdi (linje 27) og 1200 i wgsPrAar.maksimum.vaerdi (linje 30): de tal bygger på det første og går ellers ikke op bagefter. Ellers: Ret gruppens wgsPrAar.nyhenviste, eller tallet i den indikation, der er forkert (TEST-A, TEST-B, TEST-C). Delene står i content/indikationer/TEST-A.yaml, content/indikationer/TEST-B.yaml, content/indikationer/TEST-C.yaml. Står tallene sådan i kilden, så anerkend afvigelsen i content/grupper/testgruppe.mdx under afvigelser: { tjek: gruppe-sum, emne: wgs-nyhenviste, angivet: 1000, beregnet: 1080, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      ✖ content/grupper/testgruppe.mdx:27:5  felt: wgsPrAar.iAlt.vaerdi
        Tallene går ikke op (WGS om året i alt for Testgruppe mod summen af indikationerne): kilden angiver 1.120 WGS, men 680 (TEST-A) + 440 (TEST-B) + 80 (TEST-C) = 1.200 WGS. Forskellen er 80.
        Sådan retter du det: Hører alle delene med, så skriv 1200 i wgsPrAar.iAlt.vaerdi (linje 27). Ellers: Ret gruppens wgsPrAar.iAlt, eller tallet i den indikation, der er forkert (TEST-A, TEST-B, TEST-C). Delene står i content/indikationer/TEST-A.yaml, content/indikationer/TEST-B.yaml, content/indikationer/TEST-C.yaml. Står tallene sådan i kilden, så anerkend afvigelsen i content/grupper/testgruppe.mdx under afvigelser: { tjek: gruppe-sum, emne: wgs-i-alt, angivet: 1120, beregnet: 1200, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      3 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a tolerance may not hide a whole indication', () => {
    const ctx = fixture({
      'content/indikationer/TEST-C.yaml': newIndication,
      [GROUP]: (t) =>
        t.replace(
          '    vaerdi: 500\n    kvalifikator: ca.\n',
          '    vaerdi: 500\n    kvalifikator: ca.\n    tolerance: 50\n',
        ),
    });
    // 50 is within the rounding of "ca. 500", so only the rule about whole parts refuses it.
    expect(report(ctx, [checkTolerances, checkGroupSums])).toMatchInlineSnapshot(`
      "✖ content/grupper/testgruppe.mdx:12:5  felt: patienterPrAar.nyhenviste.vaerdi
        Feltet tolerance skjuler en hel del (Nyhenviste patienter om året for Testgruppe mod summen af indikationerne): kilden angiver 500 patienter, men 300 (TEST-A) + 200 (TEST-B) + 40 (TEST-C) = 540 patienter. Forskellen er 40, lige så meget som hele TEST-C (40 patienter).
        Sådan retter du det: En tolerance dækker kun kildens afrunding, aldrig en hel indikation. Fjern tolerance, og skriv 540 i patienterPrAar.nyhenviste.vaerdi (linje 12). Delene står i content/indikationer/TEST-A.yaml, content/indikationer/TEST-B.yaml, content/indikationer/TEST-C.yaml.
        Fejltype: tolerance-skjuler-del (se docs/fejlkatalog.md)

      ✖ content/grupper/testgruppe.mdx:22:5  felt: wgsPrAar.nyhenviste.vaerdi
        Tallene går ikke op (WGS om året til nyhenviste for Testgruppe mod summen af indikationerne): kilden angiver 1.000 WGS, men 600 (TEST-A) + 400 (TEST-B) + 80 (TEST-C) = 1.080 WGS. Forskellen er 80.
        Sådan retter du det: Hører alle delene med, så skriv 1080 i wgsPrAar.nyhenviste.vaerdi (linje 22). Skriv så også 1200 i wgsPrAar.iAlt.vaerdi (linje 28) og 1200 i wgsPrAar.maksimum.vaerdi (linje 31): de tal bygger på det første og går ellers ikke op bagefter. Ellers: Ret gruppens wgsPrAar.nyhenviste, eller tallet i den indikation, der er forkert (TEST-A, TEST-B, TEST-C). Delene står i content/indikationer/TEST-A.yaml, content/indikationer/TEST-B.yaml, content/indikationer/TEST-C.yaml. Står tallene sådan i kilden, så anerkend afvigelsen i content/grupper/testgruppe.mdx under afvigelser: { tjek: gruppe-sum, emne: wgs-nyhenviste, angivet: 1000, beregnet: 1080, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      ✖ content/grupper/testgruppe.mdx:28:5  felt: wgsPrAar.iAlt.vaerdi
        Tallene går ikke op (WGS om året i alt for Testgruppe mod summen af indikationerne): kilden angiver 1.120 WGS, men 680 (TEST-A) + 440 (TEST-B) + 80 (TEST-C) = 1.200 WGS. Forskellen er 80.
        Sådan retter du det: Hører alle delene med, så skriv 1200 i wgsPrAar.iAlt.vaerdi (linje 28). Ellers: Ret gruppens wgsPrAar.iAlt, eller tallet i den indikation, der er forkert (TEST-A, TEST-B, TEST-C). Delene står i content/indikationer/TEST-A.yaml, content/indikationer/TEST-B.yaml, content/indikationer/TEST-C.yaml. Står tallene sådan i kilden, så anerkend afvigelsen i content/grupper/testgruppe.mdx under afvigelser: { tjek: gruppe-sum, emne: wgs-i-alt, angivet: 1120, beregnet: 1200, forklaring: "…", kilde: { dokument: …, sted: "…" } }.
        Fejltype: tal-gaar-ikke-op (se docs/fejlkatalog.md)

      3 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a tolerance larger than the rounding the source states', () => {
    const ctx = fixture({
      [GROUP]: (t) => t.replace('    vaerdi: 60\n', '    vaerdi: 60\n    tolerance: 5\n'),
    });
    expect(report(ctx, [checkTolerances])).toMatchInlineSnapshot(`
      "✖ content/grupper/testgruppe.mdx:18:5  felt: tidligereHenviste.patienter.tolerance
        Tolerancen 5 er større end kildens afrunding: kilden angiver 60 uden "ca.", så tallet kan højst være 0,5 ved siden af.
        Sådan retter du det: Sæt tolerance til højst 0,5, eller fjern feltet. Går summen ikke op, så ret tallet eller delene, eller anerkend afvigelsen under afvigelser; en tolerance må ikke skjule en hel indikation.
        Fejltype: tolerance-for-stor (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('the rounding a figure allows', () => {
    expect(allowedTolerance({ vaerdi: 2200, kvalifikator: 'ca.' }).max).toBe(50);
    expect(allowedTolerance({ vaerdi: 500, kvalifikator: 'ca.' }).max).toBe(50);
    expect(allowedTolerance({ vaerdi: 540, kvalifikator: 'ca.' }).max).toBe(5);
    expect(allowedTolerance({ vaerdi: 500 }).max).toBe(0.5);
    expect(allowedTolerance({ vaerdi: 2.5 }).max).toBeCloseTo(0.05);
  });

  it('one tab in a YAML file gives one problem', () => {
    const ctx = fixture({
      [A]: (t) => t.replace('  nyhenviste:\n    patienter:', '  nyhenviste:\n\tpatienter:'),
    });
    expect(report(ctx, [checkSchemas])).toMatchInlineSnapshot(`
      "✖ content/indikationer/TEST-A.yaml:27:1
        Filen kan ikke læses som YAML: linjen er rykket ind med tabulator; YAML kræver mellemrum.
        Sådan retter du det: Tjek indrykning (mellemrum, ikke tabulator), kolon efter feltnavne og anførselstegn omkring tekst med kolon.
        Fejltype: yaml (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('one tab in a YAML file gives one problem in the whole run, not its echoes in other checks', () => {
    project = tempProject({ nodeModules: false });
    const group = readdirSync(join(project.root, 'content', 'grupper'))[0]!;
    // The first indented line of the group's frontmatter, indented with a tab instead.
    project.edit(`content/grupper/${group}`, (t) => t.replace(/\n {2}(\S)/, '\n\t$1'));
    const { problems } = runChecks(project.root);
    expect(problems.map((p) => [p.file, p.kind])).toEqual([[`content/grupper/${group}`, 'yaml']]);
  });
});
