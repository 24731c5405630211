// Consistency rule `germline-somatisk`: germline + somatiske. Its Danish labels, arithmetic and fixes live here with it.
import { compare, type Comparison, type ConsistencyRule } from '../comparison.ts';
import type { ContentModel, EntryRef } from '../model.ts';
import { num, withUnit } from '../format.ts';

/** Per group: germline + somatic WGS against the stated total. */
export function compareGermlineSomatic(model: Pick<ContentModel, 'groups'>): Comparison[] {
  const out: Comparison[] = [];
  for (const g of model.groups) {
    const w = g.data.wgsPrAar;
    if (!w?.iAlt || !w.germline || !w.somatisk) continue;
    const where: EntryRef = { collection: 'grupper', id: g.id };
    const computed = w.germline.vaerdi + w.somatisk.vaerdi;
    out.push(
      compare({
        tjek: 'germline-somatisk',
        emne: 'wgs',
        where,
        path: ['wgsPrAar', 'iAlt', 'vaerdi'],
        label: `WGS om året for ${g.data.navn} mod germline + somatiske`,
        unit: 'WGS',
        stated: w.iAlt.vaerdi,
        tolerance: (w.iAlt.tolerance ?? 0) + (w.germline.tolerance ?? 0) + (w.somatisk.tolerance ?? 0),
        computed,
        relation: 'lig',
        arithmetic: `${num(w.germline.vaerdi)} germline + ${num(w.somatisk.vaerdi)} somatiske = ${withUnit(computed, 'WGS')}`,
        parts: [where],
        fix: 'Ret wgsPrAar.iAlt, wgsPrAar.germline eller wgsPrAar.somatisk, så de passer med kilden.',
      }),
    );
  }
  return out;
}

export const germlineSomatic: ConsistencyRule = {
  id: 'germline-somatisk',
  name: 'germline + somatiske',
  compare: compareGermlineSomatic,
  per: 'gruppe',
};
