// `npm run ny -- gruppe <slug>` and `npm run ny -- indikation <KODE> --gruppe <slug>`:
// start a new content file from scripts/templates/, with every value to supply marked "UDFYLD: …".
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { indicationCodePattern } from '../schemas/indication.ts';
import { groupSlugPattern } from '../schemas/group-ref.ts';
import { readContent } from './lib/content.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const templates = fileURLToPath(new URL('templates/', import.meta.url));

const usage = `Brug:
  npm run ny -- gruppe <slug>                      fx npm run ny -- gruppe ny-gruppe
  npm run ny -- indikation <KODE> --gruppe <slug>  fx npm run ny -- indikation HAEM-NY --gruppe haematologisk-cancer
  npm run ny -- kilde <id>                         fx npm run ny -- kilde 005_0123456789abcdef
  npm run ny -- soegeord <slug>                    fx npm run ny -- soegeord ny-gruppe`;

/** A source document's id: the name of its text file without .txt (schemas/source.ts). */
const sourceIdPattern = /^\d{3}_[0-9a-f]{16}$/;

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`Template variable {{${key}}} has no value`);
    return String(values[key]);
  });
}

/** Writes the file unless it exists: a scaffold must never overwrite an editor's work. */
function create(path: string, text: string): string {
  const file = relative(root, path);
  try {
    writeFileSync(path, text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      fail(
        `${file} findes allerede og bliver ikke overskrevet. Ret i den eksisterende fil, eller vælg et andet navn.`,
      );
    throw e;
  }
  return file;
}

function placeholderCount(text: string): number {
  return text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .reduce((n, l) => n + (l.match(/\bUDFYLD\b/g)?.length ?? 0), 0);
}

export function newGroup(slug: string | undefined): string {
  if (!slug) fail(`Skriv gruppens slug efter "gruppe".\n${usage}`);
  if (!groupSlugPattern.test(slug)) {
    fail(
      `"${slug}" kan ikke bruges som slug. Brug små bogstaver a-z, tal og bindestreger, uden æ, ø og å (skriv ae, oe og aa), fx boern-og-unge-med-kraeft.`,
    );
  }
  const text = fill(readFileSync(join(templates, 'gruppe.mdx'), 'utf8'), { slug });
  const pageText = fill(readFileSync(join(templates, 'patientside.mdx'), 'utf8'), { slug });
  // Every group has a page for patients (scripts/checks/patient-pages.ts); check both paths before writing either.
  const pagePath = join(root, 'content', 'patienter', `${slug}.mdx`);
  const groupPath = join(root, 'content', 'grupper', `${slug}.mdx`);
  for (const path of [groupPath, pagePath]) {
    if (existsSync(path))
      fail(
        `${relative(root, path)} findes allerede og bliver ikke overskrevet. Ret i den eksisterende fil, eller vælg et andet navn.`,
      );
  }
  const termsText = fill(readFileSync(join(templates, 'soegeord.yaml'), 'utf8'), { slug });
  const termsPath = join(root, 'content', 'soegeord', `${slug}.yaml`);
  const file = create(groupPath, text);
  const page = create(pagePath, pageText);
  // The search words are a help, not a rule: an existing file is kept and the group still gets made.
  const terms = existsSync(termsPath) ? undefined : create(termsPath, termsText);
  return `Oprettet ${file} med ${placeholderCount(text)} pladsholdere (UDFYLD).
Oprettet ${page} (siden for patienter og pårørende, med de faste overskrifter) med ${placeholderCount(pageText)} pladsholdere (UDFYLD).
${terms ? `Oprettet ${terms} (søgeord) med ${placeholderCount(termsText)} pladsholdere (UDFYLD).\n` : ''}⚠ Gruppen har endnu ingen indikationer. Dens side viser ingen kriterier eller tal, før du opretter dem.
Næste skridt:
  1. Udfyld pladsholderne i filerne; kommentarerne i filerne forklarer hvert felt.
  2. Opret gruppens indikationer med npm run ny -- indikation <KODE> --gruppe ${slug}.
  3. Kør npm run check; den viser de pladsholdere og fejl, der er tilbage, med linjenummer, og sidens LIX.`;
}

export function newSource(id: string | undefined): string {
  if (!id) fail(`Skriv kildens id efter "kilde".\n${usage}`);
  if (!sourceIdPattern.test(id))
    fail(
      `"${id}" kan ikke bruges som id. Id'et er tekstfilens navn uden .txt: tre cifre, en understreg og 16 tegn 0-9 og a-f, fx 003_08ae25ce05e9eb9b.`,
    );
  const text = fill(readFileSync(join(templates, 'kilde.yaml'), 'utf8'), { id });
  const file = create(join(root, 'content', 'kilder', `${id}.yaml`), text);
  return `Oprettet ${file} med ${placeholderCount(text)} pladsholdere (UDFYLD).
Næste skridt:
  1. Udfyld pladsholderne; kommentarerne i filen forklarer hvert felt.
  2. Henvis til dokumentet med kilde: { dokument: ${id}, sted: "afsnit, side" }, og kør npm run check.`;
}

export function newSearchTerms(slug: string | undefined): string {
  if (!slug) fail(`Skriv emnets navn efter "soegeord".\n${usage}`);
  if (!groupSlugPattern.test(slug))
    fail(
      `"${slug}" kan ikke bruges som filnavn. Brug små bogstaver a-z, tal og bindestreger, fx haematologisk-cancer.`,
    );
  const text = fill(readFileSync(join(templates, 'soegeord.yaml'), 'utf8'), { slug });
  const file = create(join(root, 'content', 'soegeord', `${slug}.yaml`), text);
  return `Oprettet ${file} med ${placeholderCount(text)} pladsholdere (UDFYLD).
Næste skridt:
  1. Udfyld pladsholderne, og tilføj flere ord som i content/soegeord/README.md.
  2. Kør npm run check; et ord, der allerede står et andet sted, bliver meldt.`;
}

export function newIndication(code: string | undefined, group: string | undefined): string {
  if (!code) fail(`Skriv indikationens kode efter "indikation".\n${usage}`);
  if (!indicationCodePattern.test(code)) {
    fail(
      `"${code}" kan ikke bruges som kode. Koden er gruppens forbogstaver med store bogstaver, en bindestreg og et kort navn (A-Z og 0-9, højst 8 tegn), fx HAEM-MYEL.`,
    );
  }
  if (!group) fail(`Skriv, hvilken patientgruppe indikationen hører til, med --gruppe <slug>.\n${usage}`);
  const entries = readContent(root);
  const groups = entries.filter((e) => e.collection === 'grupper').map((e) => e.id);
  if (!groups.includes(group)) {
    fail(
      `Patientgruppen "${group}" findes ikke i content/grupper/. Brug en af: ${groups.join(', ')}, eller opret gruppen først med npm run ny -- gruppe ${group}.`,
    );
  }
  const indications = entries.filter((e) => e.collection === 'indikationer');
  const taken = indications.find((e) => e.id.toUpperCase() === code.toUpperCase());
  if (taken)
    fail(`${taken.file} findes allerede og bliver ikke overskrevet. Koden ${code} er i brug; vælg en anden.`);

  const own = indications
    .map((e) => e.data as { gruppe?: unknown; nummer?: unknown; kode?: unknown })
    .filter((d) => d?.gruppe === group);
  // The code's prefix names the group; a new code keeps the prefix the group already uses.
  const prefixes = new Set(own.map((d) => String(d.kode ?? '').split('-')[0]).filter(Boolean));
  const prefix = code.split('-')[0];
  if (prefixes.size === 1 && !prefixes.has(prefix!)) {
    const [used] = prefixes;
    fail(
      `Gruppen ${group} bruger koder, der begynder med ${used}-. Kald indikationen ${used}-${code.split('-')[1]} eller lignende.`,
    );
  }
  const numbers = own.map((d) => d.nummer).filter((n): n is number => typeof n === 'number');
  const nummer = numbers.length ? Math.max(...numbers) + 1 : 1;

  const text = fill(readFileSync(join(templates, 'indikation.yaml'), 'utf8'), {
    kode: code,
    gruppe: group,
    nummer,
  });
  const file = create(join(root, 'content', 'indikationer', `${code}.yaml`), text);
  return `Oprettet ${file} (indikation nummer ${nummer} i ${group}) med ${placeholderCount(text)} pladsholdere (UDFYLD).
Næste skridt:
  1. Udfyld pladsholderne; kommentarerne i filen forklarer hvert felt. Slet de felter, kilden ikke nævner.
  2. Kør npm run check; den viser de pladsholdere og fejl, der er tilbage, med linjenummer.
  3. Se siden med npm run dev på http://localhost:4321/indikationer/${code}/.`;
}

export function main(argv: string[]): string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { gruppe: { type: 'string' }, hjaelp: { type: 'boolean', short: 'h' } },
    });
  } catch {
    fail(
      `Ukendt eller ufuldstændigt tilvalg i: ${argv.join(' ')}. Det eneste tilvalg er --gruppe <slug>.\n${usage}`,
    );
  }
  const { positionals, values } = parsed;
  const [what, name, ...rest] = positionals;
  if (values.hjaelp || !what) return usage;
  if (rest.length) fail(`For mange ord: ${rest.join(' ')}.\n${usage}`);
  if (what === 'gruppe') {
    if (values.gruppe) fail(`--gruppe bruges kun ved en ny indikation.\n${usage}`);
    return newGroup(name);
  }
  if (what === 'indikation') return newIndication(name, values.gruppe);
  if (values.gruppe) fail(`--gruppe bruges kun ved en ny indikation.\n${usage}`);
  if (what === 'kilde') return newSource(name);
  if (what === 'soegeord') return newSearchTerms(name);
  fail(
    `Ukendt slags indhold: "${what}". Der kan oprettes en gruppe, en indikation, en kilde eller søgeord.\n${usage}`,
  );
}

if (import.meta.main) {
  try {
    console.log(main(process.argv.slice(2)));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`✖ ${e.message}`);
    process.exitCode = 1;
  }
}
