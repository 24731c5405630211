import type { AstroIntegrationLogger } from 'astro';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { searchTermsSchema } from '../../schemas/search-terms.ts';
import type { EarlyPage } from '../../scripts/lib/built-site.ts';
import { locate, readContent } from '../../scripts/lib/content.ts';
import type { Problem } from '../../scripts/lib/problem.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { toSearchTerms } from '../lib/search-keywords.ts';
import { readPagesInOrder, type ReaderContext } from './page-reader.ts';

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
  checks,
}: {
  root: string;
  outDir: string;
  logger: Logger;
  /**
   * The built-HTML checks, which read every HTML file in the build: each page is read and parsed once for
   * both, and `onPage` gets the checks' view of each file (its path relative to outDir with forward slashes)
   * and the milliseconds that view took to make.
   */
  checks?: ReaderContext['checks'] & { onPage(file: string, page: EarlyPage, ms: number): void };
}): Promise<IndexSummary> {
  const termFiles = readContent(root, ['soegeord']);
  const parsed = termFiles.map((entry) => ({ entry, data: searchTermsSchema.parse(entry.data) }));
  const terms = toSearchTerms(parsed.map(({ entry, data }) => ({ file: entry.file, data })));

  // One page at a time on this thread: each is read, given its search words and parsed for the checks on
  // the reader threads (src/integrations/page-reader.ts) and handed to Pagefind here in the order of the
  // files, and only its address and language are kept. Holding every page (and Pagefind's encoded copy of
  // each, queued on its pipe) at once made this step the build's peak memory.
  const paths = new Set<string>();
  const notDanish: { path: string; file: string; lang: string | undefined }[] = [];
  let pagesWithKeywords = 0;
  let unused: number[];
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
  const files = htmlFiles(outDir);
  // Plain data for the reader threads; onPage stays here.
  const readFor = checks && { base: checks.base, site: checks.site, routes: checks.routes };
  let reader: ReturnType<typeof readPagesInOrder> | undefined;
  try {
    reader = readPagesInOrder(files, { root, dist: outDir, terms, checks: readFor });
    // Pagefind's service answers each call over a pipe; a few calls in flight keep it busy (waiting for
    // each answer before sending the next page left it idle most of the time), a bounded number keeps the
    // memory of the pages waiting in the pipe bounded.
    const pageErrors: string[][] = [];
    const inFlight = new Set<Promise<void>>();
    for (let n = 0; n < files.length; n++) {
      const { file, search: page, checked, checkMs } = await reader.next();
      if (checked) checks?.onPage(file, checked, checkMs);
      if (!page) continue;
      const { path } = page;
      paths.add(path);
      if (page.lang !== 'da') notDanish.push({ path, file: join(outDir, file), lang: page.lang });
      if (page.hasKeywords) pagesWithKeywords++;
      const slot: string[] = [];
      pageErrors.push(slot);
      const added: Promise<void> = index
        .addHTMLFile({ url: path, content: page.content })
        .then((a) => void slot.push(...a.errors.map((e) => `${path}: ${e}`)))
        .finally(() => inFlight.delete(added));
      // A failed call is reported once, through the race or the wait below, not also as unhandled.
      added.catch(() => {});
      inFlight.add(added);
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    errors.push(...pageErrors.flat());
    unused = await reader.finish();
  } catch (error) {
    await pagefind.close();
    throw new Error('Pagefind kunne ikke bygge søgeindekset. Se fejlen nedenfor.', { cause: error });
  } finally {
    await reader?.close();
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
    unusedTerms: unused.map((i) => terms[i]!.label),
  };
}

/** Pages sent to Pagefind and not yet answered: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 8;

/** Every HTML file in the build, except Pagefind's own files, relative to outDir with forward slashes. */
function htmlFiles(outDir: string): string[] {
  return (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith(`${BUNDLE_DIR}${sep}`))
    .sort()
    .map((f) => f.split(sep).join('/'));
}
