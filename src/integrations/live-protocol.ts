// What the dev server (live-checks.ts) and the page's banner (src/scripts/dev-checks.ts) share. No imports:
// the banner runs in the browser and must not pull the checks (and node:fs) in with it.

/** One content problem as the banner shows it. */
export interface LiveProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
  hint: string;
  kind: string;
}

/** What the dev banner shows: the problems of the last check run, as plain data. */
export interface LiveState {
  problems: LiveProblem[];
}

/** The dev server's address for the current state, and the HMR event that carries a new one. */
export const LIVE_PATH = '/__indholdstjek';
export const LIVE_EVENT = 'genomvejledninger:indholdstjek';
