// The file the reader thread writes the rendered pages to (src/integrations/render-reader.ts), one page per
// line of JSON, and reading it back (src/integrations/search-index.ts). Most of a page's elements are those
// of every page (the header, the menu, the footer): written out in full for each page, they made the file
// twenty times its size and reading it back took longer than the checks. So an element is written in full
// once, and after that as its number: the n-th element written in full, counted the same way on both sides.
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { PageElement } from '../../scripts/lib/built-site.ts';
import type { RenderedPage } from './search-page.ts';

/** Elements numbered at most: bounds the memory of the table on both sides, whatever the number of pages. */
const TABLE_SIZE = 200_000;

type StoredPage = Omit<RenderedPage, 'elements'> & { elements: (number | PageElement)[] };

/** Writes pages to `file`, replacing what it held; `close` must be called once every page is written. */
export function renderedPagesWriter(file: string): { write(page: RenderedPage): void; close(): void } {
  const out = openSync(file, 'w');
  const numbers = new Map<string, number>();
  return {
    write(page) {
      const elements = page.elements.map((element) => {
        const json = JSON.stringify(element);
        const known = numbers.get(json);
        if (known !== undefined) return known;
        if (numbers.size < TABLE_SIZE) numbers.set(json, numbers.size);
        return element;
      });
      writeSync(out, `${JSON.stringify({ ...page, elements } satisfies StoredPage)}\n`);
    },
    close: () => closeSync(out),
  };
}

/**
 * The pages in `file`, by their address. The same element of many pages is one object, shared: the checks
 * only read the elements. A missing file gives no pages.
 */
export function readRenderedPages(file: string): Map<string, RenderedPage> {
  const pages = new Map<string, RenderedPage>();
  if (!existsSync(file)) return pages;
  const table: PageElement[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const stored = JSON.parse(line) as StoredPage;
    const elements = stored.elements.map((element) => {
      if (typeof element === 'number') return table[element]!;
      if (table.length < TABLE_SIZE) table.push(element);
      return element;
    });
    pages.set(stored.path, { ...stored, elements });
  }
  return pages;
}
