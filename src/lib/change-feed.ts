// The change log as an Atom feed that feed readers and hospital intranets can follow.
import { Feed } from 'feed';
import type { ChangeEntry } from '../domain/change-log.ts';

/** How many of the newest entries the feed carries; the changes page has them all. */
export const FEED_SIZE = 100;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An Atom 1.0 document. `siteBase` is the absolute URL of the site's root with its base path
 * ("https://example.org/genomvejledninger/"), so every link in the feed works outside the site.
 */
export function changeFeed(entries: readonly ChangeEntry[], siteBase: URL, historyIncluded: boolean): string {
  const abs = (path: string) => new URL(path.replace(/^\//, ''), siteBase).href;
  const shown = entries.slice(0, FEED_SIZE);
  const feed = new Feed({
    id: abs('/aendringer/'),
    link: abs('/aendringer/'),
    title: 'Ændringer i retningslinjerne for helgenomsekventering',
    description: historyIncluded
      ? 'Hvad der er ændret i indikationer og patientgrupper, felt for felt, og redaktionens noter.'
      : 'Redaktionens noter om ændringer. Ændringerne felt for felt er ikke med, fordi denne udgave blev bygget uden versionshistorikken.',
    language: 'da',
    // Atom requires a date; without entries the feed has not changed since its first day, so no clock is read.
    updated: new Date(shown[0]?.date ?? '2020-01-01'),
    generator: 'Genomvejledninger',
    feedLinks: { atom: abs('/aendringer.xml') },
    copyright: 'Nationalt Genom Center',
  });
  for (const e of shown) {
    const what = e.lines.length === 1 ? e.lines[0]! : `${e.lines.length} ændringer`;
    feed.addItem({
      id: abs(`/aendringer/#${encodeURIComponent(e.id)}`),
      title: `${e.title}: ${what}`,
      link: abs(e.path),
      date: new Date(e.date),
      content: `<ul>${e.lines.map((l) => `<li>${escape(l)}</li>`).join('')}</ul>`,
    });
  }
  return feed.atom1();
}
