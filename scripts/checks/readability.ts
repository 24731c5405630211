import { lixBand, MAX_PATIENT_LIX, type LixResult, type Sentence } from '../../src/domain/lix.ts';
import { bodyLineOffset, mdxSyntaxError, patientPageLix } from '../lib/mdx-on-demand.ts';
import type { RawEntry } from '../lib/content.ts';
import type { Problem } from '../lib/problem.ts';
import type { CheckContext } from '../lib/rule.ts';
import { forget } from '../lib/entry-memo.ts';
import { findPlaceholders } from './placeholders.ts';

/** How many of the longest sentences a message names. */
const SHOWN = 3;

/**
 * Pages for patients and relatives must be easy to read: LIX at most 40. The sources themselves
 * are at 55-63 ("meget svær"), so a page that copies their style fails here with the sentences to
 * rewrite first.
 */
export function checkReadability(ctx: CheckContext): Problem[] {
  const pages = answers(ctx);
  return [
    ...pages.flatMap(({ answer }) => (answer.syntax ? [answer.syntax] : [])),
    ...pages.flatMap(({ answer }) => (answer.tooHard ? [answer.tooHard] : [])),
  ];
}

/** A text that is not valid MDX cannot be measured or built; the editor gets the line to fix. */
export function syntaxProblem(
  check: string,
  file: string,
  error: { message: string; line?: number },
): Problem {
  return {
    check,
    file,
    line: error.line,
    kind: 'mdx',
    message: `Teksten kan ikke læses som MDX (${error.message}).`,
    hint: 'I MDX starter { en kodestump og < en komponent. Skriv \\{ eller &lt;, hvis du mener tegnet, og tjek at hver komponent er lukket, fx <Term id="germline">germline</Term>.',
  };
}

/** What one patient page alone gives: its MDX syntax error, and when it can be measured, its LIX. */
interface PageAnswer {
  syntax?: Problem;
  lix?: number;
  tooHard?: Problem;
}

function pageAnswer(entry: RawEntry): PageAnswer {
  const text = entry.text;
  const answer: PageAnswer = {};
  const error = mdxSyntaxError(entry.body, bodyLineOffset(text, entry.body));
  if (error) answer.syntax = syntaxProblem('læsbarhed', entry.file, error);
  // A page still holding "UDFYLD" placeholders is reported by the placeholder check; its LIX means nothing yet.
  if (!mdxSyntaxError(entry.body) && !findPlaceholders(entry, text).length) {
    const ingress = (entry.data as Record<string, unknown> | undefined)?.ingress;
    const result = patientPageLix(
      ingress,
      entry.body,
      bodyLineOffset(text, entry.body),
      keyLine(text, 'ingress'),
    );
    answer.lix = result.lix;
    if (result.lix > MAX_PATIENT_LIX) answer.tooHard = problemFor(entry, result);
  }
  return answer;
}

const answered = new WeakMap<CheckContext, { entry: RawEntry; answer: PageAnswer }[]>();

/** The check and the summary both need every page's answer; it is worked out once per run. */
function answers(ctx: CheckContext): { entry: RawEntry; answer: PageAnswer }[] {
  let rows = answered.get(ctx);
  if (!rows) {
    const remember = ctx.remember ?? forget;
    // A page that is not YAML gets no answer (the schema check reports it); asking is part of the work,
    // so an unchanged page is not read to find out.
    rows = ctx.raw
      .filter((e) => e.collection === 'patienter')
      .flatMap((entry) => {
        const answer = remember('læsbarhed', entry, () =>
          entry.yamlErrors.length ? null : pageAnswer(entry),
        );
        return answer ? [{ entry, answer }] : [];
      });
    answered.set(ctx, rows);
  }
  return rows;
}

/** One line per patient page for the summary that editors see after `npm run check` and the build. */
export function readabilitySummary(ctx: CheckContext): string[] {
  const rows = answers(ctx).filter(({ answer }) => answer.lix !== undefined);
  if (!rows.length) return [];
  const list = rows.map(
    ({ entry, answer }) => `${entry.id} ${answer.lix}${answer.lix! > MAX_PATIENT_LIX ? ' (for svær)' : ''}`,
  );
  return [`Læsbarhed (LIX, højst ${MAX_PATIENT_LIX}) for sider til patienter: ${list.join(', ')}.`];
}

/**
 * The line of a top-level frontmatter key, found in the text: asking the YAML document (locate) would
 * parse every patient page's frontmatter a second time just for this number.
 */
function keyLine(text: string, key: string): number | undefined {
  const index = text.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? undefined : index + 1;
}

export function problemFor(entry: RawEntry, result: LixResult): Problem {
  const hardest = result.longest.slice(0, SHOWN);
  return {
    check: 'læsbarhed',
    file: entry.file,
    line: hardest[0]?.line,
    kind: 'for-svaer-tekst',
    message:
      `Teksten er for svær til en side for patienter: LIX er ${result.lix} (${lixBand(result.lix)}), men grænsen er ${MAX_PATIENT_LIX}. ` +
      `Siden har ${result.words} ord i ${result.sentences} sætninger, og ${result.longWords} af ordene er lange (over seks bogstaver).`,
    hint:
      `Del lange sætninger op, og skift lange ord ud med kortere, eller forklar dem i ordlisten. Begynd med de længste sætninger:\n` +
      hardest.map((s) => `    - ${describe(s)}`).join('\n'),
  };
}

function describe(s: Sentence): string {
  const text = s.text.length > 140 ? `${s.text.slice(0, 137)}...` : s.text;
  return `${s.line ? `linje ${s.line}, ` : ''}${s.words} ord: "${text}"`;
}
