// Consistency rule `gruppe-sum`: gruppernes summer. Its Danish labels, arithmetic and fixes live here with it.
import { compare, type Unit, type Comparison, type ConsistencyRule } from '../comparison.ts';
import type { Figure } from '../../../schemas/figure.ts';
import type { ContentModel, EntryRef } from '../model.ts';
import { groupTotals, sum, type IndicationTotals } from '../totals.ts';
import { num, withUnit } from '../format.ts';

/** Per group: the sum of its indications against the group's stated totals. */
export function compareGroupSums(model: Pick<ContentModel, 'groups' | 'indications'>): Comparison[] {
  const out: Comparison[] = [];
  for (const g of model.groups) {
    const totals = groupTotals(g.id, model.indications);
    if (!totals.complete) continue;
    const where: EntryRef = { collection: 'grupper', id: g.id };
    const parts: EntryRef[] = totals.indications.map((i) => ({ collection: 'indikationer', id: i.code }));
    const list = (pick: (t: IndicationTotals) => number | undefined, unit: Unit) =>
      `${totals.indications.map((i) => `${num(pick(i.totals!) ?? 0)} (${i.code})`).join(' + ')} = ${withUnit(
        sum(totals.indications.map((i) => pick(i.totals!) ?? 0)),
        unit,
      )}`;
    const candidates: [
      string,
      string[],
      Figure | undefined,
      number | undefined,
      (t: IndicationTotals) => number | undefined,
      Unit,
      string,
    ][] = [
      [
        'nyhenviste-patienter',
        ['patienterPrAar', 'nyhenviste'],
        g.data.patienterPrAar?.nyhenviste,
        totals.patientsNewly,
        (t) => t.newly.patients,
        'patienter',
        'Nyhenviste patienter om året',
      ],
      [
        'tidligere-patienter',
        ['tidligereHenviste', 'patienter'],
        g.data.tidligereHenviste?.patienter,
        totals.patientsPreviously,
        (t) => t.previously?.patients ?? 0,
        'patienter',
        'Tidligere henviste patienter i alt',
      ],
      [
        'wgs-i-alt',
        ['wgsPrAar', 'iAlt'],
        g.data.wgsPrAar?.iAlt,
        totals.wgs,
        (t) => t.wgs,
        'WGS',
        'WGS om året i alt',
      ],
      [
        'wgs-nyhenviste',
        ['wgsPrAar', 'nyhenviste'],
        g.data.wgsPrAar?.nyhenviste,
        totals.wgsNewly,
        (t) => t.newly.wgs,
        'WGS',
        'WGS om året til nyhenviste',
      ],
      [
        'wgs-tidligere',
        ['wgsPrAar', 'tidligereHenviste'],
        g.data.wgsPrAar?.tidligereHenviste,
        totals.wgsPreviously,
        (t) => t.previously?.wgs ?? 0,
        'WGS',
        'WGS om året til tidligere henviste',
      ],
      [
        'wgs-germline',
        ['wgsPrAar', 'germline'],
        g.data.wgsPrAar?.germline,
        totals.germline,
        (t) => t.germline,
        'WGS',
        'Germline-WGS om året',
      ],
      [
        'wgs-somatisk',
        ['wgsPrAar', 'somatisk'],
        g.data.wgsPrAar?.somatisk,
        totals.somatic,
        (t) => t.somatic,
        'WGS',
        'Somatiske WGS om året',
      ],
    ];
    for (const [emne, path, figure, computed, pick, unit, label] of candidates) {
      if (!figure || computed === undefined) continue;
      out.push(
        compare({
          tjek: 'gruppe-sum',
          emne,
          where,
          path: [...path, 'vaerdi'],
          label: `${label} for ${g.data.navn} mod summen af indikationerne`,
          unit,
          stated: figure.vaerdi,
          tolerance: figure.tolerance,
          computed,
          relation: 'lig',
          arithmetic: list(pick, unit),
          terms: totals.indications.map((i) => ({ name: i.code, value: pick(i.totals!) ?? 0 })),
          parts: [where, ...parts],
          fix: `Ret gruppens ${path.join('.')}, eller tallet i den indikation, der er forkert (${parts.map((p) => p.id).join(', ')}).`,
        }),
      );
    }
  }
  return out;
}

export const groupSums: ConsistencyRule = {
  id: 'gruppe-sum',
  name: 'gruppernes summer',
  compare: compareGroupSums,
  per: 'gruppe',
};
