import { collections } from '../../schemas/collections.ts';
import { locate, sourceText, type RawEntry } from '../lib/content.ts';
import type { Problem } from '../lib/problem.ts';
import { issuesToProblems } from '../lib/schema-issues.ts';
import { parseEntry } from '../lib/parse-entry.ts';
import type { CheckContext } from '../lib/rule.ts';
import { forget } from '../lib/entry-memo.ts';

/** The yaml parser's error codes an editor is likely to meet, in Danish; any other keeps the parser's English words. */
const yamlErrorText: Record<string, string> = {
  TAB_AS_INDENT: 'linjen er rykket ind med tabulator; YAML kræver mellemrum.',
  BAD_INDENT: 'indrykningen passer ikke med linjerne omkring.',
  BLOCK_AS_IMPLICIT_KEY: 'et feltnavn står forkert, ofte fordi indrykningen eller et kolon er forkert.',
  MULTILINE_IMPLICIT_KEY: 'et feltnavn fortsætter over flere linjer, ofte fordi der mangler et kolon.',
  DUPLICATE_KEY: 'samme feltnavn står to gange.',
  MISSING_CHAR: 'der mangler et tegn, fx et afsluttende anførselstegn eller en parentes.',
  UNEXPECTED_TOKEN: 'der står et tegn, som YAML ikke venter her.',
  BAD_SCALAR_START: 'en værdi begynder med et tegn, der kræver anførselstegn omkring teksten.',
};

/** Every entry must parse as YAML and match its collection's schema. */
export function checkSchemas(ctx: CheckContext): Problem[] {
  const remember = ctx.remember ?? forget;
  return ctx.raw.flatMap((entry) => remember('skema', entry, () => checkEntry(entry)));
}

export function checkEntry(entry: RawEntry): Problem[] {
  if (entry.yamlErrors.length) {
    return entry.yamlErrors.map((e) => ({
      check: 'skema',
      kind: 'yaml',
      file: entry.file,
      line: e.line,
      column: e.column,
      message: `Filen kan ikke læses som YAML: ${(e.code && yamlErrorText[e.code]) ?? e.message}`,
      hint: 'Tjek indrykning (mellemrum, ikke tabulator), kolon efter feltnavne og anførselstegn omkring tekst med kolon.',
    }));
  }
  const schema = collections[entry.collection].schema;
  const result = parseEntry(entry);
  if (result.success) return [];
  return issuesToProblems(result.error.issues, entry.data, schema, {
    file: entry.file,
    locate: (path) => locate(entry, path),
    source: (path) => sourceText(entry, path),
  });
}
