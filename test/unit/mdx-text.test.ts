import { describe, expect, it } from 'vitest';
import { bodyLineOffset, componentUses, mdxSyntaxError, runningText } from '../../src/domain/mdx-text.ts';

const body = `
## Hvad er WGS?

Dit DNA er en opskrift. <Term id="germline">Germline</Term> betyder medfødt.
<Kilde dokument="003_08ae25ce05e9eb9b" sted="Resumé af anbefalinger" />

- Du taler med lægen
- Du giver samtykke

{'en kodestump'}
`;

describe('running text of an MDX body', () => {
  const blocks = runningText(body, 10);

  it('leaves out headings, source citations and expressions', () => {
    const all = blocks.map((b) => b.text).join(' ');
    expect(all).not.toContain('Hvad er WGS');
    expect(all).not.toContain('Resumé');
    expect(all).not.toContain('Kilde');
    expect(all).not.toContain('kodestump');
  });

  it('keeps the words inside a glossary link', () => {
    expect(blocks[0]?.text).toBe('Dit DNA er en opskrift. Germline betyder medfødt.');
  });

  it('makes each list item a block of its own, with its line in the file', () => {
    expect(blocks.slice(1)).toEqual([
      { text: 'Du taler med lægen', line: 17 },
      { text: 'Du giver samtykke', line: 18 },
    ]);
  });
});

describe('component uses', () => {
  it('finds glossary links and citations with their attributes and text', () => {
    const uses = componentUses(body, ['Term', 'Kilde']);
    expect(uses.map((u) => [u.name, u.attributes.id ?? u.attributes.dokument, u.text])).toEqual([
      ['Term', 'germline', 'Germline'],
      ['Kilde', '003_08ae25ce05e9eb9b', ''],
    ]);
  });
});

describe('MDX syntax', () => {
  it('reports a stray brace with its line in the file instead of throwing', () => {
    const error = mdxSyntaxError('Første linje.\n\nPrisen er {ukendt.\n', 5);
    expect(error?.line).toBe(8);
  });
  it('accepts a valid body', () => {
    expect(mdxSyntaxError(body)).toBeUndefined();
  });
  it('counts the frontmatter lines before the body', () => {
    const file = '---\ntitel: X\n---\nTekst\n';
    expect(bodyLineOffset(file, 'Tekst\n')).toBe(3);
  });
});
