import type { ErrorKindId } from './error-kinds.ts';

/**
 * One thing an editor must fix. Every check returns these, and one formatter prints them,
 * so all messages share a shape: where (file:line, field), what is wrong, and how to fix it.
 */
export interface Problem {
  /** Which check found it, e.g. "skema" or "referencer". */
  check: string;
  /** Path relative to the project root, e.g. "content/indikationer/HAEM-RR.yaml". */
  file: string;
  line?: number;
  column?: number;
  /** Dotted field path, e.g. "kvote.nyhenviste.patienter.vaerdi". */
  field?: string;
  /** What is wrong, in Danish, naming the bad value. */
  message: string;
  /** What to do about it, in Danish. */
  hint: string;
  /**
   * Which kind of error this is (a key of `errorKinds` in scripts/lib/error-kinds.ts). CONTRIBUTING.md
   * explains every kind, and a unit test keeps the two in step.
   */
  kind: ErrorKindId;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
}
