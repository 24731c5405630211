// Consistency rule `nye-tidligere`: nyhenviste + tidligere henviste. Its Danish labels, arithmetic and fixes live here with it.
import { compare, type Comparison, type ConsistencyRule } from '../comparison.ts';
import type { ContentModel, EntryRef } from '../model.ts';
import { sum } from '../totals.ts';
import { num, withUnit } from '../format.ts';

/**
 * Per group: newly referred + other kinds of patients a year against the stated yearly total. Previously
 * referred patients are a one-off cohort (`tidligereHenviste` at the top of the group), so they are
 * never part of a yearly patient total; only the first years' WGS ceiling adds their extra WGS.
 */
export function compareNewlyPreviously(model: Pick<ContentModel, 'groups'>): Comparison[] {
  const out: Comparison[] = [];
  for (const g of model.groups) {
    const where: EntryRef = { collection: 'grupper', id: g.id };
    const p = g.data.patienterPrAar;
    if (p?.iAlt) {
      const parts: [string, number, number][] = [
        ...(p.nyhenviste
          ? [['nyhenviste', p.nyhenviste.vaerdi, p.nyhenviste.tolerance ?? 0] as [string, number, number]]
          : []),
        ...(p.fordeling ?? []).map(
          (f) => [f.navn, f.patienter.vaerdi, f.patienter.tolerance ?? 0] as [string, number, number],
        ),
      ];
      if (parts.length) {
        const computed = sum(parts.map((x) => x[1]));
        out.push(
          compare({
            tjek: 'nye-tidligere',
            emne: 'patienter',
            where,
            path: ['patienterPrAar', 'iAlt', 'vaerdi'],
            label: `Patienter om året i alt for ${g.data.navn}`,
            unit: 'patienter',
            stated: p.iAlt.vaerdi,
            tolerance: (p.iAlt.tolerance ?? 0) + sum(parts.map((x) => x[2])),
            computed,
            relation: 'lig',
            arithmetic: `${parts.map(([n, v]) => `${num(v)} (${n})`).join(' + ')} = ${withUnit(computed, 'patienter')}`,
            parts: [where],
            fix: 'Ret patienterPrAar.iAlt eller delene (nyhenviste, fordeling). Tidligere henviste tælles ikke med i et tal om året.',
          }),
        );
      }
    }
    const w = g.data.wgsPrAar;
    if (w?.nyhenviste && w.tidligereHenviste) {
      const computed = w.nyhenviste.vaerdi + w.tidligereHenviste.vaerdi;
      const tol = (w.nyhenviste.tolerance ?? 0) + (w.tidligereHenviste.tolerance ?? 0);
      const arithmetic = `${num(w.nyhenviste.vaerdi)} (nyhenviste) + ${num(w.tidligereHenviste.vaerdi)} (tidligere henviste) = ${withUnit(computed, 'WGS')}`;
      for (const [emne, figure, key, label] of [
        ['wgs-i-alt', w.iAlt, 'iAlt', 'WGS om året i alt'],
        ['wgs-maksimum', w.maksimum, 'maksimum', 'Største antal WGS om året'],
      ] as const) {
        if (!figure) continue;
        out.push(
          compare({
            tjek: 'nye-tidligere',
            emne,
            where,
            path: ['wgsPrAar', key, 'vaerdi'],
            label: `${label} for ${g.data.navn} mod nyhenviste + tidligere henviste`,
            unit: 'WGS',
            stated: figure.vaerdi,
            tolerance: (figure.tolerance ?? 0) + tol,
            computed,
            relation: 'lig',
            arithmetic,
            parts: [where],
            fix: `Ret wgsPrAar.${key}, wgsPrAar.nyhenviste eller wgsPrAar.tidligereHenviste.`,
          }),
        );
      }
    }
  }
  return out;
}

export const newlyPreviously: ConsistencyRule = {
  id: 'nye-tidligere',
  name: 'nyhenviste + tidligere henviste',
  compare: compareNewlyPreviously,
  per: 'gruppe',
};
