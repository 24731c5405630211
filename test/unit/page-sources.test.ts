import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageSourceResolver } from '../../scripts/lib/page-sources.ts';

const root = mkdtempSync(join(tmpdir(), 'genomvejledninger-sources-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const file of ['content/grupper/haematologisk-cancer.mdx', 'content/indikationer/HAEM-RR.yaml']) {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), '');
}

// The same shapes Astro gives in astro:routes:resolved with trailingSlash: 'always'.
const routes = [
  { entrypoint: 'src/pages/404.astro', patternRegex: /^\/404\/$/, params: [] },
  { entrypoint: 'src/pages/grupper/[slug].astro', patternRegex: /^\/grupper\/([^/]+?)\/$/, params: ['slug'] },
  {
    entrypoint: 'src/pages/patienter/[slug].astro',
    patternRegex: /^\/patienter\/([^/]+?)\/$/,
    params: ['slug'],
  },
  {
    entrypoint: 'src/pages/indikationer/[kode].astro',
    patternRegex: /^\/indikationer\/([^/]+?)\/$/,
    params: ['kode'],
  },
  { entrypoint: 'src/pages/index.astro', patternRegex: /^\/$/, params: [] },
];

describe('mapping a built page to its source files', () => {
  const sourceOf = pageSourceResolver(root, routes);

  it('maps a page made from content to the content file and the template', () => {
    expect(sourceOf('/grupper/haematologisk-cancer/')).toEqual({
      template: 'src/pages/grupper/[slug].astro',
      content: 'content/grupper/haematologisk-cancer.mdx',
    });
    expect(sourceOf('/indikationer/HAEM-RR/')).toEqual({
      template: 'src/pages/indikationer/[kode].astro',
      content: 'content/indikationer/HAEM-RR.yaml',
    });
  });

  it('finds the content file of a route in another folder by its id', () => {
    expect(sourceOf('/patienter/haematologisk-cancer/')).toEqual({
      template: 'src/pages/patienter/[slug].astro',
      content: 'content/grupper/haematologisk-cancer.mdx',
    });
  });

  it('maps a page without content to its template, and the 404 file to its route', () => {
    expect(sourceOf('/')).toEqual({ template: 'src/pages/index.astro' });
    expect(sourceOf('/404.html')).toEqual({ template: 'src/pages/404.astro' });
    expect(sourceOf('/findes/ikke/')).toEqual({});
  });
});
