import { consistencyCheckIds } from '../../schemas/discrepancy.ts';

/**
 * Every kind of error the content checks can report, with the wording editors see.
 *
 * `template` is the message with `…` where the file's own values go. CONTRIBUTING.md has one section per
 * kind (its heading ends with the kind in backticks) that quotes the template and says how to fix it.
 * test/unit/content-errors.test.ts fails when a check emits a kind missing here or a template no longer matches
 * what the check prints, and test/unit/contributing.test.ts when CONTRIBUTING.md leaves a kind out, so the
 * guide cannot drift.
 */
export interface ErrorKind {
  /** The check that reports it (the `check` field of the problem); a list when several checks share the wording. */
  check: string | readonly string[];
  /** Message as the editor reads it; `…` stands for values from the file. Absent when the wording comes from elsewhere. */
  template?: string;
}

/** The checks that compare figures; they share their messages (scripts/lib/consistency.ts). */
const consistencyChecks = consistencyCheckIds;

export const errorKinds = {
  // scripts/checks/schema.ts and scripts/lib/schema-issues.ts
  yaml: { check: 'skema', template: 'Filen kan ikke læses som YAML: …' },
  mangler: { check: 'skema', template: 'Feltet mangler, men det er påkrævet.' },
  'forkert-type': { check: 'skema', template: 'Forkert type: forventede …, men fik ….' },
  tusindtalsskilletegn: { check: 'skema', template: 'Antallet "…" bliver læst som …. Skriv … uden ….' },
  'ikke-heltal': { check: 'skema', template: 'Antallet … er ikke et helt tal.' },
  'for-kort-tekst': { check: 'skema', template: '… er for kort: teksten skal have mindst … tegn.' },
  'for-lang-tekst': { check: 'skema', template: '… er for lang: teksten skal have højst … tegn.' },
  'for-lille-tal': { check: 'skema', template: '… er for lille: værdien skal være mindst ….' },
  'for-stort-tal': { check: 'skema', template: '… er for stort: værdien skal være højst ….' },
  'for-faa-punkter': { check: 'skema', template: 'Listen har for få punkter: listen skal have mindst ….' },
  'for-mange-punkter': {
    check: 'skema',
    template: 'Listen har for mange punkter: listen skal have højst ….',
  },
  'ugyldig-vaerdi': { check: 'skema', template: 'Værdien … er ikke tilladt her.' },
  'ukendt-felt': { check: 'skema', template: 'Ukendt felt: ….' },
  'forkert-form': { check: 'skema', template: '… har ikke den rigtige form.' },
  'ingen-tilladt-form': { check: 'skema', template: '… passer ikke til nogen af de tilladte former.' },
  // The message is the rule's own (an `error:` in schemas/*.ts); CONTRIBUTING.md lists each of them.
  regel: { check: 'skema' },
  // Anything else zod reports, in zod's own (Danish) words; no schema of ours produces it today.
  andet: { check: 'skema' },
  // scripts/checks/references.ts
  'ukendt-kilde': {
    check: ['referencer', 'patientsider'],
    template: 'Kilden "…" findes ikke i content/kilder/.',
  },
  'ukendt-gruppe': { check: 'referencer', template: 'Patientgruppen "…" findes ikke i content/grupper/.' },
  'kode-filnavn': { check: 'referencer', template: 'Koden "…" svarer ikke til filnavnet "….yaml".' },
  'kilde-filnavn': { check: 'referencer', template: 'Filnavnet "…" svarer ikke til kildens id "…".' },
  // scripts/checks/references.ts (status rows; a row naming no group uses ukendt-gruppe)
  'afventer-gruppe': {
    check: 'referencer',
    template:
      'Gruppen "…" findes nu i content/grupper/, men rækken er stadig markeret med afventerGruppe: true.',
  },
  // scripts/checks/built-links.ts, link-texts.ts and inline-handlers.ts: run on the built HTML at the end of the build
  'link-uden-for-sti': {
    check: 'links',
    template: '… peger på …, som ligger uden for sitets sti …. (på siden …)',
  },
  'link-uden-skraastreg': {
    check: 'links',
    template: '… peger på … uden skråstreg til sidst, men siden ligger på …. (på siden …)',
  },
  'link-findes-ikke': { check: 'links' },
  'anker-findes-ikke': { check: 'links' },
  'uklar-linktekst': { check: 'linktekst' },
  'inline-script': { check: 'inline-script' },
  // scripts/checks/tolerance.ts
  'tolerance-for-stor': {
    check: 'tolerance',
    template:
      'Tolerancen … er større end kildens afrunding: kilden angiver …, så tallet kan højst være … ved siden af.',
  },
  // scripts/lib/consistency.ts, shared by the checks that compare figures (the `tjek` of an acknowledgement)
  'tal-gaar-ikke-op': {
    check: consistencyChecks,
    template: 'Tallene går ikke op (…): kilden angiver …, men …. …',
  },
  'tolerance-skjuler-del': {
    check: consistencyChecks,
    template:
      'Feltet tolerance skjuler en hel del (…): kilden angiver …, men …. Forskellen er …, lige så meget som hele … (…).',
  },
  'afvigelse-forsvundet': {
    check: consistencyChecks,
    template: 'Den anerkendte afvigelse (tjek …, emne …) findes ikke længere: tallene går nu op (…).',
  },
  'afvigelse-aendret': {
    check: consistencyChecks,
    template:
      'Den anerkendte afvigelse (tjek …, emne …) passer ikke længere: den er anerkendt med angivet … og beregnet …, men nu er tallene angivet … og beregnet ….',
  },
  'afvigelse-ukendt-emne': {
    check: consistencyChecks,
    template: 'Den anerkendte afvigelse (tjek …, emne …) svarer ikke til nogen sammenligning i ….',
  },
  // scripts/checks/single-entry.ts
  'enkeltfil-mangler': { check: 'enkeltfil', template: 'Filen med … mangler: siden bygger på ….' },
  'enkeltfil-ekstra': {
    check: 'enkeltfil',
    template: 'Mappen content/… må kun indeholde én fil, …; denne fil bliver ikke vist.',
  },
  // scripts/checks/evaluation-parts.ts
  'del-filnavn': {
    check: 'evaluering',
    template: 'Delen "…" står i filen "….yaml"; filnavnet skal være lig delen.',
  },
  // scripts/checks/readability.ts (mdx also from scripts/checks/glossary.ts)
  mdx: { check: ['læsbarhed', 'ordliste'], template: 'Teksten kan ikke læses som MDX (…).' },
  'for-svaer-tekst': {
    check: 'læsbarhed',
    template:
      'Teksten er for svær til en side for patienter: LIX er … (…), men grænsen er …. Siden har … ord i … sætninger, og … af ordene er lange (over seks bogstaver).',
  },
  // scripts/checks/patient-pages.ts
  'patientside-dobbelt': {
    check: 'patientsider',
    template: 'Patientgruppen "…" har allerede en side for patienter: ….',
  },
  'patientside-mangler': {
    check: 'patientsider',
    template: 'Patientgruppen "…" har ingen side for patienter og pårørende.',
  },
  'generel-side-mangler': {
    check: 'patientsider',
    template:
      'Den generelle side "Hvad er helgenomsekventering?" mangler. Alle sider for patienter linker til den.',
  },
  'kilde-uden-dokument': { check: 'patientsider', template: 'En <Kilde> mangler attributten dokument.' },
  'kilde-uden-sted': {
    check: 'patientsider',
    template: 'En <Kilde> siger ikke, hvor i dokumentet oplysningen står.',
  },
  // scripts/checks/glossary.ts
  'ord-til-sig-selv': { check: 'ordliste', template: 'Ordet henviser til sig selv.' },
  'ukendt-ord': { check: 'ordliste', template: 'Ordet "…" findes ikke i ordlisten.' },
  'ukendt-term': {
    check: 'ordliste',
    template: '<Term id="…"> henviser til et ord, der ikke findes i ordlisten.',
  },
  'term-uden-id': { check: 'ordliste', template: '<Term> om "…" mangler attributten id.' },
  'term-uden-tekst': { check: 'ordliste', template: '<Term id="…"> har ingen tekst.' },
  // scripts/checks/search-terms.ts
  'dobbelt-soegeord': { check: 'søgeord', template: '… "…" står også i … (felt: …).' },
  // src/integrations/search-index.ts, when the search index is built from the finished pages
  'side-ikke-i-soegningen': {
    check: 'søgeord',
    template: 'Siden "…" findes ikke i det byggede site, eller den er ikke med i søgningen.',
  },
  'side-ikke-dansk': { check: 'søgeord', template: 'Siden … har sproget "…", men søgeindekset er dansk.' },
  'ukendt-side': { check: 'søgeord', template: 'Siden "…" findes ikke: … "…" er ikke i content/….' },
  // scripts/checks/unsourced-figures.ts
  'tal-uden-kilde': {
    check: 'tal-med-kilde',
    template: 'Tallet … står i en tekst uden kilde, og filen angiver det ikke med kilde andre steder.',
  },
  // scripts/checks/note-numbers.ts (the rule is src/domain/rules/note-numbers.ts)
  'note-modsiger-tal': {
    check: 'tal-i-noter',
    template: 'Noten nævner "…", men tallet, den står ved, er ….',
  },
  // scripts/checks/placeholders.ts
  pladsholder: { check: 'pladsholdere', template: 'Pladsholderen "…" er ikke udfyldt.' },
} as const satisfies Record<string, ErrorKind>;

export type ErrorKindId = keyof typeof errorKinds;

/** The template as a pattern that matches every message of its kind. */
export function templatePattern(template: string): RegExp {
  const parts = template.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+?')}$`, 's');
}
