import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editYaml } from '../../src/domain/yaml-edit.ts';
import { projectRoot } from '../helpers/temp-project.ts';

// The web editor's file formats write an editor's change into the file's own text, so its pull request
// shows that change and nothing else. Each expected text below is the fixture with the changed line(s)
// replaced by hand.
const fixture = (name: string) => readFileSync(join(projectRoot, 'test', 'fixtures', 'cms', name), 'utf8');
const original = fixture('indikation.yaml');

/** The fields of the fixture that the tests change. */
interface Fixture {
  navn: string;
  dato: string;
  beskrivelse: string;
  gruppe?: string;
  formaal: { kilde: { sted: string } };
  sygdomme: { navn: string; detaljer?: string }[];
  kvote: { nyhenviste: { patienter: { vaerdi: number }; proever: { vaerdi: number } } };
  soegeord: string[];
  kilder: object[];
}

/** The fixture's data with one change made by `change`, as the editor's form hands it over. */
function changed(change: (data: Fixture) => void): Fixture {
  const data = parse(original) as Fixture;
  change(data);
  return data;
}

/** `text` with each of the `[from, to]` replacements made once, each required to be there. */
function replaced(text: string, ...edits: [string, string][]): string {
  return edits.reduce((t, [from, to]) => {
    expect(t).toContain(from);
    return t.replace(from, to);
  }, text);
}

describe('writing an edited entry into its YAML text', () => {
  it('writes unchanged data back byte for byte, comments, flow mappings and folded text included', () => {
    expect(editYaml(original, parse(original))).toBe(original);
  });

  it('changes only the line of a changed number inside a flow mapping, keeping the comments', () => {
    const edited = editYaml(
      original,
      changed((d) => (d.kvote.nyhenviste.patienter.vaerdi = 121)),
    );
    expect(edited).toBe(
      replaced(original, [
        'patienter: { vaerdi: 120, kvalifikator: ca.,',
        'patienter: { vaerdi: 121, kvalifikator: ca.,',
      ]),
    );
    expect(edited).toContain('# Prøveindikation til testene');
    expect(edited).toContain('# Tallene fra resuméet.');
    expect(edited).toContain('} # kildehenvisning');
  });

  it('changes only the line of a changed number in block style', () => {
    const edited = editYaml(
      original,
      changed((d) => (d.kvote.nyhenviste.proever.vaerdi = 1450)),
    );
    expect(edited).toBe(replaced(original, ['vaerdi: 360', 'vaerdi: 1450']));
  });

  it('keeps the quotes of a quoted value, and of the values beside a changed one', () => {
    const edited = editYaml(
      original,
      changed((d) => {
        d.dato = '2022';
        d.formaal.kilde.sted = 'Indikation 2';
      }),
    );
    expect(edited).toBe(
      replaced(
        original,
        ['dato: "2021"', 'dato: "2022"'],
        ['sted: "Indikation 1, Indikation" }', 'sted: "Indikation 2" }'],
      ),
    );
  });

  it('removes the lines of a removed list item and nothing else', () => {
    const edited = editYaml(
      original,
      changed((d) => d.sygdomme.splice(1, 1)),
    );
    expect(edited).toBe(replaced(original, ['  - navn: Anden sygdom\n', '']));
    const first = editYaml(
      original,
      changed((d) => d.sygdomme.shift()),
    );
    expect(first).toBe(
      replaced(original, ['  - navn: Første sygdom\n    detaljer: Detaljer om den første.\n', '']),
    );
  });

  it('adds a new field on a line of its own, and a top-level field where the form’s order puts it', () => {
    const nested = editYaml(
      original,
      changed((d) => (d.sygdomme[1]!.detaljer = 'Nye detaljer.')),
    );
    expect(nested).toBe(
      replaced(original, [
        '  - navn: Anden sygdom\n',
        '  - navn: Anden sygdom\n    detaljer: Nye detaljer.\n',
      ]),
    );
    const top = editYaml(
      original,
      changed((d) => (d.gruppe = 'proevegruppe')),
      { order: ['kode', 'gruppe', 'nummer', 'navn'] },
    );
    expect(top).toBe(replaced(original, ['kode: TEST-EN\n', 'kode: TEST-EN\ngruppe: proevegruppe\n']));
  });

  it('removes the line of a removed field', () => {
    const edited = editYaml(
      original,
      changed((d) => delete (d.formaal as { kilde?: unknown }).kilde),
    );
    expect(edited).toBe(
      replaced(original, [
        '  kilde: { dokument: 003_08ae25ce05e9eb9b, sted: "Indikation 1, Indikation" } # kildehenvisning\n',
        '',
      ]),
    );
  });

  it('adds an item to a list of flow mappings in flow style, and to a flow list on its line', () => {
    const edited = editYaml(
      original,
      changed((d) => {
        d.kilder.push({ dokument: '004_7b9c556ec6033e64', sted: 's. 2' });
        d.soegeord.push('tredje');
      }),
    );
    expect(edited).toBe(
      replaced(
        original,
        ['soegeord: [første, anden]', 'soegeord: [første, anden, tredje]'],
        [
          '  - { dokument: 001_7389b4ecaf307271, sted: "s. 9" }\n',
          '  - { dokument: 001_7389b4ecaf307271, sted: "s. 9" }\n  - { dokument: 004_7b9c556ec6033e64, sted: s. 2 }\n',
        ],
      ),
    );
  });

  it('rewrites only a changed folded text, still folded', () => {
    const text = 'En kort ny beskrivelse.';
    const edited = editYaml(
      original,
      changed((d) => (d.beskrivelse = text)),
    );
    const block = /beskrivelse: >-\n(?: {2}.*\n)+/.exec(original)![0];
    expect(edited).toBe(replaced(original, [block, `beskrivelse: >-\n  ${text}\n`]));
  });

  it('always writes the new data, even where it cannot keep the layout', () => {
    const data = changed((d) => {
      (d as { soegeord: unknown }).soegeord = { ord: 'nu en mapping' };
      d.sygdomme = [];
      d.navn = 'to\nlinjer';
    });
    expect(parse(editYaml(original, data))).toEqual(data);
  });
});
