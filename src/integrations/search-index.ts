import type { AstroIntegrationLogger } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { Parser, type Handler } from 'htmlparser2';
import { searchTermsSchema } from '../../schemas/search-terms.ts';
import { locate, readContent } from '../../scripts/lib/content.ts';
import type { Problem } from '../../scripts/lib/problem.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { PARSER_OPTIONS } from '../../scripts/lib/built-site.ts';
import { isPatientPath, KEYWORDS_META } from '../lib/search-facets.ts';
import { createMatcher, toSearchTerms } from '../lib/search-keywords.ts';

/** The folder of the search bundle in the build; the UI loads it from `<base>pagefind/`. */
export const BUNDLE_DIR = 'pagefind';

/**
 * Parts of a page that are in the way of a search result: the source citation after a sentence, the
 * line above the heading that names the page's code and group (each result shows its group already),
 * the page's table of contents and its "see also" links. Readers still see them on the page.
 */
export const NOT_SEARCHED = ['.kilde', '.tag', '.toc', '.patient-links', '[data-search-skip]'];

export interface IndexSummary {
  pages: number;
  pagesWithKeywords: number;
  unusedTerms: string[];
}

type Logger = Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>;

/** The line the build prints once the index is written. */
export function indexSummaryLine(summary: IndexSummary): string {
  return (
    `Søgeindeks: ${summary.pages} sider; ${summary.pagesWithKeywords} af dem har søgeord fra content/soegeord/.` +
    (summary.unusedTerms.length
      ? ` ${summary.unusedTerms.length} søgeord passer endnu ikke på nogen side (fx ${summary.unusedTerms.slice(0, 5).join(', ')}).`
      : '')
  );
}

/**
 * Builds the Pagefind index after `astro build` (src/integrations/after-build.ts runs it), from the HTML in
 * the build folder. Before a page goes into the index it gets the words from `content/soegeord/` that belong
 * to it (compound parts, abbreviations, synonyms) as metadata, which Pagefind searches but no reader sees.
 * The files in the build are not changed. Any Pagefind error, or a search word pointing at a page that is
 * not in the index, throws with a Danish message.
 */
