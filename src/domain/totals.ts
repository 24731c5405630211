// Every computed total on the site comes from here: the checks, the pages and the data exports all
// call these functions, so a sum is worked out in one place and never typed by hand.
import type { Indication } from '../../schemas/indication.ts';
import type { Item } from './model.ts';

type Cohort = NonNullable<Indication['kvote']>['nyhenviste'];
export type CohortKind = 'nyhenviste' | 'tidligereHenviste';

export const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

export interface CohortTotals {
  kind: CohortKind;
  patients: number;
  /** Years within which previously referred patients are sequenced; 1 when the source gives none. */
  years: number;
  tumorPerPatient?: number;
  germlinePerPatient?: number;
  /** WGS a year on tumour tissue (somatic), from patients × WGS per patient. */
  somatic?: number;
  /** WGS a year on normal tissue (germline), from patients × WGS per patient. */
  germline?: number;
  /** WGS a year from the parts; undefined when the source gives no WGS per patient. */
  computed?: number;
  /** WGS a year as the source states it for this cohort. */
  stated?: number;
  /** What the site uses as the cohort's WGS a year: computed from the parts, else the stated figure. */
  wgs?: number;
}

export function cohortTotals(c: Cohort, kind: CohortKind): CohortTotals {
  const years = c.indenAar && c.indenAar.vaerdi > 0 ? c.indenAar.vaerdi : 1;
  const patients = c.patienter.vaerdi;
  const t: CohortTotals = { kind, patients, years, stated: c.wgsPrAar?.vaerdi };
  if (c.wgsPrPatient) {
    t.tumorPerPatient = c.wgsPrPatient.tumor?.vaerdi ?? 0;
    t.germlinePerPatient = c.wgsPrPatient.germline?.vaerdi ?? 0;
    t.somatic = (patients * t.tumorPerPatient) / years;
    t.germline = (patients * t.germlinePerPatient) / years;
    t.computed = t.somatic + t.germline;
  }
  t.wgs = t.computed ?? t.stated;
  return t;
}

export interface IndicationTotals {
  code: string;
  group: string;
  name: string;
  number: number;
  newly: CohortTotals;
  previously?: CohortTotals;
  /** WGS a year for the indication from its cohorts; undefined if a cohort has no WGS figure at all. */
  wgs?: number;
  somatic?: number;
  germline?: number;
  /** The indication's total WGS a year as the source states it. */
  stated?: number;
}

const sumDefined = (values: (number | undefined)[]): number | undefined =>
  values.some((v) => v === undefined) ? undefined : values.reduce<number>((a, b) => a + (b ?? 0), 0);

export function indicationTotals(i: Item<Indication>): IndicationTotals | undefined {
  const k = i.data.kvote;
  if (!k) return undefined;
  const newly = cohortTotals(k.nyhenviste, 'nyhenviste');
  const previously = k.tidligereHenviste ? cohortTotals(k.tidligereHenviste, 'tidligereHenviste') : undefined;
  const cohorts = previously ? [newly, previously] : [newly];
  return {
    code: i.data.kode,
    group: i.data.gruppe,
    name: i.data.navn,
    number: i.data.nummer,
    newly,
    previously,
    wgs: sumDefined(cohorts.map((c) => c.wgs)),
    somatic: sumDefined(cohorts.map((c) => c.somatic)),
    germline: sumDefined(cohorts.map((c) => c.germline)),
    stated: k.wgsPrAar?.vaerdi,
  };
}

// ---------------------------------------------------------------- groups

export interface GroupTotals {
  id: string;
  /** Indications of the group in their order, with their totals (undefined when the source gives no figures). */
  indications: { code: string; name: string; totals?: IndicationTotals }[];
  /** True when every indication has figures, so the sums cover the whole group. */
  complete: boolean;
  patientsNewly?: number;
  patientsPreviously?: number;
  wgsNewly?: number;
  wgsPreviously?: number;
  wgs?: number;
  somatic?: number;
  germline?: number;
  /** Somatic and germline WGS a year for newly referred patients only: the standing yearly frame. */
  somaticNewly?: number;
  germlineNewly?: number;
}

// Every group's sums read the same list of indications; it is sorted into groups once, not once per
// group (at 1,000 groups and 2,000 indications that was millions of comparisons per check).
const indicationsByGroup = new WeakMap<readonly Item<Indication>[], Map<string, Item<Indication>[]>>();

function indicationsOf(groupId: string, indications: readonly Item<Indication>[]): Item<Indication>[] {
  let byGroup = indicationsByGroup.get(indications);
  if (!byGroup) {
    byGroup = Map.groupBy(indications, (i) => i.data.gruppe);
    for (const list of byGroup.values()) list.sort((a, b) => a.data.nummer - b.data.nummer);
    indicationsByGroup.set(indications, byGroup);
  }
  return byGroup.get(groupId) ?? [];
}

export function groupTotals(groupId: string, indications: readonly Item<Indication>[]): GroupTotals {
  const own = indicationsOf(groupId, indications).map((i) => ({
    code: i.data.kode,
    name: i.data.navn,
    totals: indicationTotals(i),
  }));
  const all = own.map((o) => o.totals);
  const complete = own.length > 0 && all.every((t) => t !== undefined);
  if (!complete) return { id: groupId, indications: own, complete };
  const t = all as IndicationTotals[];
  return {
    id: groupId,
    indications: own,
    complete,
    patientsNewly: sum(t.map((x) => x.newly.patients)),
    patientsPreviously: sum(t.map((x) => x.previously?.patients ?? 0)),
    wgsNewly: sumDefined(t.map((x) => x.newly.wgs)),
    wgsPreviously: sumDefined(t.map((x) => (x.previously ? x.previously.wgs : 0))),
    wgs: sumDefined(t.map((x) => x.wgs)),
    somatic: sumDefined(t.map((x) => x.somatic)),
    germline: sumDefined(t.map((x) => x.germline)),
    somaticNewly: sumDefined(t.map((x) => x.newly.somatic)),
    germlineNewly: sumDefined(t.map((x) => x.newly.germline)),
  };
}
