import type { Plugin, ViteDevServer } from 'vite';
import { join } from 'node:path';
import { runChecks } from '../../scripts/lib/check.ts';
import { formatReport } from '../../scripts/lib/report.ts';
import type { Problem } from '../../scripts/lib/problem.ts';
import { LIVE_EVENT, LIVE_PATH, type LiveState } from './live-protocol.ts';

export function liveState(problems: readonly Problem[]): LiveState {
  return {
    problems: problems.map(({ file, line, field, message, hint, kind }) => ({
      file,
      line,
      field,
      message,
      hint,
      kind,
    })),
  };
}

/**
 * `npm run dev` only: runs the content checks again whenever a file under content/ changes, logs the
 * Danish report, and tells the open pages (src/scripts/dev-checks.ts shows a banner with file, line
 * and fix). A page that reloads asks for the current state, so the banner survives Astro's reload.
 */
export function liveChecksPlugin(
  root: string,
  log: { info: (m: string) => void; error: (m: string) => void },
  initial: readonly Problem[],
): Plugin {
  const content = join(root, 'content');
  let state: LiveState = liveState(initial);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rerun = (server: ViteDevServer) => {
    const { problems } = runChecks(root);
    const wasBroken = state.problems.length > 0;
    state = liveState(problems);
    if (problems.length) log.error(`\n${formatReport(problems)}`);
    else if (wasBroken) log.info('Indholdet er gyldigt igen.');
    server.ws.send({ type: 'custom', event: LIVE_EVENT, data: state });
  };
  return {
    name: 'genomvejledninger:live-checks',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(content);
      const onChange = (file: string) => {
        if (!file.startsWith(content)) return;
        // An editor's save can arrive as several events; check once they have settled.
        clearTimeout(timer);
        timer = setTimeout(() => rerun(server), 150);
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split('?')[0]?.endsWith(LIVE_PATH)) return next();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(JSON.stringify(state));
      });
    },
  };
}
