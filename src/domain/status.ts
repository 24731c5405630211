// The status tables: how long a period is and what share of the expected number each group can reach.
import type { ImplementationStatus, StatusRow } from '../../schemas/implementation-status.ts';
import type { ContentModel, Item } from './model.ts';
import { groupTotals, sum } from './totals.ts';

/** Calendar months between two dates (2023-11-01 → 2024-05-01 is 6). */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1 = 1, d1 = 1] = from.split('-').map(Number);
  const [y2, m2 = 1, d2 = 1] = to.split('-').map(Number);
  return (y2! - y1!) * 12 + (m2 - m1) + (d2 - d1) / 30;
}

export interface StatusRowDerived {
  row: StatusRow;
  /** The group's entry exists in content. */
  groupExists: boolean;
  /** Expected WGS a year for newly referred patients, from the group's indications or stated figure. */
  expectedPerYear?: number;
  /**
   * `gruppe-i-alt`: the group states only its total WGS a year and has no previously referred patients,
   * so the total is what the year's patients are expected to use (children and young people with cancer).
   */
  expectedSource?: 'indikationer' | 'gruppe' | 'gruppe-i-alt';
  /** Expected number in the status period. */
  expectedInPeriod?: number;
  /** Highest share the period can have: every sample since the start counted in the period. */
  maxShare?: number;
}

export interface StatusDerived {
  id: string;
  months: number;
  rows: StatusRowDerived[];
  /** Sum of the groups' samples. */
  samples: number;
  lowestShare: number;
  highestShare: number;
  /** Samples a year from the monthly volume. */
  samplesPerYear?: number;
  /** Share of the annual need that the monthly volume gives (the table's total share, recomputed). */
  impliedShare?: number;
}

export function statusDerived(
  s: Item<ImplementationStatus>,
  model: Pick<ContentModel, 'groups' | 'indications'>,
): StatusDerived {
  const months = monthsBetween(s.data.periode.fra, s.data.periode.til);
  const rows = s.data.grupper.map((row): StatusRowDerived => {
    const group = model.groups.find((g) => g.id === row.gruppe);
    const d: StatusRowDerived = { row, groupExists: group !== undefined };
    if (!group) return d;
    const totals = groupTotals(group.id, model.indications);
    if (totals.complete && totals.wgsNewly !== undefined)
      [d.expectedPerYear, d.expectedSource] = [totals.wgsNewly, 'indikationer'];
    else if (group.data.wgsPrAar?.nyhenviste)
      [d.expectedPerYear, d.expectedSource] = [group.data.wgsPrAar.nyhenviste.vaerdi, 'gruppe'];
    else if (
      group.data.wgsPrAar?.iAlt &&
      !group.data.wgsPrAar.tidligereHenviste &&
      !group.data.tidligereHenviste
    )
      [d.expectedPerYear, d.expectedSource] = [group.data.wgsPrAar.iAlt.vaerdi, 'gruppe-i-alt'];
    if (d.expectedPerYear !== undefined && d.expectedPerYear > 0) {
      d.expectedInPeriod = (d.expectedPerYear * months) / 12;
      d.maxShare = (row.proever.vaerdi / d.expectedInPeriod) * 100;
    }
    return d;
  });
  const shares = s.data.grupper.map((r) => r.andel.vaerdi);
  const monthly = s.data.proeverPrMaaned?.vaerdi;
  const need = s.data.aarligtBehov?.vaerdi;
  return {
    id: s.id,
    months,
    rows,
    samples: sum(s.data.grupper.map((r) => r.proever.vaerdi)),
    lowestShare: Math.min(...shares),
    highestShare: Math.max(...shares),
    samplesPerYear: monthly !== undefined ? monthly * 12 : undefined,
    impliedShare: monthly !== undefined && need ? ((monthly * 12) / need) * 100 : undefined,
  };
}
