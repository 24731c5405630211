import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { exportAllSchema } from '../../schemas/export.ts';
import type { Figure } from '../../schemas/figure.ts';
import { dist } from './site-pages.ts';

/**
 * What the browser tests expect, read from the build's open-data export (`dist/data/alt.json`): the content
 * as the editors wrote it. A browser test takes names, figures and sentences from here, never from its own
 * source, so an editor's consistent change to `content/` moves the expectation along with the page.
 */
export type SiteData = z.infer<typeof exportAllSchema>;
export type Group = SiteData['grupper'][number];
export type Indication = SiteData['indikationer'][number];

let cached: SiteData | undefined;

export function siteData(): SiteData {
  if (cached) return cached;
  const file = join(dist, 'data', 'alt.json');
  if (!existsSync(file)) throw new Error(`${file} findes ikke. Byg sitet først med \`npm run build\`.`);
  cached = exportAllSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return cached;
}

export function group(slug: string): Group {
  const found = siteData().grupper.find((g) => g.slug === slug);
  if (!found) throw new Error(`Gruppen ${slug} er ikke i dist/data/alt.json.`);
  return found;
}

/** The groups in the order the site lists them: cancer first, then rare disease, each by name. */
export function groupsInSiteOrder(): Group[] {
  return [...siteData().grupper].sort(
    (a, b) => a.omraade.localeCompare(b.omraade, 'da') || a.navn.localeCompare(b.navn, 'da'),
  );
}

export function indicationsOf(slug: string): Indication[] {
  return siteData()
    .indikationer.filter((i) => i.gruppe === slug)
    .sort((a, b) => a.nummer - b.nummer);
}

export function indication(code: string): Indication {
  const found = siteData().indikationer.find((i) => i.kode === code);
  if (!found) throw new Error(`Indikationen ${code} er ikke i dist/data/alt.json.`);
  return found;
}

/**
 * A group that has indications with quota figures for newly referred patients, so the tests of the
 * group page, its sums and its quota tables run on whichever group the content gives figures for.
 */
export function groupWithQuotas(): { group: Group; indications: Indication[] } {
  for (const g of groupsInSiteOrder()) {
    const list = indicationsOf(g.slug);
    if (
      list.length >= 2 &&
      list.every((i) => i.kvote?.nyhenviste?.patienter && (i.kvote.wgsPrAar ?? i.kvote.nyhenviste.wgsPrAar))
    )
      return { group: g, indications: list };
  }
  throw new Error(
    'Ingen gruppe har mindst to indikationer med kvoter: testene af gruppesiden har intet at teste.',
  );
}

// An oracle of its own, not the site's formatter: Danish thousands separator, comma for decimals.
const danish = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** A number as the site writes it in Danish: 2200 → "2.200". */
export const num = (n: number): string => danish.format(n);

/** A figure as a reader sees it, without unit: "ca. 2.200", "15-20", "op til 1.000". */
export function figureText(f: Figure): string {
  const value = f.til === undefined ? num(f.vaerdi) : `${num(f.vaerdi)}-${num(f.til)}`;
  return f.kvalifikator ? `${f.kvalifikator} ${value}` : value;
}

/** A pattern that finds a figure's text with any whitespace, and no digit before it ("40" does not match "240"). */
export function figurePattern(text: string): RegExp {
  return new RegExp(
    `(^|[^\\d.])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}(?![\\d])`,
  );
}

/** The source document a figure cites: its id, which its note links to in the list of sources. */
export const sourceDocument = (f: { kilde: { dokument: string } }): string => f.kilde.dokument;
