// Consistency rule `indikation-wgs`: indikationernes WGS. Its Danish labels, arithmetic and fixes live here with it.
import { compare, type Comparison, type ConsistencyRule } from '../comparison.ts';
import type { ContentModel, EntryRef } from '../model.ts';
import { indicationTotals, type CohortKind, type CohortTotals } from '../totals.ts';
import { num, withUnit } from '../format.ts';
import { sum } from '../totals.ts';

const cohortName = (kind: CohortKind) => (kind === 'nyhenviste' ? 'nyhenviste' : 'tidligere henviste');

function cohortArithmetic(c: CohortTotals): string {
  const per = `(${num(c.tumorPerPatient ?? 0)} på tumor + ${num(c.germlinePerPatient ?? 0)} germline)`;
  const years = c.years !== 1 ? ` / ${num(c.years)} år` : '';
  return `${num(c.patients)} patienter × ${per} WGS${years} = ${withUnit(c.computed ?? 0, 'WGS')}`;
}

export function compareIndications(model: Pick<ContentModel, 'indications'>): Comparison[] {
  const out: Comparison[] = [];
  for (const i of model.indications) {
    const k = i.data.kvote;
    const t = indicationTotals(i);
    if (!k || !t) continue;
    const where: EntryRef = { collection: 'indikationer', id: i.id };
    for (const [kind, cohort, totals] of [
      ['nyhenviste', k.nyhenviste, t.newly],
      ['tidligereHenviste', k.tidligereHenviste, t.previously],
    ] as const) {
      if (!cohort || !totals) continue;
      if (cohort.wgsPrAar && totals.computed !== undefined) {
        out.push(
          compare({
            tjek: 'indikation-wgs',
            emne: kind,
            where,
            path: ['kvote', kind, 'wgsPrAar', 'vaerdi'],
            label: `WGS om året til ${cohortName(kind)} i ${i.data.kode}`,
            unit: 'WGS',
            stated: cohort.wgsPrAar.vaerdi,
            tolerance: cohort.wgsPrAar.tolerance,
            computed: totals.computed,
            relation: 'lig',
            arithmetic: cohortArithmetic(totals),
            parts: [where],
            fix: `Ret kvote.${kind}.wgsPrAar, kvote.${kind}.patienter eller kvote.${kind}.wgsPrPatient, så de passer med kilden.`,
          }),
        );
      }
      if (cohort.fordeling?.length) {
        const parts = cohort.fordeling.map((f) => f.patienter.vaerdi);
        out.push(
          compare({
            tjek: 'indikation-wgs',
            emne: `${kind}-fordeling`,
            where,
            path: ['kvote', kind, 'patienter', 'vaerdi'],
            label: `${cohortName(kind)[0]!.toUpperCase()}${cohortName(kind).slice(1)} patienter i ${i.data.kode} fordelt på undergrupper`,
            unit: 'patienter',
            stated: cohort.patienter.vaerdi,
            tolerance: cohort.patienter.tolerance,
            computed: sum(parts),
            relation: 'lig',
            arithmetic: `${cohort.fordeling.map((f) => `${num(f.patienter.vaerdi)} (${f.navn})`).join(' + ')} = ${withUnit(sum(parts), 'patienter')}`,
            parts: [where],
            fix: `Ret kvote.${kind}.patienter eller tallene under kvote.${kind}.fordeling.`,
          }),
        );
      }
    }
    if (k.wgsPrAar && t.wgs !== undefined) {
      const cohorts = [t.newly, ...(t.previously ? [t.previously] : [])];
      out.push(
        compare({
          tjek: 'indikation-wgs',
          emne: 'i-alt',
          where,
          path: ['kvote', 'wgsPrAar', 'vaerdi'],
          label: `WGS om året i alt for ${i.data.kode}`,
          unit: 'WGS',
          stated: k.wgsPrAar.vaerdi,
          tolerance: k.wgsPrAar.tolerance,
          computed: t.wgs,
          relation: 'lig',
          arithmetic: `${cohorts.map((c) => `${num(c.wgs ?? 0)} (${cohortName(c.kind)})`).join(' + ')} = ${withUnit(t.wgs, 'WGS')}`,
          parts: [where],
          fix: 'Ret kvote.wgsPrAar, eller tallene for nyhenviste og tidligere henviste, så summen passer med kilden.',
        }),
      );
    }
  }
  return out;
}

export const indicationWgs: ConsistencyRule = {
  id: 'indikation-wgs',
  name: 'indikationernes WGS',
  compare: compareIndications,
  per: 'indikation',
};
