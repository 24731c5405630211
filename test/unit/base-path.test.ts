import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject } from '../helpers/temp-project.ts';
import { astroBuild } from '../helpers/build.ts';

// GitHub Pages serves a project site under /<repository>/; the same build must work there as at the root.
const BASE = '/genomvejledninger/';
const SITE = 'https://eksempel.github.io';
let project: ReturnType<typeof tempProject>;
let dist: string;
let output = '';
let status: number | null = null;

beforeAll(() => {
  project = tempProject();
  dist = join(project.root, 'dist');
  ({ status, output } = astroBuild(project.root, { BASE_PATH: BASE, SITE_URL: SITE }));
});
afterAll(() => project?.cleanup());

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

function urlsIn(html: string): { tag: string; attr: string; value: string }[] {
  const found: { tag: string; attr: string; value: string }[] = [];
  const walk = (node: Node) => {
    for (const a of node.attrs ?? [])
      if (['href', 'src', 'action', 'srcset'].includes(a.name))
        found.push({ tag: node.nodeName, attr: a.name, value: a.value });
    node.childNodes?.forEach(walk);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  return found;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

describe(`a build with BASE_PATH=${BASE}`, () => {
  it('builds', () => {
    expect(status, output).toBe(0);
  });

  it('every link, script, stylesheet and image stays under the base path and exists in the build', () => {
    const broken: string[] = [];
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      for (const { tag, attr, value } of urlsIn(readFileSync(file, 'utf8'))) {
        if (/^(https?:|mailto:|tel:|#|data:)/.test(value)) {
          if (tag === 'link' && value.startsWith(SITE) && !value.startsWith(`${SITE}${BASE}`))
            broken.push(`${file}: <${tag} ${attr}="${value}"> (uden base)`);
          continue;
        }
        const path = value.split('#')[0]!.split('?')[0]!;
        if (!path.startsWith(BASE)) {
          broken.push(`${file}: <${tag} ${attr}="${value}"> (uden base)`);
          continue;
        }
        const target = join(dist, decodeURIComponent(path.slice(BASE.length)));
        if (!existsSync(path.endsWith('/') ? join(target, 'index.html') : target))
          broken.push(`${file}: <${tag} ${attr}="${value}"> (findes ikke)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the canonical address includes the site URL and the base path', () => {
    const html = readFileSync(join(dist, 'grupper/haematologisk-cancer/index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${SITE}${BASE}grupper/haematologisk-cancer/">`);
  });
});
