import { describe, expect, it } from 'vitest';
import { buildWithChange } from '../helpers/build.ts';

// The real `astro build` must fail on a broken link written in content, naming the content file.
const GROUP = 'content/grupper/haematologisk-cancer.mdx';

describe('astro build checks the built HTML', () => {
  it('stops on a broken link and a vague link text in a group text, at the content file', () => {
    const { status, output } = buildWithChange(
      GROUP,
      (t) => `${t.trimEnd()}\n\nSe også [læs mere](/kildedokumenter/).\n`,
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /✖ content\/grupper\/haematologisk-cancer\.mdx:\d+\n {2}Linket "læs mere" peger på \/kildedokumenter\/, som ikke findes i buildet\. \(på siden \/grupper\/haematologisk-cancer\/\)/,
    );
    expect(output).toContain(
      'Linkteksten "læs mere" siger ikke, hvor linket til /kildedokumenter/ fører hen.',
    );
    expect(output).toContain('2 fejl i 1 fil.');
  });
});