export async function buildSearchIndex({
  root,
  outDir,
  logger,
  alongside,
}: {
  root: string;
  outDir: string;
  logger: Logger;
  /**
   * Another reader of every HTML file in the build (the built-HTML checks), given the file's path relative
   * to outDir with forward slashes before it is read: its parser handler joins this step's pass over the
   * page, so each page is read and parsed once for both.
   */
  alongside?: (file: string) => Partial<Handler>;
}): Promise<IndexSummary> {
  const termFiles = readContent(root, ['soegeord']);
  const parsed = termFiles.map((entry) => ({ entry, data: searchTermsSchema.parse(entry.data) }));
  const terms = toSearchTerms(parsed.map(({ entry, data }) => ({ file: entry.file, data })));
  const matcher = createMatcher(terms);

  // One page in memory at a time: each is read, given its search words and handed to Pagefind, and only
  // its address and language are kept. Holding every page (and Pagefind's encoded copy of each, queued on
  // its pipe) at once made this step the build's peak memory.
  const paths = new Set<string>();
  const notDanish: { path: string; file: string; lang: string | undefined }[] = [];
  let pagesWithKeywords = 0;
  const errors: string[] = [];
  let index: pagefind.PagefindIndex;
  try {
    const created = await pagefind.createIndex({ excludeSelectors: NOT_SEARCHED });
    errors.push(...created.errors);
    if (!created.index) throw new Error('Pagefind oprettede intet indeks.');
    index = created.index;
  } catch (error) {
    await pagefind.close();
    throw new Error('Pagefind kunne ikke bygge søgeindekset. Se fejlen nedenfor.', { cause: error });
  }
  try {
    // Pagefind's service answers each call over a pipe; a few calls in flight keep it busy (waiting for
    // each answer before sending the next page left it idle most of the time), a bounded number keeps the
    // memory of the pages waiting in the pipe bounded.
    const pageErrors: string[][] = [];
    const inFlight = new Set<Promise<void>>();
    for (const file of htmlFiles(outDir)) {
      const also = alongside?.(relative(outDir, file).split(sep).join('/'));
      const html = readFileSync(file, 'utf8');
      const page = readPage(html, also);
      if (!page) continue;
      const path = pagePath(outDir, file);
      paths.add(path);
      if (page.lang !== 'da') notDanish.push({ path, file, lang: page.lang });
      const keywords = matcher.keywordsFor({
        text: page.text,
        heading: page.heading,
        path,
        forPatients: isPatientPath(path),
      });
      const metas = (['about', 'mentions', 'everyday'] as const)
        .filter((kind) => keywords[kind].length)
        .map(
          (kind) =>
            `<meta data-pagefind-meta="${KEYWORDS_META[kind]}[content]" content="${escapeAttribute(keywords[kind].join(', '))}">`,
        )
        .join('');
      if (metas) pagesWithKeywords++;
      const content = metas ? html.replace('</head>', `${metas}</head>`) : html;
      const slot: string[] = [];
      pageErrors.push(slot);
      const added: Promise<void> = index
        .addHTMLFile({ url: path, content })
        .then((a) => void slot.push(...a.errors.map((e) => `${path}: ${e}`)))
        .finally(() => inFlight.delete(added));
      // A failed call is reported once, through the race or the wait below, not also as unhandled.
      added.catch(() => {});
      inFlight.add(added);
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    errors.push(...pageErrors.flat());
  } catch (error) {
    await pagefind.close();
    throw new Error('Pagefind kunne ikke bygge søgeindekset. Se fejlen nedenfor.', { cause: error });
  }

  // Problems an editor can fix are reported like every content error: file, line, field, fix.
  const problems: Problem[] = [];
  for (const { entry, data } of parsed) {
    const lists = [
      ...data.ord.map((w, i) => ['ord', i, w.sider] as const),
      ...data.forkortelser.map((a, i) => ['forkortelser', i, a.sider] as const),
    ];
    for (const [list, i, sider] of lists) {
      sider.forEach((side, j) => {
        if (paths.has(side)) return;
        const at = [list, i, 'sider', j];
        problems.push({
          check: 'søgeord',
          kind: 'side-ikke-i-soegningen',
          file: entry.file,
          ...locate(entry, at),
          field: `${list}[${i}].sider[${j}]`,
          message: `Siden "${side}" findes ikke i det byggede site, eller den er ikke med i søgningen.`,
          hint: `Skriv stien til en side, der findes, med skråstreg først og sidst, fx /grupper/haematologisk-cancer/, eller fjern linjen.`,
        });
      });
    }
  }
  for (const page of notDanish) {
    problems.push({
      check: 'søgeord',
      kind: 'side-ikke-dansk',
      file: relative(root, page.file),
      message: `Siden ${page.path} har sproget "${String(page.lang)}", men søgeindekset er dansk.`,
      hint: 'Sæt <html lang="da"> i sidens layout (src/layouts/Base.astro gør det).',
    });
  }
  if (problems.length) {
    // Nothing is written: the index of a site with these problems is not one to publish.
    await pagefind.close();
    throw new Error(`Søgeindekset kan ikke bygges:\n\n${formatReport(problems)}`);
  }

  try {
    const written = await index.writeFiles({ outputPath: join(outDir, BUNDLE_DIR) });
    errors.push(...written.errors);
  } catch (error) {
    throw new Error('Pagefind kunne ikke bygge søgeindekset. Se fejlen nedenfor.', { cause: error });
  } finally {
    await pagefind.close();
  }
  if (errors.length) {
    for (const e of errors) logger.error(`Pagefind: ${e}`);
    throw new Error(`Pagefind meldte ${errors.length} fejl, da søgeindekset blev bygget (se ovenfor).`, {
      cause: new AggregateError(errors.map((e) => new Error(e))),
    });
  }
  return {
    pages: paths.size,
    pagesWithKeywords,
    unusedTerms: matcher.unused().map((t) => t.label),
  };
}

/** Pages sent to Pagefind and not yet answered: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 8;

/** Every HTML file in the build, except Pagefind's own files. */
function htmlFiles(outDir: string): string[] {
  return (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith(`${BUNDLE_DIR}${sep}`))
    .sort()
    .map((f) => join(outDir, f));
}

/** "/grupper/x/" for "grupper/x/index.html": the address without base path, as readers and `sider` write it. */
export function pagePath(outDir: string, file: string): string {
  const rel = relative(outDir, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

// Tags that start a new block of text, so that words in neighbouring blocks are not run together.
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
const NOT_TEXT = new Set(['script', 'style', 'template']);

/**
 * What the index step needs from a built page, read in one streaming pass (parsing every page into a
 * tree and writing it out again took most of the index's time): the page's language, and the text of
 * its indexed part (`data-pagefind-body`) and of that part's first heading. Undefined for a page that
 * is not indexed. `also`: another reader's handler, given every event of the same pass.
 */
export function readPage(
  html: string,
  also?: Partial<Handler>,
): { lang?: string; text: string; heading: string } | undefined {
  let lang: string | undefined;
  let bodyDepth = 0; // > 0 inside the indexed part
  let headingDepth = 0; // > 0 inside its first <h1>
  let headingDone = false;
  let skipDepth = 0;
  let found = false;
  const text: string[] = [];
  const heading: string[] = [];
  const handler: Partial<Handler> = {
    onopentag(name, attributes) {
      if (name === 'html') lang = attributes.lang;
      if (bodyDepth === 0 && 'data-pagefind-body' in attributes) {
        found = true;
        bodyDepth = 1;
        return;
      }
      if (bodyDepth === 0) return;
      bodyDepth++;
      // What Pagefind leaves out of the index must not earn the page search words either.
      if (NOT_TEXT.has(name) || 'data-pagefind-ignore' in attributes || skipDepth) skipDepth++;
      if (headingDepth) headingDepth++;
      else if (name === 'h1' && !headingDone) headingDepth = 1;
      if (BLOCK.has(name)) text.push(' ');
    },
    ontext(data) {
      if (bodyDepth === 0 || skipDepth) return;
      text.push(data);
      if (headingDepth) heading.push(data);
    },
    onclosetag(name) {
      if (bodyDepth === 0) return;
      bodyDepth--;
      if (skipDepth) skipDepth--;
      if (headingDepth && --headingDepth === 0) headingDone = true;
      if (BLOCK.has(name)) text.push(' ');
    },
  };
  // The same options as the checks' pass (scripts/lib/built-site.ts), so one parser can serve both.
  const parser = new Parser(also ? both(handler, also) : handler, PARSER_OPTIONS);
  parser.end(html);
  if (!found) return undefined;
  const clean = (parts: string[]) => parts.join('').replace(/\s+/g, ' ').trim();
  return { lang, text: clean(text), heading: clean(heading) };
}

/** One handler that gives every parser event to `first`, then to `second`. */
function both(first: Partial<Handler>, second: Partial<Handler>): Partial<Handler> {
  return {
    onopentag(name, attributes, implied) {
      first.onopentag?.(name, attributes, implied);
      second.onopentag?.(name, attributes, implied);
    },
    ontext(data) {
      first.ontext?.(data);
      second.ontext?.(data);
    },
    onclosetag(name, implied) {
      first.onclosetag?.(name, implied);
      second.onclosetag?.(name, implied);
    },
    onend() {
      first.onend?.();
      second.onend?.();
    },
  };
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
