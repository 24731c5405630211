import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontmatterInPlace, ORIGINAL_TEXT, yamlInPlace } from '../../src/domain/cms-formats.ts';
import { projectRoot } from '../helpers/temp-project.ts';

// The web editor (Decap CMS) reads and writes the content through these formats. Decap gives `toFile` only
// the entry's data, so the tests go through fromFile → (the form's change) → toFile, as Decap does.
// Each expected text is the fixture with the changed line replaced by hand.
const fixture = (name: string) => readFileSync(join(projectRoot, 'test', 'fixtures', 'cms', name), 'utf8');
const original = fixture('indikation.yaml');

/** `text` with each of the `[from, to]` replacements made once, each required to be there. */
function replaced(text: string, ...edits: [string, string][]): string {
  return edits.reduce((t, [from, to]) => {
    expect(t).toContain(from);
    return t.replace(from, to);
  }, text);
}

describe('the web editor’s file formats', () => {
  it('reads a YAML file with its text kept out of sight, and writes an unchanged entry back unchanged', () => {
    const data = yamlInPlace.fromFile(original);
    expect(data).toMatchObject(parse(original));
    expect(data[ORIGINAL_TEXT]).toBe(original);
    expect(yamlInPlace.toFile(data)).toBe(original);
  });

  it('writes an edited entry into the text it was read from', () => {
    const data = yamlInPlace.fromFile(original) as unknown as {
      kvote: { nyhenviste: { proever: { vaerdi: number } } };
    };
    data.kvote.nyhenviste.proever.vaerdi = 361;
    expect(yamlInPlace.toFile(data as unknown as Record<string, unknown>)).toBe(
      replaced(original, ['vaerdi: 360', 'vaerdi: 361']),
    );
  });

  it('writes a new entry, read from no file, as plain YAML', () => {
    expect(yamlInPlace.toFile({ kode: 'NY', kilde: { dokument: 'a', sted: 'b' } })).toBe(
      'kode: NY\nkilde:\n  dokument: a\n  sted: b\n',
    );
  });

  it('keeps an MDX file’s front matter layout and its body as written', () => {
    const mdx = fixture('gruppe.mdx');
    const data = frontmatterInPlace.fromFile(mdx) as {
      body: string;
      patienterPrAar: { nyhenviste: { vaerdi: number } };
    };
    expect(data.body).toBe(mdx.slice(mdx.indexOf('---\n', 4) + 4));
    expect(frontmatterInPlace.toFile(data)).toBe(mdx);
    data.patienterPrAar.nyhenviste.vaerdi = 540;
    expect(frontmatterInPlace.toFile(data)).toBe(replaced(mdx, ['{ vaerdi: 500,', '{ vaerdi: 540,']));
  });
});
