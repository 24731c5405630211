// Consistency rule `status-andel`: statustabellens andele. Its Danish labels, arithmetic and fixes live here with it.
import { compare, type Comparison, type ConsistencyRule } from '../comparison.ts';
import type { ContentModel } from '../model.ts';
import { statusDerived } from '../status.ts';
import { groupTotals } from '../totals.ts';
import { num } from '../format.ts';

/** Per status row: the stated share against what the group's stated expectation allows. */
export function compareStatusShares(
  model: Pick<ContentModel, 'groups' | 'indications' | 'status'>,
): Comparison[] {
  const out: Comparison[] = [];
  for (const s of model.status) {
    const d = statusDerived(s, model);
    d.rows.forEach((r, index) => {
      if (r.maxShare === undefined || r.expectedPerYear === undefined || r.expectedInPeriod === undefined)
        return;
      const totals = groupTotals(r.row.gruppe, model.indications);
      const from =
        r.expectedSource === 'indikationer'
          ? ` (${totals.indications.map((i) => `${num(i.totals?.newly.wgs ?? 0)} i ${i.code}`).join(' + ')})`
          : r.expectedSource === 'gruppe'
            ? ' (gruppens wgsPrAar.nyhenviste)'
            : ' (gruppens wgsPrAar.iAlt; gruppen har ingen tidligere henviste)';
      out.push(
        compare({
          tjek: 'status-andel',
          emne: r.row.gruppe,
          where: { collection: 'status', id: s.id },
          path: ['grupper', index, 'andel', 'vaerdi'],
          label: `Andel af det forventede antal for ${r.row.navnIKilden}`,
          unit: '%',
          stated: r.row.andel.vaerdi,
          tolerance: r.row.andel.tolerance,
          computed: r.maxShare,
          relation: 'hoejst',
          arithmetic:
            `gruppen ventes at bruge ${num(r.expectedPerYear)} WGS om året${r.expectedSource === 'gruppe-i-alt' ? '' : ' til nyhenviste'}${from}, dvs. ${num(r.expectedInPeriod)} på ${num(d.months)} måneder; ` +
            `selv hvis alle ${num(r.row.proever.vaerdi)} prøver siden start lå i perioden, giver det ${num(r.row.proever.vaerdi)} / ${num(r.expectedInPeriod)} = ${num(r.maxShare)} %`,
          parts: [
            { collection: 'status', id: s.id },
            { collection: 'grupper', id: r.row.gruppe },
            ...(r.expectedSource === 'indikationer'
              ? totals.indications.map((i) => ({ collection: 'indikationer' as const, id: i.code }))
              : []),
          ],
          fix: `Ret andelen eller prøvetallet for ${r.row.gruppe}, eller gruppens forventede antal, hvis et af dem er skrevet forkert af.`,
        }),
      );
    });
  }
  return out;
}

export const statusShares: ConsistencyRule = {
  id: 'status-andel',
  name: 'statustabellens andele',
  compare: compareStatusShares,
};
