// The shape every content check has, shared by the checks and the runner (check.ts). It imports only
// types, so a check never imports the runner back.
import type { RawEntry } from './content.ts';
import type { Problem } from './problem.ts';
import type { Remember } from './entry-memo.ts';

export interface CheckContext {
  root: string;
  raw: RawEntry[];
  /** What a check works out from one file alone, kept between runs when `npm run check` has a store. */
  remember?: Remember;
}

export interface Rule {
  /** The check's one id: in the registry, in every problem it reports (`Problem.check`) and in CONTRIBUTING.md. */
  id: string;
  /** Short Danish name shown in the summary. */
  name: string;
  run: (ctx: CheckContext) => Problem[];
  /** Only run when the schema and reference checks passed: it reads validated fields, and a broken reference would only repeat itself as sums that do not add up. */
  needsValidContent?: boolean;
  /** Lines for editors shown after the checks even when all is well, e.g. each page's LIX. */
  summary?: (ctx: CheckContext) => string[];
}
