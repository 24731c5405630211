import { locate, type RawEntry } from '../lib/content.ts';
import { fieldPath, type Problem } from '../lib/problem.ts';
import { closest } from '../lib/closest.ts';
import { patientGroupSlugs } from '../../schemas/patient-page.ts';
import type { CheckContext } from '../lib/rule.ts';
import { contextOf, forget } from '../lib/entry-memo.ts';

/**
 * Every reference must point at an entry that exists: an indication's group, every cited source
 * document, and the code of an indication must equal its file name (the code is its permalink).
 * Astro's own `reference()` only logs a missing entry; this check stops the build instead.
 */
export function checkReferences(ctx: CheckContext): Problem[] {
  const ids = (c: RawEntry['collection']) => ctx.raw.filter((e) => e.collection === c).map((e) => e.id);
  const sources = ids('kilder');
  const groups = ids('grupper');
  // Looked up once per indication and status row: a set, so 2,000 indications in 1,000 groups stay quick.
  const groupSet = new Set(groups);
  const sourceSet = new Set(sources);
  const allowed = [...new Set([...groups, ...patientGroupSlugs])].sort();
  const allowedSet = new Set(allowed);
  // What an entry breaks depends on it and on which sources and groups exist: its answer is kept for
  // both (scripts/lib/entry-memo.ts), so after an edit that adds or removes neither, no other file is read.
  const remember = ctx.remember ?? forget;
  const context = contextOf([...sources, '', ...groups]);
  return ctx.raw.flatMap((entry) => remember('referencer', entry, () => entryProblems(entry), context));

  function entryProblems(entry: RawEntry): Problem[] {
    const problems: Problem[] = [];
    if (!isRecord(entry.data)) return problems;
    const at = (path: PropertyKey[]) => ({
      file: entry.file,
      ...locate(entry, path),
      field: fieldPath(path),
    });

    walk(entry.data, [], (value, here) => {
      if (here[here.length - 1] !== 'dokument' || typeof value !== 'string') return;
      if (sourceSet.has(value)) return;
      const near = closest(value, sources);
      problems.push({
        check: 'referencer',
        ...at([...here]),
        kind: 'ukendt-kilde',
        message: `Kilden "${value}" findes ikke i content/kilder/.`,
        hint: near
          ? `Mente du "${near}"? Ellers opret content/kilder/${value}.yaml for dokumentet.`
          : `Brug id'et på et af kildedokumenterne (${sources.join(', ')}), eller opret content/kilder/${value}.yaml.`,
      });
    });

    if (entry.collection === 'indikationer') {
      const { gruppe, kode } = entry.data;
      if (typeof gruppe === 'string' && !groupSet.has(gruppe)) {
        const near = closest(gruppe, groups);
        problems.push({
          check: 'referencer',
          ...at(['gruppe']),
          kind: 'ukendt-gruppe',
          message: `Patientgruppen "${gruppe}" findes ikke i content/grupper/.`,
          hint: near
            ? `Mente du "${near}"? Gruppen skrives som filnavnet uden .mdx.`
            : `Brug en af: ${groups.join(', ')}, eller opret gruppen med npm run ny -- gruppe ${gruppe}.`,
        });
      }
      if (typeof kode === 'string' && kode !== entry.id) {
        problems.push({
          check: 'referencer',
          ...at(['kode']),
          kind: 'kode-filnavn',
          message: `Koden "${kode}" svarer ikke til filnavnet "${entry.id}.yaml".`,
          hint: `Koden er indikationens permanente adresse. Omdøb filen til ${kode}.yaml, eller ret koden til ${entry.id}.`,
        });
      }
    }
    if (entry.collection === 'patienter' && typeof entry.data.gruppe === 'string') {
      const gruppe = entry.data.gruppe;
      if (!allowedSet.has(gruppe)) {
        const near = closest(gruppe, allowed);
        problems.push({
          check: 'referencer',
          ...at(['gruppe']),
          kind: 'ukendt-gruppe',
          message: `Patientgruppen "${gruppe}" findes ikke i content/grupper/.`,
          hint:
            (near ? `Mente du "${near}"? ` : `Brug en af: ${allowed.join(', ')}. `) +
            'Gruppen skrives som filnavnet i content/grupper/ uden .mdx; en side for en ny gruppe kræver, at gruppen er oprettet med npm run ny -- gruppe <slug>.',
        });
      }
    }
    if (entry.collection === 'status' && Array.isArray(entry.data.grupper)) {
      entry.data.grupper.forEach((row: unknown, index: number) => {
        if (!isRecord(row) || typeof row.gruppe !== 'string') return;
        const slug = row.gruppe;
        const exists = groupSet.has(slug);
        // A row may name a group that has no file yet only when it says so; the mark must go once the group exists.
        if (exists && row.afventerGruppe === true) {
          problems.push({
            check: 'referencer',
            ...at(['grupper', index, 'afventerGruppe']),
            kind: 'afventer-gruppe',
            message: `Gruppen "${slug}" findes nu i content/grupper/, men rækken er stadig markeret med afventerGruppe: true.`,
            hint: 'Slet linjen afventerGruppe: true, så rækken linker til gruppens side og indgår i tjekkene af andelene.',
          });
        } else if (!exists && row.afventerGruppe !== true) {
          const near = closest(slug, groups);
          problems.push({
            check: 'referencer',
            ...at(['grupper', index, 'gruppe']),
            kind: 'ukendt-gruppe',
            message: `Patientgruppen "${slug}" findes ikke i content/grupper/.`,
            hint:
              (near ? `Mente du "${near}"? ` : '') +
              `Skriv gruppen som filnavnet uden .mdx. Er gruppen ikke oprettet endnu, så opret content/grupper/${slug}.mdx, eller skriv afventerGruppe: true i rækken, indtil den er.`,
          });
        }
      });
    }
    if (
      entry.collection === 'kilder' &&
      typeof entry.data.fil === 'string' &&
      entry.data.fil !== `${entry.id}.txt`
    ) {
      problems.push({
        check: 'referencer',
        ...at(['fil']),
        kind: 'kilde-filnavn',
        message: `Filnavnet "${entry.data.fil}" svarer ikke til kildens id "${entry.id}".`,
        hint: `Skriv fil: ${entry.id}.txt, eller omdøb filen, så den hedder som dokumentet.`,
      });
    }
    return problems;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Visits every value with its path. The path is one array that grows and shrinks as the walk goes,
 * so a visitor that keeps it must copy it; a copy per value was most of this check's time.
 */
function walk(
  value: unknown,
  path: PropertyKey[],
  visit: (value: unknown, path: PropertyKey[]) => void,
): void {
  visit(value, path);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], path, visit);
      path.pop();
    }
  } else if (isRecord(value)) {
    for (const k in value) {
      path.push(k);
      walk(value[k], path, visit);
      path.pop();
    }
  }
}
