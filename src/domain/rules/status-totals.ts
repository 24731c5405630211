// Consistency rule `status-total`: statustabellens total. Its Danish labels, arithmetic and fixes live here with it.
import { compare, type ComparisonInput, type Comparison, type ConsistencyRule } from '../comparison.ts';
import type { ContentModel, EntryRef } from '../model.ts';
import { statusDerived } from '../status.ts';
import { num, withUnit } from '../format.ts';

/** Per status table: the groups against the total, and the total share against volume and need. */
export function compareStatusTotals(
  model: Pick<ContentModel, 'groups' | 'indications' | 'status'>,
): Comparison[] {
  const out: Comparison[] = [];
  for (const s of model.status) {
    const d = statusDerived(s, model);
    const where: EntryRef = { collection: 'status', id: s.id };
    const rows = s.data.grupper;
    const c = (x: Omit<ComparisonInput, 'tjek' | 'where' | 'parts'>) =>
      out.push(compare({ ...x, tjek: 'status-total', where, parts: [where] }));
    c({
      emne: 'proever',
      path: ['iAlt', 'proever', 'vaerdi'],
      label: 'Prøver i alt mod summen af grupperne',
      unit: 'prøver',
      stated: s.data.iAlt.proever.vaerdi,
      tolerance: s.data.iAlt.proever.tolerance,
      computed: d.samples,
      relation: 'lig',
      arithmetic: `${rows.map((r) => num(r.proever.vaerdi)).join(' + ')} = ${withUnit(d.samples, 'prøver')}`,
      fix: 'Ret iAlt.proever eller den gruppe under grupper, hvis prøvetal er skrevet forkert af.',
    });
    const monthly = s.data.proeverPrMaaned;
    if (monthly && s.data.proeverPrAar) {
      c({
        emne: 'proever-pr-aar',
        path: ['proeverPrAar', 'vaerdi'],
        label: 'Prøver om året mod prøver om måneden',
        unit: 'prøver',
        stated: s.data.proeverPrAar.vaerdi,
        tolerance: s.data.proeverPrAar.tolerance,
        computed: monthly.vaerdi * 12,
        relation: 'lig',
        arithmetic: `${num(monthly.vaerdi)} prøver om måneden × 12 = ${withUnit(monthly.vaerdi * 12, 'prøver')}`,
        fix: 'Ret proeverPrAar eller proeverPrMaaned.',
      });
    }
    if (monthly && s.data.aarligtBehov && d.impliedShare !== undefined) {
      c({
        emne: 'andel-i-alt',
        path: ['iAlt', 'andel', 'vaerdi'],
        label: 'Samlet andel af det forventede antal mod prøver om måneden og det årlige behov',
        unit: '%',
        stated: s.data.iAlt.andel.vaerdi,
        tolerance: s.data.iAlt.andel.tolerance,
        computed: d.impliedShare,
        relation: 'lig',
        arithmetic: `${num(monthly.vaerdi)} prøver om måneden × 12 / ${num(s.data.aarligtBehov.vaerdi)} om året = ${withUnit(d.impliedShare, '%')}`,
        fix: 'Ret iAlt.andel, proeverPrMaaned eller aarligtBehov.',
      });
    }
    const shareList = rows.map((r) => `${num(r.andel.vaerdi)} %`).join(', ');
    if (s.data.andelSpaend) {
      c({
        emne: 'andel-laveste',
        path: ['andelSpaend', 'vaerdi'],
        label: 'Laveste andel, som kilden angiver den, mod gruppernes andele',
        unit: '%',
        stated: s.data.andelSpaend.vaerdi,
        computed: d.lowestShare,
        relation: 'lig',
        arithmetic: `den laveste af ${shareList} er ${num(d.lowestShare)} %`,
        fix: 'Ret andelSpaend.vaerdi eller gruppens andel.',
      });
      if (s.data.andelSpaend.til !== undefined) {
        c({
          emne: 'andel-hoejeste',
          path: ['andelSpaend', 'til'],
          label: 'Højeste andel, som kilden angiver den, mod gruppernes andele',
          unit: '%',
          stated: s.data.andelSpaend.til,
          computed: d.highestShare,
          relation: 'lig',
          arithmetic: `den højeste af ${shareList} er ${num(d.highestShare)} %`,
          fix: 'Ret andelSpaend.til eller gruppens andel.',
        });
      }
    }
    // The total share is a weighted mean of the groups' shares, so it must lie between them.
    c({
      emne: 'andel-i-alt-over-laveste',
      path: ['iAlt', 'andel', 'vaerdi'],
      label: 'Samlet andel mod den laveste gruppes andel',
      unit: '%',
      stated: s.data.iAlt.andel.vaerdi,
      computed: d.lowestShare,
      relation: 'mindst',
      arithmetic: `totalen er et vægtet gennemsnit af gruppernes andele (${shareList}), og den laveste er ${num(d.lowestShare)} %`,
      fix: 'Ret iAlt.andel eller gruppernes andele.',
    });
    c({
      emne: 'andel-i-alt-under-hoejeste',
      path: ['iAlt', 'andel', 'vaerdi'],
      label: 'Samlet andel mod den højeste gruppes andel',
      unit: '%',
      stated: s.data.iAlt.andel.vaerdi,
      computed: d.highestShare,
      relation: 'hoejst',
      arithmetic: `totalen er et vægtet gennemsnit af gruppernes andele (${shareList}), og den højeste er ${num(d.highestShare)} %`,
      fix: 'Ret iAlt.andel eller gruppernes andele.',
    });
  }
  return out;
}

export const statusTotals: ConsistencyRule = {
  id: 'status-total',
  name: 'statustabellens total',
  compare: compareStatusTotals,
};
