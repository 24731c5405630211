/**
 * A list read once per build instead of once per page. While a build renders, the content does not change,
 * but every page (its layout, an indication's summary, a group's name) that asked Astro for a whole
 * collection made it copy and resolve every entry again: the pages' total cost grew with pages × entries.
 * Each call gets a list of its own, so a caller that sorts or filters it leaves the next caller's alone.
 * Where the content can change while the process runs (`astro dev`), `reread()` is true and every call reads
 * afresh, so an editor's saved change shows.
 */
export function readOnce<T>(read: () => Promise<readonly T[]>, reread: () => boolean): () => Promise<T[]> {
  const shared = computeOnce(read, reread);
  return async () => [...(await shared())];
}

/**
 * A value computed from the whole content once per build (see readOnce), such as the content model or the
 * data export, which a dozen pages and files ask for. Callers share it, so they only read it.
 */
export function computeOnce<T>(compute: () => Promise<T>, reread: () => boolean): () => Promise<T> {
  let once: Promise<T> | undefined;
  return () => (reread() ? compute() : (once ??= compute()));
}

/** In `astro dev` the content changes between requests; in a build it does not. */
export const contentCanChange = (): boolean => import.meta.env.DEV;
