// The finder's no-script filter: one rule per answer (or pair of age answers) that hides the cards whose
// data attribute lacks it. The data attributes come from src/domain/finder.ts, so this stylesheet holds no
// rule of its own; it only says "hide what the domain says does not match". Needs CSS :has().
import type { APIRoute } from 'astro';
import { getIndications } from '../../lib/content.ts';
import { finderView } from '../../lib/finder-view.ts';
import { areaOptions, emptyToken, situationOptions } from '../../domain/finder.ts';

const checked = (name: string, value: string) => `:has(input[name="${name}"][value="${value}"]:checked)`;
const tok = (v: string) => v || emptyToken;

export const GET: APIRoute = async () => {
  const { bands } = finderView(await getIndications());
  const ages = ['', ...bands.map((b) => b.id)];
  const rules = [
    ...ages.flatMap((a) =>
      ages.map(
        (d) =>
          `.finder${checked('alder', a)}${checked('debut', d)} .finder__hit:not([data-alder~="${tok(a)}~${tok(d)}"])`,
      ),
    ),
    ...['', ...areaOptions.map((o) => o.id)].map(
      (o) => `.finder${checked('omraade', o)} .finder__hit:not([data-omraade~="${tok(o)}"])`,
    ),
    ...['', ...situationOptions.map((o) => o.id)].map(
      (s) => `.finder${checked('situation', s)} .finder__hit:not([data-situation~="${tok(s)}"])`,
    ),
  ];
  return new Response(`${rules.join(',\n')} { display: none; }\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
