import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../scripts/checks/schema.ts';
import { readEntry } from '../../scripts/lib/content.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { changeNoteSchema, todayInDenmark } from '../../schemas/change-note.ts';
import { projectRoot } from '../helpers/temp-project.ts';

// Editors' notes on changes, checked as the build checks a content file: the report names file and field.
const fixture = (name: string) =>
  readEntry(projectRoot, 'indikationer', join(projectRoot, 'test/fixtures/change-notes', `${name}.yaml`));

describe('editor’s notes on changes', () => {
  it('accepts a dated note with text and a source', () => {
    expect(checkEntry(fixture('valid'))).toEqual([]);
  });

  it('refuses a note dated in the future, naming file and field', () => {
    expect(formatReport(checkEntry(fixture('future')))).toMatchInlineSnapshot(`
      "✖ test/fixtures/change-notes/future.yaml:26:5  felt: aendringsnoter[0].dato
        Notens dato ligger i fremtiden.
        Sådan retter du det: En note beskriver en ændring, der er sket: skriv den dag, ændringen blev besluttet eller lavet (senest i dag).
        Fejltype: regel (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('refuses a note without text, naming file and field', () => {
    expect(formatReport(checkEntry(fixture('no-text')))).toMatchInlineSnapshot(`
      "✖ test/fixtures/change-notes/no-text.yaml:27:5  felt: aendringsnoter[0].tekst
        Noten har ingen tekst.
        Sådan retter du det: Skriv kort på dansk, hvad der er ændret og hvorfor, eller fjern noten.
        Fejltype: regel (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('takes today in Denmark as the latest allowed date', () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen.
    expect(todayInDenmark(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(changeNoteSchema.safeParse({ dato: todayInDenmark(), tekst: 'Ændret i dag.' }).success).toBe(true);
  });
});
