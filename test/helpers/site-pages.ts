import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { normaliseBase, pagePathOf } from '../../scripts/lib/built-site.ts';
import { projectRoot } from './temp-project.ts';

export const dist = join(projectRoot, 'dist');
export const base = normaliseBase(process.env.BASE_PATH ?? '/');

/**
 * Pages for editors, not readers: the web editor (Decap CMS). They are not in the sitemap, so the tests that
 * hold every reader page to the site's rules (CSP, weight, axe) leave them out; test/e2e/cms.spec.ts tests them.
 */
export const editorPages = [`${base}admin/`];

function readDist(file: string): string {
  const path = join(dist, file);
  if (!existsSync(path)) {
    throw new Error(
      `${path} findes ikke. Byg sitet først med \`npm run build\` (npm test gør det), før browsertestene kører.`,
    );
  }
  return readFileSync(path, 'utf8');
}

/** The <loc> URLs of a sitemap file. */
function locs(xml: string): string[] {
  const found: string[] = [];
  let text: string[] | undefined;
  const parser = new Parser(
    {
      onopentag: (name) => void (name === 'loc' && (text = [])),
      ontext: (t) => void text?.push(t),
      onclosetag: (name) => {
        if (name === 'loc' && text) found.push(text.join('').trim());
        if (name === 'loc') text = undefined;
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  return found;
}

/** A sitemap URL as a file in dist/ ("http://host/base/sitemap-0.xml" → "sitemap-0.xml"). */
function distFileOf(url: string): string {
  return new URL(url).pathname.slice(base.length);
}

/**
 * Every page of the build, as URL paths with the base path, read from the sitemap, so a page that
 * another branch adds is tested without editing the tests. The 404 page is not in a sitemap by
 * design, so it is added here.
 */
export function sitePages(): string[] {
  const pages = locs(readDist('sitemap-index.xml')).flatMap((sitemap) =>
    locs(readDist(distFileOf(sitemap))).map((url) => new URL(url).pathname),
  );
  if (existsSync(join(dist, '404.html'))) pages.push(`${base}404.html`);
  return [...new Set(pages)];
}

/** Every HTML file of the build as a URL path, to prove that the sitemap leaves none out. */
export function builtHtmlPages(): string[] {
  const walk = (dir: string, prefix = ''): string[] =>
    readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      return e.isDirectory() ? walk(dir, rel) : e.name.endsWith('.html') ? [rel] : [];
    });
  readDist('index.html');
  return walk(dist).map((file) => base + pagePathOf(file).slice(1));
}
