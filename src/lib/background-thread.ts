import { setPriority } from 'node:os';

/**
 * Lowers the calling thread's scheduling priority. Linux keeps a priority per thread, so a worker thread
 * that calls this gives way to Astro's main thread, the one the build waits for, whenever both want a core,
 * and takes whatever the main thread leaves idle. The build does the same work either way; it is only the
 * order in which the two cores serve it. Where the system refuses, the thread keeps its priority.
 */
export function runInBackground(): void {
  try {
    setPriority(10);
  } catch {
    // Lowering one's own priority is allowed everywhere we build; nothing is lost if it is not.
  }
}
