import { bodyLineOffset, componentUses, mdxSyntaxError } from '../lib/mdx-on-demand.ts';
import { locate, type RawEntry } from '../lib/content.ts';
import { forget } from '../lib/entry-memo.ts';
import type { Problem } from '../lib/problem.ts';
import { closest } from '../lib/closest.ts';
import type { CheckContext } from '../lib/rule.ts';
import { GENERAL_PATIENT_PAGE as GENERAL_PAGE } from '../../schemas/patient-page.ts';

/**
 * Every patient group on the site has exactly one page for patients, that page's citations in
 * the text (<Kilde>) name real source documents and a place in them, and the general page that
 * all patient pages link to exists.
 *
 * A patient page may name an agreed group whose clinician page is not on the site yet (the schema
 * allows only the agreed slugs); the page then shows no link to it until the group is added.
 */
export function checkPatientPages(ctx: CheckContext): Problem[] {
  const pages = ctx.raw.filter((e) => e.collection === 'patienter');
  const groups = ctx.raw.filter((e) => e.collection === 'grupper');
  const sources = ctx.raw.filter((e) => e.collection === 'kilder').map((e) => e.id);
  const problems: Problem[] = [];
  const remember = ctx.remember ?? forget;
  // Each page's group is kept per file (scripts/lib/entry-memo.ts), so an unchanged page is not read for it.
  const groupsOf = new Map(
    pages.map((e) => [
      e,
      remember('patientside-gruppe', e, () =>
        isRecord(e.data) && typeof e.data.gruppe === 'string' ? e.data.gruppe : null,
      ) ?? undefined,
    ]),
  );
  const groupOf = (e: RawEntry) => groupsOf.get(e);

  const seen = new Map<string, RawEntry>();
  for (const page of pages) {
    const gruppe = groupOf(page);
    if (!gruppe) continue;
    const first = seen.get(gruppe);
    if (first) {
      problems.push({
        check: 'patientsider',
        file: page.file,
        ...locate(page, ['gruppe']),
        field: 'gruppe',
        kind: 'patientside-dobbelt',
        message: `Patientgruppen "${gruppe}" har allerede en side for patienter: ${first.file}.`,
        hint:
          'Hver patientgruppe har én side for patienter. Flyt teksten over i den første side, og slet denne fil.' +
          (ownGroup(page)
            ? ` Er siden til gruppen "${page.id}", som filnavnet siger, så skriv gruppe: ${page.id}.`
            : ''),
      });
    } else seen.set(gruppe, page);
  }
  // A page whose group was miswritten is reported above; its own group's missing page would only repeat that.
  const duplicates = pages.filter((p) => seen.get(groupOf(p) ?? '') !== p && groupOf(p));
  function ownGroup(page: RawEntry): boolean {
    return page.id !== groupOf(page) && groups.some((g) => g.id === page.id);
  }

  for (const group of groups) {
    if (seen.has(group.id) || duplicates.some((p) => p.id === group.id)) continue;
    problems.push({
      check: 'patientsider',
      file: group.file,
      kind: 'patientside-mangler',
      message: `Patientgruppen "${group.id}" har ingen side for patienter og pårørende.`,
      hint: `Opret content/patienter/${group.id}.mdx med "gruppe: ${group.id}" i toppen. Brug en af de andre sider i content/patienter/ som forlæg.`,
    });
  }

  if (pages.length && !pages.some((p) => p.id === GENERAL_PAGE)) {
    problems.push({
      check: 'patientsider',
      file: `content/patienter/${GENERAL_PAGE}.mdx`,
      kind: 'generel-side-mangler',
      message:
        'Den generelle side "Hvad er helgenomsekventering?" mangler. Alle sider for patienter linker til den.',
      hint: `Opret content/patienter/${GENERAL_PAGE}.mdx uden feltet gruppe.`,
    });
  }

  for (const page of pages) {
    // A page that is not valid MDX is reported by the readability check.
    for (const [line, dokument, placed] of remember('patientsider', page, () => citations(page))) {
      const at = { check: 'patientsider', file: page.file, line: line ?? undefined };
      if (!dokument || !sources.includes(dokument)) {
        const near = dokument ? closest(dokument, sources) : undefined;
        problems.push({
          ...at,
          field: '<Kilde dokument>',
          kind: dokument ? 'ukendt-kilde' : 'kilde-uden-dokument',
          message: dokument
            ? `Kilden "${dokument}" findes ikke i content/kilder/.`
            : 'En <Kilde> mangler attributten dokument.',
          hint: near
            ? `Mente du "${near}"?`
            : `Skriv dokument="…" med id'et på et af kildedokumenterne: ${sources.join(', ')}.`,
        });
      }
      if (!placed) {
        problems.push({
          ...at,
          field: '<Kilde sted>',
          kind: 'kilde-uden-sted',
          message: 'En <Kilde> siger ikke, hvor i dokumentet oplysningen står.',
          hint: 'Tilføj sted="…" med afsnittet (og siden, hvis den kendes), fx sted="resuméet, afsnittet om antal patienter".',
        });
      }
    }
  }
  return problems;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A page's <Kilde> citations, or none when it is not valid MDX: each one's line, document and whether it
 * says where in the document, all this check keeps of each page between runs. Kept as short lists, since
 * a thousand pages' citations were the largest part of the store that every run reads.
 */
function citations(page: RawEntry): [line: number | null, dokument: string | null, placed: boolean][] {
  if (mdxSyntaxError(page.body)) return [];
  return componentUses(page.body, ['Kilde'], bodyLineOffset(page.text, page.body)).map((use) => {
    const { dokument, sted } = use.attributes;
    return [use.line ?? null, dokument ?? null, !!sted && sted.trim().length >= 3];
  });
}
