import type { BuiltSite } from '../lib/built-site.ts';
import { FindingCollector } from '../lib/findings.ts';
import { locateInSource } from '../lib/source-location.ts';
import type { Problem } from '../lib/problem.ts';

/**
 * No JavaScript inside HTML attributes: no onclick="…" and no href="javascript:…". The CSP forbids
 * them (script-src-attr 'none'), so they would silently do nothing in the browser; this check says so
 * at build time instead.
 */
export function checkInlineHandlers(site: BuiltSite): Problem[] {
  const found = new FindingCollector();
  for (const page of site.pages.values()) {
    for (const el of page.elements) {
      for (const [attr, value] of Object.entries(el.attrs)) {
        const handler = attr.startsWith('on');
        const scriptUrl =
          ['href', 'src', 'action', 'formaction'].includes(attr) &&
          value.trim().toLowerCase().startsWith('javascript:');
        if (!handler && !scriptUrl) continue;
        const tag = el.tag;
        found.add(page, {
          check: 'inline-script',
          kind: 'inline-script',
          ...locateInSource(site, page, [`${attr}="${value}"`, `${attr}=`]),
          message: `Elementet <${tag}> har ${attr}="${value.length > 40 ? `${value.slice(0, 37)}...` : value}". Sitets sikkerhedspolitik (CSP) afviser JavaScript i HTML-attributter, så koden ville ikke køre.`,
          hint: handler
            ? `Flyt koden til et <script> i komponenten og brug addEventListener('${attr.slice(2)}', …).`
            : `Brug et rigtigt link eller en <button> med en lytter fra et <script> i komponenten.`,
        });
      }
    }
  }
  return found.problems();
}
