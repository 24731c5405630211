import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../../scripts/lib/check.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { patientPageSchema } from '../../schemas/patient-page.ts';
import { glossaryTermSchema } from '../../schemas/glossary.ts';
import { fixtureRoot, tempProject } from '../helpers/temp-project.ts';
import { hardParagraph } from '../helpers/hard-text.ts';

// Editors read these messages; the snapshots make every change of wording visible in review.
const PAGE = 'content/patienter/haematologisk-cancer.mdx';
const WHY = '## Hvorfor kan undersøgelsen hjælpe mig?\n\n';

let project: ReturnType<typeof tempProject> | undefined;
afterEach(() => project?.cleanup());

/**
 * Deletes a patient page from a fresh project together with the search words' links to it
 * (`sider` in content/soegeord/), so that only the rule under test reports; a link to a page that does
 * not exist is a rule of its own, tested in content-errors.test.ts.
 */
function withoutPatientPage(file: string, path: string) {
  project = tempProject({ nodeModules: false });
  rmSync(join(project.root, file));
  const dir = join(project.root, 'content/soegeord');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    if (!readFileSync(join(dir, name), 'utf8').includes(path)) continue;
    project.edit(`content/soegeord/${name}`, (t) =>
      t.replace(/^( *)sider: \[(.*)\]\n/gm, (_line, indent: string, list: string) => {
        const rest = list
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== path);
        return rest.length ? `${indent}sider: [${rest.join(', ')}]\n` : '';
      }),
    );
  }
  return runChecks(project.root);
}

function checkAfter(file: string, change: (text: string) => string) {
  project = tempProject({ nodeModules: false });
  project.edit(file, change);
  return runChecks(project.root);
}

