// Findings on the built pages, collected so one fault in a shared component is reported once.
import type { Problem } from './problem.ts';
import type { BuiltPage } from './built-site.ts';

/**
 * The same fault in a layout or component shows on many pages; an editor should read it once.
 * Collects findings by (file, line, message) and names the pages each one is on.
 */
export class FindingCollector {
  readonly #found = new Map<string, { problem: Problem; pages: string[] }>();

  add(page: BuiltPage, problem: Problem): void {
    const key = [problem.check, problem.file, problem.line, problem.message, problem.hint].join('\u0000');
    const found = this.#found.get(key);
    if (found) {
      if (!found.pages.includes(page.path)) found.pages.push(page.path);
    } else this.#found.set(key, { problem, pages: [page.path] });
  }

  problems(): Problem[] {
    return [...this.#found.values()].map(({ problem, pages }) => ({
      ...problem,
      message: `${problem.message} ${onPages([...pages].sort())}`,
    }));
  }
}

export function onPages(pages: readonly string[]): string {
  if (pages.length === 1) return `(på siden ${pages[0]})`;
  const shown = pages.slice(0, 3).join(', ');
  return pages.length > 3
    ? `(på ${pages.length} sider: ${shown} og ${pages.length - 3} flere)`
    : `(på ${pages.length} sider: ${shown})`;
}
