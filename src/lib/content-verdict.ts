// While `astro build` loads the content, the content checks still run on their own thread. Loading waits
// for nothing, so the two share the machine's cores; what Astro would say about broken content must still
// not reach the editor before the checks' Danish report does. So, while the checks' verdict is pending:
// - a content loader that fails waits for it before its error goes on (guardLoader), and
// - the warnings and errors Astro logs are held back (holdLogEvent), and printed once the checks have
//   passed, or dropped when the Danish report is printed instead (dropHeldLog), as they are then about
//   content the report already names.
// Astro loads the integrations, the content config and the logger each in a module graph of its own, so
// the three share this state through a global, not through this module's own variables.

/** A log line as Astro hands it to its logger's destination. */
export interface LogEvent {
  level: string;
  label?: string | null;
  message: string;
  newLine?: boolean;
}

interface Pending {
  verdict: Promise<void>;
  held: LogEvent[];
  write?: (event: LogEvent) => void;
}

const KEY = Symbol.for('genomvejledninger.contentVerdict');
type WithPending = { [KEY]?: Pending };
const pending = () => (globalThis as WithPending)[KEY];

/**
 * Marks the checks' verdict as pending until `verdict` settles. It resolves when the content passed; when it
 * did not, the Danish report is printed and the process ends without it resolving.
 */
export function awaitContentVerdict(verdict: Promise<void>): void {
  const state: Pending = { verdict, held: [] };
  (globalThis as WithPending)[KEY] = state;
  const release = () => {
    process.off('exit', release);
    if (pending() === state) delete (globalThis as WithPending)[KEY];
    for (const event of state.held.splice(0)) state.write?.(event);
  };
  verdict.then(release, release);
  // Should the process end some other way while the verdict is pending (a crash in Astro's own code), what
  // Astro said about it is printed, not lost.
  process.on('exit', release);
}

/** The pending verdict, if the checks are still running. */
export function pendingContentVerdict(): Promise<void> | undefined {
  return pending()?.verdict;
}

/**
 * Holds a warning or an error back while the verdict is pending and returns true; `write` prints it later.
 * Other lines, and every line once the verdict is in, are not held (false).
 */
export function holdLogEvent(event: LogEvent, write: (event: LogEvent) => void): boolean {
  const state = pending();
  if (!state || (event.level !== 'warn' && event.level !== 'error')) return false;
  state.write = write;
  state.held.push(event);
  return true;
}

/** Forgets the held lines: the checks' report, about the same content, is printed instead. */
export function dropHeldLog(): void {
  pending()?.held.splice(0);
}

/** A content loader whose failure waits for the checks' verdict before it is passed on. */
export function guardLoader<L extends { load(context: never): Promise<void> }>(loader: L): L {
  const load = async (context: Parameters<L['load']>[0]) => {
    try {
      await loader.load(context);
    } catch (error) {
      // A failing verdict prints the report and ends the build here; a passing one lets Astro's error on.
      await pendingContentVerdict()?.catch(() => undefined);
      throw error;
    }
  };
  return { ...loader, load };
}
