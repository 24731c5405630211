import { searchTermsSchema, type SearchTerms } from '../../schemas/search-terms.ts';
import { locate, type RawEntry } from '../lib/content.ts';
import { fieldPath, type Problem } from '../lib/problem.ts';
import { closest } from '../lib/closest.ts';
import type { CheckContext } from '../lib/rule.ts';

/**
 * The search-term lists in content/soegeord/ must not contradict themselves: a headword or an abbreviation
 * is defined once (otherwise an editor changes one entry and the other still applies), and a page that a
 * term points at must be a group or indication that exists. The build also checks every page path against
 * the pages it built.
 */
export function checkSearchTerms(ctx: CheckContext): Problem[] {
  const ids = (c: RawEntry['collection']) => ctx.raw.filter((e) => e.collection === c).map((e) => e.id);
  const groups = ids('grupper');
  const indications = ids('indikationer');
  const patientPages = ids('patienter');
  const problems: Problem[] = [];
  const seen = new Map<string, { file: string; field: string }>();

  for (const entry of ctx.raw.filter((e) => e.collection === 'soegeord')) {
    const parsed = searchTermsSchema.safeParse(entry.data);
    if (!parsed.success) continue;
    const at = (path: (string | number)[]) => ({
      check: 'søgeord',
      file: entry.file,
      ...locate(entry, path),
      field: fieldPath(path),
    });

    for (const { path, form, sort } of headwords(parsed.data)) {
      const key = `${sort}:${form.toLocaleLowerCase('da')}`;
      const first = seen.get(key);
      if (first) {
        problems.push({
          ...at(path),
          kind: 'dobbelt-soegeord',
          message: `${sort === 'ord' ? 'Ordet' : 'Forkortelsen'} "${form}" står også i ${first.file} (felt: ${first.field}).`,
          hint: 'Saml oplysningerne i ét af stederne, og slet det andet.',
        });
      } else {
        seen.set(key, { file: entry.file, field: fieldPath(path) });
      }
    }

    for (const { path, side } of pagePaths(parsed.data)) {
      const [section, id, ...rest] = side.split('/').filter(Boolean);
      const known =
        section === 'indikationer'
          ? indications
          : section === 'grupper'
            ? groups
            : section === 'patienter'
              ? patientPages
              : undefined;
      if (!known || !id || rest.length || known.includes(id)) continue;
      const near = closest(id, known);
      problems.push({
        ...at(path),
        kind: 'ukendt-side',
        message: `Siden "${side}" findes ikke: ${KIND[section as keyof typeof KIND]} "${id}" er ikke i content/${section}/.`,
        hint: near
          ? `Mente du "/${section}/${near}/"?`
          : `Brug en af: ${known.map((k) => `/${section}/${k}/`).join(', ')}.`,
      });
    }
  }
  return problems;
}

const KIND = {
  indikationer: 'indikationen',
  grupper: 'patientgruppen',
  patienter: 'siden for patienter',
} as const;

function headwords(data: SearchTerms) {
  return [
    ...data.ord.map((w, i) => ({ path: ['ord', i, 'ord'], form: w.ord, sort: 'ord' as const })),
    ...data.ord.flatMap((w, i) =>
      w.forkortelser.map((f, j) => ({
        path: ['ord', i, 'forkortelser', j],
        form: f,
        sort: 'forkortelse' as const,
      })),
    ),
    ...data.forkortelser.map((a, i) => ({
      path: ['forkortelser', i, 'forkortelse'],
      form: a.forkortelse,
      sort: 'forkortelse' as const,
    })),
  ];
}

function pagePaths(data: SearchTerms) {
  return [
    ...data.ord.flatMap((w, i) => w.sider.map((side, j) => ({ path: ['ord', i, 'sider', j], side }))),
    ...data.forkortelser.flatMap((a, i) =>
      a.sider.map((side, j) => ({ path: ['forkortelser', i, 'sider', j], side })),
    ),
  ];
}
