import { describe, expect, it } from 'vitest';
import { NoteRegistry, NOTES_SLOT, markerHtml, placeNotes, type SourceInfo } from '../../src/lib/notes.ts';
import { breakCompounds } from '../../src/lib/hyphenation.ts';

const sources = new Map<string, SourceInfo>([
  ['001_aaaaaaaaaaaaaaaa', { titel: 'En rapport', aar: '2024', href: '/kilder/#001_aaaaaaaaaaaaaaaa' }],
]);
const a = { dokument: '001_aaaaaaaaaaaaaaaa', sted: 'Tabel 1' };
const b = { dokument: '001_aaaaaaaaaaaaaaaa', sted: 'Tabel 2' };

describe('placeNotes', () => {
  it('numbers markers in reading order, whatever order they were registered in', () => {
    const r = new NoteRegistry();
    const kb = r.add(b);
    const ka = r.add(a);
    const html = placeNotes(
      `<main><p>x${markerHtml(ka)}</p><p>y${markerHtml(kb)}</p>${NOTES_SLOT}</main>`,
      r,
      sources,
    );
    expect(html).toMatch(/id="fn-1-1" href="#note-1"/);
    // The marker opens its note; a tooltip would repeat it (and be read out as the marker's description).
    expect(html).not.toMatch(/class="fn"[^>]*title=/);
    expect(html).toMatch(/id="fn-2-1" href="#note-2"/);
    expect(html.indexOf('id="note-1"')).toBeLessThan(html.indexOf('id="note-2"'));
    expect(html).toMatch(
      /<li id="note-1"><p class="page-notes__source"><a href="\/kilder\/#001_aaaaaaaaaaaaaaaa">En rapport<\/a> \(2024\), Tabel 1\./,
    );
  });

  it('labels markers standing after a paragraph or a list as its sources, and leaves one after a table', () => {
    const r = new NoteRegistry();
    const [m1, m2, m3] = [markerHtml(r.add(a)), markerHtml(r.add(b)), markerHtml(r.add(a, 'x'))];
    const html = placeNotes(
      `<p>Tekst.</p>\n${m1}<ul><li>en</li><li>to</li></ul>\n${m2}\n${m1}<table></table>${m3}${NOTES_SLOT}`,
      r,
      sources,
    );
    // Not moved into the text: after a block the marker cites the whole block, not its last sentence.
    expect(html).toMatch(
      /^<p>Tekst\.<\/p><p class="fn-line"[^>]*>Kilde: <a class="fn" id="fn-1-1"[^>]*>.*?<\/a><\/p><ul>/,
    );
    expect(html).toMatch(
      /<li>to<\/li><\/ul><p class="fn-line"[^>]*>Kilder: <a class="fn" id="fn-2-1"[^>]*>.*?<\/a> <a class="fn" id="fn-1-2"[^>]*>.*?<\/a><\/p>/,
    );
    expect(html).toMatch(/<\/table><a class="fn" id="fn-1-3"/);
  });

  it('labels a line of remarks "Note:", and one that mixes them with sources "Kilder og noter:"', () => {
    const r = new NoteRegistry();
    const remark = markerHtml(r.add(undefined, '<strong>Bemærk:</strong> uklart'));
    const html = placeNotes(
      `<p>Et.</p>${remark}<p>To.</p>${markerHtml(r.add(a))}${remark}${NOTES_SLOT}`,
      r,
      sources,
    );
    expect(html).toMatch(/<p>Et\.<\/p><p class="fn-line"[^>]*>Note: <a class="fn"/);
    expect(html).toMatch(/<p>To\.<\/p><p class="fn-line"[^>]*>Kilder og noter: <a class="fn"/);
  });

  it("names the document for the reader, not the editors' file", () => {
    const r = new NoteRegistry();
    const html = placeNotes(`${markerHtml(r.add(a))}${NOTES_SLOT}`, r, sources);
    const note = html.slice(html.indexOf('<li id="note-1">'));
    expect(note).toContain('En rapport</a> (2024), Tabel 1.');
    expect(note.replace(/href="[^"]*"/g, '')).not.toContain('001_aaaaaaaaaaaaaaaa');
  });

  it('gives one note to the same place cited twice, with a link back to each marker', () => {
    const r = new NoteRegistry();
    const k1 = r.add(a);
    const k2 = r.add(a, '<strong>Bemærk:</strong> uklart');
    expect(k2).toBe(k1);
    const html = placeNotes(`${markerHtml(k1)} og ${markerHtml(k2)}${NOTES_SLOT}`, r, sources);
    expect(html.match(/<li id="note-/g)).toHaveLength(1);
    expect(html).toContain('href="#fn-1-1"');
    expect(html).toContain('href="#fn-1-2"');
    expect(html).toContain('<p class="page-notes__remark"><strong>Bemærk:</strong> uklart</p>');
  });

  it('escapes text and leaves no section on a page without notes', () => {
    const r = new NoteRegistry();
    const k = r.add({ dokument: '001_aaaaaaaaaaaaaaaa', sted: 'Afsnit <"a">' });
    expect(placeNotes(`${markerHtml(k)}${NOTES_SLOT}`, r, sources)).toContain('Afsnit &lt;&quot;a&quot;&gt;');
    expect(placeNotes(`<p>ingen noter</p>${NOTES_SLOT}`, new NoteRegistry(), sources)).toBe(
      '<p>ingen noter</p>',
    );
  });

  it('leaves a marker it does not know alone', () => {
    expect(placeNotes(markerHtml('ukendt'), new NoteRegistry(), sources)).toBe(markerHtml('ukendt'));
  });
});

describe('breakCompounds', () => {
  it('adds break points to long compounds in headings only, never inside tags', () => {
    const html = '<h1 id="helgenomsekventering">Helgenomsekventering</h1><p>helgenomsekventering</p>';
    expect(breakCompounds(html)).toBe(
      '<h1 id="helgenomsekventering">Helgenom<wbr>sekvente<wbr>ring</h1><p>helgenomsekventering</p>',
    );
  });

  it('adds them to legends, labels and term lists, where a long word fills a narrow box', () => {
    const html =
      '<fieldset><legend>Sygdomsområde</legend><label><input value="centralnervesystemet"> Tumor i centralnervesystemet</label></fieldset>' +
      '<dl><dt>Sygdomsområder</dt><dd>centralnervesystemet</dd></dl><thead><tr><th>Patientgruppe</th></tr></thead>';
    expect(breakCompounds(html)).toBe(
      '<fieldset><legend>Sygdoms<wbr>område</legend><label><input value="centralnervesystemet"> Tumor i central<wbr>nerve<wbr>systemet</label></fieldset>' +
        '<dl><dt>Sygdoms<wbr>områder</dt><dd>central<wbr>nerve<wbr>systemet</dd></dl><thead><tr><th>Patient<wbr>gruppe</th></tr></thead>',
    );
  });

  it('keeps a joining s with the first part, where a Danish reader expects the break', () => {
    const html =
      '<h2>Kræftdispositionssyndromer</h2><h2>Kræftdispositionsyndrom</h2><h3>Implementeringsstatus</h3><th>Implementeringstatus</th>';
    expect(breakCompounds(html)).toBe(
      '<h2>Kræft<wbr>dispositions<wbr>syndromer</h2><h2>Kræft<wbr>disposition<wbr>syndrom</h2>' +
        '<h3>Implementerings<wbr>status</h3><th>Implementering<wbr>status</th>',
    );
  });
});
