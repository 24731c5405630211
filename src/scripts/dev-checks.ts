// Only under `npm run dev` (src/integrations/content-checks.ts injects it): a banner at the top of every
// page listing the content problems of the last save, in Danish with file, line and fix, so an editor
// sees a mistake where they look (the page) and not only in the terminal.
import { LIVE_EVENT, LIVE_PATH, type LiveState } from '../integrations/live-protocol.ts';

const BANNER_ID = 'indholdstjek';

function show(state: LiveState): void {
  document.getElementById(BANNER_ID)?.remove();
  if (!state.problems.length) return;
  const banner = document.createElement('section');
  banner.id = BANNER_ID;
  banner.setAttribute('role', 'alert');
  banner.setAttribute('aria-labelledby', `${BANNER_ID}-titel`);
  banner.style.cssText =
    'position:sticky;top:0;z-index:1000;max-height:60vh;overflow:auto;margin:0;padding:1rem 1.25rem;' +
    'background:#fff4f4;color:#1a1a1a;border-bottom:4px solid #b00020;font:1rem/1.5 system-ui,sans-serif';
  const title = document.createElement('h2');
  title.id = `${BANNER_ID}-titel`;
  title.style.cssText = 'margin:0 0 .5rem;font-size:1.1rem';
  const n = state.problems.length;
  title.textContent = `Indholdet har ${n} fejl. Siden viser måske ikke din seneste ændring, før ${n === 1 ? 'den er rettet' : 'de er rettet'}.`;
  const list = document.createElement('ul');
  list.style.cssText = 'margin:0;padding-left:1.25rem';
  for (const p of state.problems) {
    const item = document.createElement('li');
    const where = document.createElement('strong');
    where.textContent = `${p.file}${p.line ? `, linje ${p.line}` : ''}${p.field ? ` (felt: ${p.field})` : ''}`;
    const message = document.createElement('div');
    message.textContent = p.message;
    const hint = document.createElement('div');
    hint.textContent = `Sådan retter du det: ${p.hint} (fejltype: ${p.kind})`;
    item.append(where, message, hint);
    list.append(item);
  }
  banner.append(title, list);
  document.body.prepend(banner);
}

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
fetch(`${base}${LIVE_PATH}`)
  .then((r) => r.json() as Promise<LiveState>)
  .then(show)
  .catch(() => undefined);
import.meta.hot?.on(LIVE_EVENT, show);
