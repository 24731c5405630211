import type { Node } from 'yaml';
import type { RawEntry } from '../lib/content.ts';
import { fieldPath, type Problem } from '../lib/problem.ts';
import type { CheckContext } from '../lib/rule.ts';
import { forget } from '../lib/entry-memo.ts';
import { yamlPackage } from '../lib/yaml-on-demand.ts';

/**
 * The templates behind `npm run ny` mark every value the editor has to supply with "UDFYLD: …".
 * Many placeholders would pass the schema (a text is a text), so this check is what keeps a half-filled
 * file off the site. It looks at values and at the MDX body, not at comments, so a comment may explain
 * the mark.
 */
export const placeholderMark = 'UDFYLD';
const placeholder = /\bUDFYLD\b.*/;

export function checkPlaceholders(ctx: CheckContext): Problem[] {
  // Only a file whose values or body hold the mark is looked at closely (for its line numbers); the
  // file's text is searched first, since turning thousands of files' values into JSON is not free.
  const marked = (entry: RawEntry) =>
    entry.text.includes(placeholderMark) &&
    (entry.body.includes(placeholderMark) || JSON.stringify(entry.data ?? null).includes(placeholderMark));
  const remember = ctx.remember ?? forget;
  return ctx.raw.flatMap((entry) =>
    remember('pladsholdere', entry, () => (marked(entry) ? findPlaceholders(entry, entry.text) : [])),
  );
}

export function findPlaceholders(entry: RawEntry, text: string): Problem[] {
  if (!text.includes(placeholderMark)) return [];
  const found: { line: number; column: number; field?: string; text: string; inBody: boolean }[] = [];
  const { isPair, isSeq, visit } = yamlPackage();

  visit(entry.doc, {
    Scalar(_key, node, ancestors) {
      if (typeof node.value !== 'string' || !node.range) return;
      const match = placeholder.exec(node.value);
      if (!match) return;
      const path: (string | number)[] = [];
      ancestors.forEach((a, i) => {
        if (isPair(a)) path.push(String((a.key as { value?: unknown } | null)?.value));
        else if (isSeq(a)) path.push(a.items.indexOf((ancestors[i + 1] ?? node) as Node));
      });
      const pos = entry.lineCounter.linePos(node.range[0]);
      found.push({
        line: pos.line + entry.lineOffset,
        column: pos.col,
        field: fieldPath(path),
        text: match[0],
        inBody: false,
      });
    },
  });

  if (entry.lineOffset) {
    // In MDX the body starts after the frontmatter's closing `---`.
    const lines = text.split(/\r?\n/);
    const bodyStart = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
    lines.forEach((line, i) => {
      const match = i >= bodyStart && bodyStart > 0 ? placeholder.exec(line) : null;
      if (match) found.push({ line: i + 1, column: match.index + 1, text: match[0], inBody: true });
    });
  }

  return found.map((f) => {
    const shown = f.text.replace(/\s+/g, ' ').trim();
    return {
      check: 'pladsholdere',
      kind: 'pladsholder',
      file: entry.file,
      line: f.line,
      column: f.column,
      field: f.field,
      message: `Pladsholderen "${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}" er ikke udfyldt.`,
      hint: f.inBody
        ? 'Skriv teksten med dine egne ord i stedet for linjen med UDFYLD.'
        : 'Skriv den rigtige værdi i stedet for hele pladsholderen; ved tal, datoer og true/false også uden anførselstegn. Kommentaren over feltet siger, hvad der skal stå.',
    };
  });
}
