import { describe, expect, it } from 'vitest';
import { changedPages, previewComment } from '../../scripts/lib/changed-pages.ts';
import { stepSummary } from '../../scripts/lib/github.ts';

describe('the pull request preview comment', () => {
  it('lists the pages a content change touches, with the preview address', () => {
    const text = previewComment({
      url: 'https://ngc.github.io/genomvejledninger/pr-preview/pr-7/',
      files: [
        'content/indikationer/TEST-A.yaml',
        'content/patienter/testgruppe.mdx',
        'content/indikationer/_kladde.yaml',
        'CONTRIBUTING.md',
      ],
      checks: '✔ 3 filer i content/ er gyldige.',
      dataOf: (f) => (f.endsWith('TEST-A.yaml') ? { gruppe: 'testgruppe' } : undefined),
    });
    expect(text).toMatchInlineSnapshot(`
      "<!-- genomvejledninger-forhaandsvisning -->
      ## Forhåndsvisning

      Sitet med denne ændring kan ses på **https://ngc.github.io/genomvejledninger/pr-preview/pr-7/**. Adressen opdateres ved hver ny commit og fjernes, når pull requesten lukkes.

      **Sider, der er ændret:**

      - [/grupper/testgruppe/](https://ngc.github.io/genomvejledninger/pr-preview/pr-7/grupper/testgruppe/)
      - [/indikationer/TEST-A/](https://ngc.github.io/genomvejledninger/pr-preview/pr-7/indikationer/TEST-A/)
      - [/oversigt/](https://ngc.github.io/genomvejledninger/pr-preview/pr-7/oversigt/)
      - [/patienter/](https://ngc.github.io/genomvejledninger/pr-preview/pr-7/patienter/)
      - [/patienter/testgruppe/](https://ngc.github.io/genomvejledninger/pr-preview/pr-7/patienter/testgruppe/)

      **Tjek:** ✔ 3 filer i content/ er gyldige.
      "
    `);
  });

  it('says when code changed, since every page may then look different', () => {
    expect(changedPages(['src/styles/global.css'])).toEqual({ pages: [], everything: true });
    expect(changedPages(['README.md', 'test/unit/x.test.ts']).everything).toBe(false);
  });
});

describe('the job summary', () => {
  it('one line when all is well, a table of every problem otherwise', () => {
    expect(stepSummary('Indholdstjek', [], '✔ Alt i orden.')).toBe('### Indholdstjek\n\n✔ Alt i orden.\n\n');
    expect(
      stepSummary(
        'Indholdstjek',
        [
          {
            check: 'skema',
            kind: 'tusindtalsskilletegn',
            file: 'content/indikationer/TEST-A.yaml',
            line: 12,
            field: 'kvote.nyhenviste.patienter.vaerdi',
            message: 'Antallet "1.450" bliver læst som kommatallet 1,45. Skriv 1450 uden punktum.',
            hint: 'Skriv | uden punktum.',
          },
        ],
        '',
      ),
    ).toMatchInlineSnapshot(`
      "### Indholdstjek: 1 fejl

      | fil | felt | fejl | sådan retter du det | fejltype |
      | --- | --- | --- | --- | --- |
      | \`content/indikationer/TEST-A.yaml:12\` | kvote.nyhenviste.patienter.vaerdi | Antallet "1.450" bliver læst som kommatallet 1,45. Skriv 1450 uden punktum. | Skriv \\| uden punktum. | \`tusindtalsskilletegn\` |

      "
    `);
  });
});