describe('readability of patient pages', () => {
  it('every patient page in the fixture content is at most LIX 40, and the summary says so', () => {
    const { problems, notes } = runChecks(fixtureRoot);
    expect(problems).toEqual([]);
    const line = notes.find((n) => n.startsWith('Læsbarhed'));
    expect(line).toMatch(/haematologisk-cancer \d+/);
    for (const [, value] of line!.matchAll(/ (\d+)(?=[,.])/g)) expect(Number(value)).toBeLessThanOrEqual(40);
  });

  it('a hard paragraph added to a real page makes it fail with the file and its LIX', () => {
    const { problems } = checkAfter(PAGE, (t) => t.replace(WHY, `${WHY}${hardParagraph(4)}\n`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ check: 'læsbarhed', file: PAGE });
    expect(problems[0]?.message).toMatch(/LIX er (\d+)/);
    expect(Number(problems[0]?.message.match(/LIX er (\d+)/)?.[1])).toBeGreaterThan(40);
  });

  it('the message names the file, its LIX and its longest sentences', () => {
    // A fixed body, so the snapshot changes only when the wording of the message changes.
    const { problems } = checkAfter(
      PAGE,
      (t) =>
        `${t.slice(0, t.indexOf('\n---\n') + 5)}\n## Hvad er det?\n\nEn kort og let sætning.\n\n${hardParagraph()}`,
    );
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ content/patienter/haematologisk-cancer.mdx:19
        Teksten er for svær til en side for patienter: LIX er 76 (meget svær), men grænsen er 40. Siden har 144 ord i 7 sætninger, og 80 af ordene er lange (over seks bogstaver).
        Sådan retter du det: Del lange sætninger op, og skift lange ord ud med kortere, eller forklar dem i ordlisten. Begynd med de længste sætninger:
          - linje 19, 34 ord: "Forudsætningen herfor er imidlertid, at analyseresultaterne foreligger inden for en klinisk relevant tidsramme og fortolkes i et multidis..."
          - linje 19, 32 ord: "Helgenomsekventering forventes at kunne bidrage til identifikation af sygdomsdrivende varianter, herunder strukturelle varianter og varia..."
          - linje 19, 22 ord: "Specialistnetværket understreger endvidere, at informeret samtykke skal indhentes efter gældende retningslinjer, herunder stillingtagen t..."
        Fejltype: for-svaer-tekst (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a page that is not valid MDX gets one message with its line', () => {
    const { problems } = checkAfter(PAGE, (t) => t.replace(WHY, `${WHY}Prisen er {ukendt.\n\n`));
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ content/patienter/haematologisk-cancer.mdx:49
        Teksten kan ikke læses som MDX (Unexpected end of file in expression, expected a corresponding closing brace for \`{\`).
        Sådan retter du det: I MDX starter { en kodestump og < en komponent. Skriv \\{ eller &lt;, hvis du mener tegnet, og tjek at hver komponent er lukket, fx <Term id="germline">germline</Term>.
        Fejltype: mdx (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });
});

describe('patient pages and groups', () => {
  it('a group without a patient page is reported on the group file', () => {
    const { problems } = withoutPatientPage(PAGE, '/patienter/haematologisk-cancer/');
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ content/grupper/haematologisk-cancer.mdx
        Patientgruppen "haematologisk-cancer" har ingen side for patienter og pårørende.
        Sådan retter du det: Opret content/patienter/haematologisk-cancer.mdx med "gruppe: haematologisk-cancer" i toppen. Brug en af de andre sider i content/patienter/ som forlæg.
        Fejltype: patientside-mangler (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('two patient pages for one group', () => {
    const { problems } = checkAfter('content/patienter/primaer-immundefekt.mdx', (t) =>
      t.replace('gruppe: primaer-immundefekt', 'gruppe: haematologisk-cancer'),
    );
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ content/patienter/primaer-immundefekt.mdx:7:1  felt: gruppe
        Patientgruppen "haematologisk-cancer" har allerede en side for patienter: content/patienter/haematologisk-cancer.mdx.
        Sådan retter du det: Hver patientgruppe har én side for patienter. Flyt teksten over i den første side, og slet denne fil. Er siden til gruppen "primaer-immundefekt", som filnavnet siger, så skriv gruppe: primaer-immundefekt.
        Fejltype: patientside-dobbelt (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a citation in the text that names no real source or no place', () => {
    const { problems } = checkAfter(PAGE, (t) =>
      t.replace(
        '<Kilde dokument="003_08ae25ce05e9eb9b" sted="Indikation 1, Kliniske symptomer" />',
        '<Kilde dokument="003_08ae25ce05e9eb9c" sted="" />',
      ),
    );
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ content/patienter/haematologisk-cancer.mdx:45  felt: <Kilde dokument>
        Kilden "003_08ae25ce05e9eb9c" findes ikke i content/kilder/.
        Sådan retter du det: Mente du "003_08ae25ce05e9eb9b"?
        Fejltype: ukendt-kilde (se docs/fejlkatalog.md)

      ✖ content/patienter/haematologisk-cancer.mdx:45  felt: <Kilde sted>
        En <Kilde> siger ikke, hvor i dokumentet oplysningen står.
        Sådan retter du det: Tilføj sted="…" med afsnittet (og siden, hvis den kendes), fx sted="resuméet, afsnittet om antal patienter".
        Fejltype: kilde-uden-sted (se docs/fejlkatalog.md)

      2 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('the general page every patient page links to must exist', () => {
    const { problems } = withoutPatientPage(
      'content/patienter/hvad-er-helgenomsekventering.mdx',
      '/patienter/hvad-er-helgenomsekventering/',
    );
    expect(problems.map((p) => [p.check, p.file])).toEqual([
      ['patientsider', 'content/patienter/hvad-er-helgenomsekventering.mdx'],
    ]);
  });

  it('a page may name an agreed group that is not on the site yet, or a group in content/grupper/, but no other slug', () => {
    const base = {
      titel: 'En side',
      linktekst: 'En side',
      ingress: 'En ingress på mindst tyve tegn.',
      kilder: [{ dokument: '001_7389b4ecaf307271', sted: 'Resumé' }],
    };
    expect(patientPageSchema.safeParse({ ...base, gruppe: 'primaer-immundefekt' }).success).toBe(true);
    expect(patientPageSchema.safeParse({ ...base, gruppe: 'Blodkræft' }).success).toBe(false);
    expect(patientPageSchema.safeParse(base).success).toBe(true);

    // An agreed group whose clinician page is gone is fine; a slug that is neither agreed nor a group is not.
    project = tempProject({ nodeModules: false });
    rmSync(join(project.root, 'content/grupper/primaer-immundefekt.mdx'));
    rmSync(join(project.root, 'content/indikationer/PID-IEI.yaml'));
    expect(runChecks(project.root).problems.filter((p) => p.file.startsWith('content/patienter/'))).toEqual(
      [],
    );
    project.edit('content/patienter/primaer-immundefekt.mdx', (t) =>
      t.replace('gruppe: primaer-immundefekt', 'gruppe: blodkraeft'),
    );
    const problems = runChecks(project.root).problems.filter((p) => p.file.startsWith('content/patienter/'));
    expect(problems.map((p) => [p.check, p.kind, p.field])).toEqual([
      ['referencer', 'ukendt-gruppe', 'gruppe'],
    ]);
  });
});

describe('glossary links', () => {
  it('a <Term> with an id that is not in the glossary', () => {
    const { problems } = checkAfter(PAGE, (t) =>
      t.replace('<Term id="procestid">', '<Term id="procestider">'),
    );
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ content/patienter/haematologisk-cancer.mdx:95  felt: <Term id>
        <Term id="procestider"> henviser til et ord, der ikke findes i ordlisten.
        Sådan retter du det: Mente du "procestid"?
        Fejltype: ukendt-term (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('a "se" reference to a term that does not exist', () => {
    const { problems } = checkAfter('content/ordliste/procestid.yaml', (t) =>
      t.replace('se: [svartid]', 'se: [svartiden]'),
    );
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ content/ordliste/procestid.yaml:8:6  felt: se[0]
        Ordet "svartiden" findes ikke i ordlisten.
        Sådan retter du det: Mente du "svartid"?
        Fejltype: ukendt-ord (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('term ids are lower case words with dashes', () => {
    const term = {
      term: 'germline',
      kort: 'En forklaring på mindst tyve tegn.',
      kilder: [{ dokument: '001_7389b4ecaf307271', sted: 'Resumé' }],
    };
    expect(glossaryTermSchema.safeParse({ ...term, se: ['somatisk'] }).success).toBe(true);
    expect(glossaryTermSchema.safeParse({ ...term, se: ['Somatisk analyse'] }).success).toBe(false);
    expect(glossaryTermSchema.safeParse({ ...term, kilder: [] }).success).toBe(false);
  });
});
