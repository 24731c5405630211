import type { MdxSyntaxError } from '../../src/domain/mdx-text.ts';
import { bodyLineOffset, componentUses, mdxSyntaxError } from '../lib/mdx-on-demand.ts';
import { locate, type RawEntry } from '../lib/content.ts';
import { forget } from '../lib/entry-memo.ts';
import type { Problem } from '../lib/problem.ts';
import { closest } from '../lib/closest.ts';
import type { CheckContext } from '../lib/rule.ts';
import { syntaxProblem } from './readability.ts';

/**
 * Every glossary link must land on a term: <Term id="…"> in page texts and `se` in the glossary
 * itself. A wrong id would otherwise render a link to an anchor that does not exist.
 */
export function checkGlossary(ctx: CheckContext): Problem[] {
  const terms = ctx.raw.filter((e) => e.collection === 'ordliste').map((e) => e.id);
  const termSet = new Set(terms);
  const problems: Problem[] = [];
  const unknown = (id: string) => {
    const near = closest(id, terms);
    return near
      ? `Mente du "${near}"?`
      : `Opret content/ordliste/${id}.yaml, eller brug et af ordene i content/ordliste/.`;
  };

  const remember = ctx.remember ?? forget;
  for (const entry of ctx.raw) {
    if (entry.collection === 'ordliste') {
      const se = (entry.data as { se?: unknown } | undefined)?.se;
      if (!Array.isArray(se)) continue;
      se.forEach((id, i) => {
        if (typeof id !== 'string' || (termSet.has(id) && id !== entry.id)) return;
        problems.push({
          check: 'ordliste',
          file: entry.file,
          ...locate(entry, ['se', i]),
          field: `se[${i}]`,
          kind: id === entry.id ? 'ord-til-sig-selv' : 'ukendt-ord',
          message:
            id === entry.id ? `Ordet henviser til sig selv.` : `Ordet "${id}" findes ikke i ordlisten.`,
          hint: id === entry.id ? 'Fjern punktet fra listen se.' : unknown(id),
        });
      });
      continue;
    }
    // A YAML file has no body and is not read to find out; an MDX file's answer says whether it has one.
    if (entry.lineOffset === 0) continue;
    const answer = remember('ordliste', entry, () => (entry.body ? termUses(entry) : null));
    if (!answer) continue;
    const { syntax, uses } = answer;
    if (syntax) {
      // Patient pages get this message from the readability check; other MDX files get it here.
      if (entry.collection !== 'patienter') problems.push(syntaxProblem('ordliste', entry.file, syntax));
      continue;
    }
    for (const [line, id, text] of uses ?? []) {
      const at = { check: 'ordliste', file: entry.file, line: line ?? undefined, field: '<Term id>' };
      if (!id) {
        problems.push({
          ...at,
          kind: 'term-uden-id',
          message: `<Term> om "${text}" mangler attributten id.`,
          hint: 'Skriv id="…" med filnavnet på ordet i content/ordliste/ uden .yaml.',
        });
      } else if (!termSet.has(id)) {
        problems.push({
          ...at,
          kind: 'ukendt-term',
          message: `<Term id="${id}"> henviser til et ord, der ikke findes i ordlisten.`,
          hint: unknown(id),
        });
      }
      if (!text) {
        problems.push({
          ...at,
          field: '<Term>',
          kind: 'term-uden-tekst',
          message: `<Term id="${id ?? ''}"> har ingen tekst.`,
          hint: 'Skriv ordet mellem <Term …> og </Term>, så læseren kan se, hvad linket forklarer.',
        });
      }
    }
  }
  return problems;
}

/**
 * A text's MDX syntax error, or its <Term> links (each one's line, id and text): all this check needs of
 * one file's body, kept between runs as short lists rather than whole components, since every run reads it.
 */
function termUses(entry: RawEntry): {
  syntax?: MdxSyntaxError;
  uses?: [line: number | null, id: string | null, text: string][];
} {
  const offset = bodyLineOffset(entry.text, entry.body);
  const syntax = mdxSyntaxError(entry.body, offset);
  if (syntax) return { syntax };
  return {
    uses: componentUses(entry.body, ['Term'], offset).map((use) => [
      use.line ?? null,
      use.attributes.id ?? null,
      use.text,
    ]),
  };
}
