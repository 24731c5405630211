import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants as zlib, gunzipSync } from 'node:zlib';
import { builtPage, normaliseBase, type EarlyPage, type ReadOptions } from '../../scripts/lib/built-site.ts';
import { locate } from '../../scripts/lib/content.ts';
import type { RenderedPages } from '../../scripts/lib/hand-off.ts';
import type { Problem } from '../../scripts/lib/problem.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import { createMatcher, type Matcher, type SearchTerm } from '../lib/search-keywords.ts';
import { ORDER_FILE } from '../lib/search-ranking.ts';
import { readRenderedPages } from './rendered-file.ts';
import { pagePath, readRenderedPage, withMetas, type RenderedPage } from './search-page.ts';
import { readSearchTerms } from './search-terms.ts';

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
  /** What Pagefind printed (warnings) though it built the index. */
  pagefindNotes: string[];
}

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
 * the build folder. Each indexed page gets the words from `content/soegeord/` that belong to it (compound
 * parts, abbreviations, synonyms) as metadata, which Pagefind searches but no reader sees: the pages go to
 * Pagefind with their words from a mirror of the build folder, and the files in the build are not changed.
 * Pagefind's program indexes the mirror in a process of its own, on every core. Any Pagefind error, or a
 * search word pointing at a page that is not in the index, throws with a Danish message, and no index is
 * left in the build.
 */
export async function buildSearchIndex({
  root,
  outDir,
  rendered,
  checks,
}: {
  root: string;
  outDir: string;
  /**
   * The pages as they were read while Astro rendered them, and the mirror they were written to
   * (src/integrations/render-reader.ts). Pagefind starts on that mirror at once; a page whose file in the
   * build is not the page that was read is read again, and Pagefind starts again on the mended mirror.
   */
  rendered?: RenderedPages;
  /**
   * For the built-HTML checks, which look at every HTML file in the build: `onPage` gets the checks' view of
   * each file (its path relative to outDir with forward slashes) and the milliseconds that view took.
   */
  checks?: ReadOptions & {
    onPage(file: string, page: EarlyPage, ms: number): void;
    /** Called once every page has been through `onPage`, while Pagefind indexes in its own process. */
    whileIndexing?(): void;
  };
}): Promise<IndexSummary> {
  const { files: termFiles, terms } = readSearchTerms(root);
  const mirror = rendered?.mirror ?? mkdtempSync(join(tmpdir(), 'genomvejledninger-soegespejl-'));
  let indexing = rendered ? startIndexing(mirror, outDir) : undefined;
  let finished = false;
  try {
    const known = rendered ? readRenderedPages(rendered.file) : new Map<string, RenderedPage>();
    // For a page not read while it was rendered (none in a normal build): made when first needed.
    let matcher: Matcher | undefined;
    const base = normaliseBase(checks?.base ?? '/');
    const paths = new Set<string>();
    const notDanish: { path: string; file: string; lang: string | undefined }[] = [];
    let pagesWithKeywords = 0;
    let mended = false;
    for (const file of htmlFiles(outDir)) {
      const start = performance.now();
      const absolute = join(outDir, file);
      // The write time before the read: a page written again later is parsed again by the checks.
      const { mtimeMs, size } = statSync(absolute);
      const path = pagePath(outDir, absolute);
      let page = known.get(path);
      known.delete(path);
      let text: string | undefined;
      const html = () => (text ??= readFileSync(absolute, 'utf8'));
      if (page?.bytes !== size) page = readRenderedPage(html(), path, (matcher ??= createMatcher(terms)));
      if (checks) {
        const scanned = { elements: page.elements, anchors: new Set(page.anchors) };
        const view = builtPage(root, outDir, file, base, checks, scanned, false);
        checks.onPage(file, { page: view, mtimeMs }, performance.now() - start);
      }
      if (!page.indexed) continue;
      paths.add(path);
      if (page.lang !== 'da') notDanish.push({ path, file: absolute, lang: page.lang });
      if (page.keywords) pagesWithKeywords++;
      if (page.mirrored === file) continue;
      const copy = join(mirror, file);
      mkdirSync(dirname(copy), { recursive: true });
      writeFileSync(copy, withMetas(html(), page.metas));
      mended = true;
    }
    // Pages read while rendered whose file the build does not hold (as read) are not to be found.
    for (const page of known.values()) {
      if (!page.mirrored) continue;
      rmSync(join(mirror, page.mirrored), { force: true });
      mended = true;
    }
    const unused = unusedTerms(terms, [rendered?.unused, matcher && usedBy(terms, matcher)]);

    // Problems an editor can fix are reported like every content error: file, line, field, fix.
    const problems = [...missingPages(termFiles, paths), ...notDanish.map(notDanishProblem(root))];
    // Nothing is written: the index of a site with these problems is not one to publish.
    if (problems.length) throw new Error(`Søgeindekset kan ikke bygges:\n\n${formatReport(problems)}`);

    if (mended || !indexing) {
      await indexing?.cancel();
      rmSync(join(outDir, BUNDLE_DIR), { recursive: true, force: true });
      indexing = startIndexing(mirror, outDir);
    }
    checks?.whileIndexing?.();
    const pagefindNotes = await indexing.finish();
    finished = true;
    return {
      pages: paths.size,
      pagesWithKeywords,
      unusedTerms: unused.map((i) => terms[i]!.label),
      pagefindNotes,
    };
  } finally {
    await indexing?.cancel();
    // Pagefind may have written part of its files when the index was given up.
    if (!finished) rmSync(join(outDir, BUNDLE_DIR), { recursive: true, force: true });
    if (!rendered) rmSync(mirror, { recursive: true, force: true });
  }
}

