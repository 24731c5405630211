import { afterEach, describe, expect, it } from 'vitest';
import { checkInlineHandlers } from '../../scripts/checks/inline-handlers.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { fakeBuild, page } from '../helpers/fake-build.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function problemsOf(body: string, source?: string) {
  const files: Record<string, string> = { 'dist/index.html': page(body) };
  if (source) files['src/components/Knap.astro'] = source;
  const build = fakeBuild(files);
  cleanup = build.cleanup;
  return checkInlineHandlers(build.site);
}

describe('no JavaScript in HTML attributes', () => {
  it('accepts plain markup and data attributes', () => {
    expect(
      problemsOf(
        '<button type="button" data-open="soeg" data-one="1">Søg</button><a href="/kilder/">Kilder</a>',
      ),
    ).toEqual([]);
  });

  it('reports an inline event handler at the component that wrote it', () => {
    const problems = problemsOf(
      '<button type="button" onclick="openSearch()">Søg</button>',
      '---\n---\n<button type="button" onclick="openSearch()">Søg</button>\n',
    );
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "✖ src/components/Knap.astro:3
        Elementet <button> har onclick="openSearch()". Sitets sikkerhedspolitik (CSP) afviser JavaScript i HTML-attributter, så koden ville ikke køre. (på siden /)
        Sådan retter du det: Flyt koden til et <script> i komponenten og brug addEventListener('click', …).
        Fejltype: inline-script (se docs/fejlkatalog.md)

      1 fejl i 1 fil. Ret fejlene ovenfor; siden bliver ikke bygget, før de er rettet."
    `);
  });

  it('reports handlers in any case and on any element', () => {
    expect(
      problemsOf('<body><img src="/a.png" alt="" ONERROR="x()"><div onMouseOver="y()"></div></body>').map(
        (p) => p.message.split('.')[0],
      ),
    ).toEqual(['Elementet <img> har onerror="x()"', 'Elementet <div> har onmouseover="y()"']);
  });

  it('reports javascript: URLs', () => {
    const problems = problemsOf('<a href="javascript:void(0)">Søg</a>');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.hint).toBe(
      'Brug et rigtigt link eller en <button> med en lytter fra et <script> i komponenten.',
    );
  });
});
