// Consistency rule `program-kvote`: programmets kvoter. Its Danish labels, arithmetic and fixes live here with it.
import { compare, type Comparison, type ConsistencyRule } from '../comparison.ts';
import type { ContentModel } from '../model.ts';
import { groupTotals, sum } from '../totals.ts';
import { num, withUnit } from '../format.ts';

/** The programme: the groups' yearly WGS against the WGS the programme funds. */
export function compareProgramme(model: ContentModel): Comparison[] {
  const out: Comparison[] = [];
  const perGroup = model.groups
    .map((g) => {
      const totals = groupTotals(g.id, model.indications);
      return { id: g.id, wgs: g.data.wgsPrAar?.iAlt?.vaerdi ?? totals.wgs };
    })
    .filter((g): g is { id: string; wgs: number } => g.wgs !== undefined);
  for (const p of model.programme) {
    const funded = p.data.funded;
    if (perGroup.length === 0) continue;
    const computed = sum(perGroup.map((g) => g.wgs));
    out.push(
      compare({
        tjek: 'program-kvote',
        emne: 'finansierede-wgs',
        where: { collection: 'programmet', id: p.id },
        path: [...p.data.path, 'vaerdi'],
        label: 'WGS finansieret af programmet mod gruppernes WGS om året',
        unit: 'WGS',
        stated: funded.vaerdi,
        tolerance: funded.tolerance,
        computed,
        relation: 'mindst',
        arithmetic: `${perGroup.map((g) => `${num(g.wgs)} (${g.id})`).join(' + ')} = ${withUnit(computed, 'WGS')} om året`,
        parts: model.groups.map((g) => ({ collection: 'grupper' as const, id: g.id })),
        fix: `Ret ${p.data.path.join('.')} eller den gruppes WGS om året, der er skrevet forkert af. Kilden giver ingen tidsramme for bevillingen, så tjekket kan kun sikre, at den rækker til ét års WGS.`,
      }),
    );
  }
  return out;
}

export const programmeQuota: ConsistencyRule = {
  id: 'program-kvote',
  name: 'programmets kvoter',
  compare: compareProgramme,
};