/** Pagefind's command line, as the package installs it (`npx pagefind`). */
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/**
 * Pagefind's command line indexing the pages in `mirror` and writing its bundle into the build, in a process
 * of its own. Its Node API indexes the same pages as fast, but writes the bundle on one core: 35 s against
 * the whole command's 30 s at 4,000 pages. `finish` waits for it, writes ORDER_FILE and gives what Pagefind
 * printed (with --quiet only its warnings); `cancel` stops it.
 * A failure throws in Danish, with Pagefind's own words as the cause.
 */
function startIndexing(
  mirror: string,
  outDir: string,
): { finish(): Promise<string[]>; cancel(): Promise<void> } {
  const bundle = join(outDir, BUNDLE_DIR);
  const args = ['--site', mirror, '--output-path', bundle, '--quiet'];
  for (const selector of NOT_SEARCHED) args.push('--exclude-selectors', selector);
  // A process group of its own, so that stopping it stops the program the command line starts.
  const child = spawn(process.execPath, [PAGEFIND_CLI, ...args], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  // A failure is reported once, where `finish` awaits it, not also as unhandled while the pages are read.
  exited.catch(() => {});
  const fail = (cause: unknown): never => {
    throw new Error('Pagefind kunne ikke bygge søgeindekset. Se fejlen nedenfor.', { cause });
  };
  return {
    async finish() {
      const code = await exited.catch(fail);
      if (code !== 0) fail(new Error(output.trim() || `Pagefind stoppede med kode ${code}.`));
      writePageOrder(bundle);
      return output.split('\n').filter((line) => line.trim());
    },
    async cancel() {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Gone already.
      }
      await exited.catch(() => {});
    },
  };
}

/**
 * Writes ORDER_FILE into the bundle Pagefind wrote to `bundle`: the pages' ids in the order of their files.
 * Pagefind gives results it scores the same in the order it met their pages, which is the order the file
 * system lists the folder it indexed: another order on another machine. Its fragment files (one per page,
 * named by the page's id) hold each page's address.
 */
