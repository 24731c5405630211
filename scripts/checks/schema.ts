import { collections } from '../../schemas/collections.ts';
import { locate, type RawEntry } from '../lib/content.ts';
import type { Problem } from '../lib/problem.ts';
import { issuesToProblems } from '../lib/schema-issues.ts';
import { parseEntry } from '../lib/parse-entry.ts';
import type { CheckContext } from '../lib/rule.ts';

/** Every entry must parse as YAML and match its collection's schema. */
export function checkSchemas(ctx: CheckContext): Problem[] {
  return ctx.raw.flatMap((entry) => checkEntry(entry));
}

export function checkEntry(entry: RawEntry): Problem[] {
  if (entry.yamlErrors.length) {
    return entry.yamlErrors.map((e) => ({
      check: 'skema',
      kind: 'yaml',
      file: entry.file,
      line: e.line,
      message: `Filen kan ikke læses som YAML: ${e.message}`,
      hint: 'Tjek indrykning (mellemrum, ikke tabulator), kolon efter feltnavne og anførselstegn omkring tekst med kolon.',
    }));
  }
  const schema = collections[entry.collection].schema;
  const result = parseEntry(entry);
  if (result.success) return [];
  return issuesToProblems(result.error.issues, entry.data, schema, {
    file: entry.file,
    locate: (path) => locate(entry, path),
  });
}