function writePageOrder(bundle: string): void {
  const folder = join(bundle, 'fragment');
  const pages = readdirSync(folder)
    .filter((f) => f.endsWith('.pf_fragment'))
    .flatMap((f) => {
      const url = fragmentUrl(join(folder, f));
      // A fragment that is not one page's (should Pagefind put several pages in one file) is left out: its
      // pages' equal scores are then ordered by their ids, the same on every machine still.
      if (url === undefined) return [];
      // The page's file in the build: the order the index had when this step gave Pagefind one file
      // after another, sorted, and which the search's ranking was tuned with. A page comes before the
      // overview of its folder ("grupper/x/index.html" before "grupper/index.html").
      return [
        {
          id: f.slice(0, -'.pf_fragment'.length),
          file: url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1),
        },
      ];
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  writeFileSync(join(bundle, ORDER_FILE), JSON.stringify(pages.map((p) => p.id)));
}

/** The compressed bytes read first: a page's address, where Pagefind writes it, is within their text. */
const FRAGMENT_START = 1024;

/**
 * The address in one page's fragment file (after Pagefind's signature, JSON), if it is one page's. Pagefind
 * writes the address first, so the start of the file is enough: the whole file, with the page's text, took
 * about a second to unpack at 4,000 pages, after the index was built. A fragment whose address is not first is
 * read whole.
 */
export function fragmentUrl(file: string): string | undefined {
  const start = Buffer.alloc(FRAGMENT_START);
  const fd = openSync(file, 'r');
  let length: number;
  try {
    length = readSync(fd, start, 0, FRAGMENT_START, 0);
  } finally {
    closeSync(fd);
  }
  try {
    // Unpacks what the bytes read give, without asking for the end of the stream.
    const text = gunzipSync(start.subarray(0, length), { finishFlush: zlib.Z_SYNC_FLUSH }).toString('utf8');
    // The signature, then the page's object with its address first.
    const first = /^[^{[]*\{"url":("(?:[^"\\]|\\.)*")/.exec(text);
    if (first) return JSON.parse(first[1]!) as string;
  } catch {
    // Not a stream this start unpacks; the whole file says what it is.
  }
  try {
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    const fragment: unknown = JSON.parse(text.slice(text.indexOf('{')));
    const url = (fragment as { url?: unknown } | null)?.url;
    return typeof url === 'string' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A problem for each page a search term lists under `sider` that the index does not have. */
function missingPages(
  files: ReturnType<typeof readSearchTerms>['files'],
  paths: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const { entry, data } of files) {
    const lists = [
      ...data.ord.map((w, i) => ['ord', i, w.sider] as const),
      ...data.forkortelser.map((a, i) => ['forkortelser', i, a.sider] as const),
    ];
    for (const [list, i, sider] of lists) {
      sider.forEach((side, j) => {
        if (paths.has(side)) return;
        problems.push({
          check: 'søgeord',
          kind: 'side-ikke-i-soegningen',
          file: entry.file,
          ...locate(entry, [list, i, 'sider', j]),
          field: `${list}[${i}].sider[${j}]`,
          message: `Siden "${side}" findes ikke i det byggede site, eller den er ikke med i søgningen.`,
          hint: `Skriv stien til en side, der findes, med skråstreg først og sidst, fx /grupper/haematologisk-cancer/, eller fjern linjen.`,
        });
      });
    }
  }
  return problems;
}

const notDanishProblem =
  (root: string) =>
  (page: { path: string; file: string; lang: string | undefined }): Problem => ({
    check: 'søgeord',
    kind: 'side-ikke-dansk',
    file: relative(root, page.file),
    message: `Siden ${page.path} har sproget "${String(page.lang)}", men søgeindekset er dansk.`,
    hint: 'Sæt <html lang="da"> i sidens layout (src/layouts/Base.astro gør det).',
  });

/** Indexes into `terms` of the terms `matcher` has not used. */
const usedBy = (terms: readonly SearchTerm[], matcher: Matcher) =>
  matcher.unused().map((term) => terms.indexOf(term));

/** The terms no reader used: each list gives the indexes one reader did not use; none read gives all. */
function unusedTerms(terms: readonly SearchTerm[], lists: (number[] | undefined)[]): number[] {
  const read = lists.filter((list): list is number[] => list !== undefined);
  if (!read.length) return terms.map((_, i) => i);
  return read.reduce((all, some) => all.filter((t) => some.includes(t)));
}

/** Every HTML file in the build, except Pagefind's own files, relative to outDir with forward slashes. */
function htmlFiles(outDir: string): string[] {
  return (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith(`${BUNDLE_DIR}${sep}`))
    .sort()
    .map((f) => f.split(sep).join('/'));
}
