// Every computed total on the site comes from here: the checks, the pages and the data exports all
// call these functions, so a sum is worked out in one place and never typed by hand.
// Plain TypeScript without Astro imports, so `npm run check` can use it from plain Node.
import type { PatientGroup } from '../../schemas/patient-group.ts';
import type { Indication } from '../../schemas/indication.ts';
import type { ImplementationStatus, StatusRow } from '../../schemas/implementation-status.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { ConsistencyCheckId, Discrepancy } from '../../schemas/discrepancy.ts';

export interface Item<T> {
  id: string;
  data: T;
}

/** The programme's funded WGS, when the content holds it, and where in its entry the figure sits. */
export interface ProgrammeFunding {
  funded: Figure;
  path: string[];
}

export interface ContentModel {
  groups: Item<PatientGroup>[];
  indications: Item<Indication>[];
  status: Item<ImplementationStatus>[];
  programme: Item<ProgrammeFunding>[];
}

export type ModelCollection = 'grupper' | 'indikationer' | 'status' | 'programmet';
export interface EntryRef {
  collection: ModelCollection;
  id: string;
}

type Cohort = NonNullable<Indication['kvote']>['nyhenviste'];
type CohortKind = 'nyhenviste' | 'tidligereHenviste';

// ---------------------------------------------------------------- number formatting for messages

const messageNumber = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
/** Danish number with up to two decimals, for arithmetic shown to readers and editors. */
export const num = (n: number): string => messageNumber.format(n);
/** A number as an editor writes it in YAML (dot decimal, at most four decimals). */
export const yamlNumber = (n: number): string => String(Number(n.toFixed(4)));

// ---------------------------------------------------------------- indications

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
  const own = indicationsOf(groupId, indications)
    .map((i) => ({ code: i.data.kode, name: i.data.navn, totals: indicationTotals(i) }));
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
  };
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------- status

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

export function statusDerived(s: Item<ImplementationStatus>, model: Pick<ContentModel, 'groups' | 'indications'>): StatusDerived {
  const months = monthsBetween(s.data.periode.fra, s.data.periode.til);
  const rows = s.data.grupper.map((row): StatusRowDerived => {
    const group = model.groups.find((g) => g.id === row.gruppe);
    const d: StatusRowDerived = { row, groupExists: group !== undefined };
    if (!group) return d;
    const totals = groupTotals(group.id, model.indications);
    if (totals.complete && totals.wgsNewly !== undefined) [d.expectedPerYear, d.expectedSource] = [totals.wgsNewly, 'indikationer'];
    else if (group.data.wgsPrAar?.nyhenviste) [d.expectedPerYear, d.expectedSource] = [group.data.wgsPrAar.nyhenviste.vaerdi, 'gruppe'];
    else if (group.data.wgsPrAar?.iAlt && !group.data.wgsPrAar.tidligereHenviste && !group.data.patienterPrAar?.tidligereHenviste)
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

// ---------------------------------------------------------------- comparisons

export type Relation = 'lig' | 'hoejst' | 'mindst';
export type Unit = 'patienter' | 'WGS' | 'prøver' | '%';

/**
 * One stated figure compared with what its parts give. `relation` says what must hold:
 * `lig` stated = computed (± tolerance), `hoejst` stated ≤ computed, `mindst` stated ≥ computed.
 */
export interface Comparison {
  tjek: ConsistencyCheckId;
  emne: string;
  where: EntryRef;
  /** Path of the stated number in the entry, for file:line. */
  path: (string | number)[];
  label: string;
  unit: Unit;
  stated: number;
  tolerance: number;
  computed: number;
  relation: Relation;
  /** The arithmetic in words and numbers, in Danish. */
  arithmetic: string;
  /** Where the parts live, for the editor's fix. */
  parts: EntryRef[];
  /** What to change, in Danish. */
  fix: string;
  /** The parts the computed figure adds up, when each is a whole (an indication), so a tolerance cannot hide one. */
  terms?: { name: string; value: number }[];
  /** The part a tolerance would hide: the difference is as large as it. The comparison then fails whatever the tolerance. */
  hiddenPart?: { name: string; value: number };
  ok: boolean;
}

type ComparisonInput = Omit<Comparison, 'ok' | 'tolerance' | 'hiddenPart'> & { tolerance?: number };

function compare(c: ComparisonInput): Comparison {
  const tolerance = c.tolerance ?? 0;
  const eps = 1e-9;
  const diff = Math.abs(c.stated - c.computed);
  // A tolerance allows for a source's rounding, never for a whole indication left out of (or added to) a total.
  const hiddenPart = tolerance > 0 && diff > eps ? c.terms?.find((t) => t.value > 0 && t.value <= diff + eps) : undefined;
  const ok = hiddenPart
    ? false
    : c.relation === 'lig'
      ? diff <= tolerance + eps
      : c.relation === 'hoejst'
        ? c.stated <= c.computed + tolerance + eps
        : c.stated + tolerance + eps >= c.computed;
  return { ...c, tolerance, ...(hiddenPart ? { hiddenPart } : {}), ok };
}

const withUnit = (n: number, unit: Unit) => (unit === '%' ? `${num(n)} %` : `${num(n)} ${unit}`);
const cohortName = (kind: CohortKind) => (kind === 'nyhenviste' ? 'nyhenviste' : 'tidligere henviste');

function cohortArithmetic(c: CohortTotals): string {
  const per = `(${num(c.tumorPerPatient ?? 0)} på tumor + ${num(c.germlinePerPatient ?? 0)} germline)`;
  const years = c.years !== 1 ? ` / ${num(c.years)} år` : '';
  return `${num(c.patients)} patienter × ${per} WGS${years} = ${withUnit(c.computed ?? 0, 'WGS')}`;
}

/** Per indication: patients × WGS per patient against the stated WGS a year, per cohort and in total. */
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
    const candidates: [string, string[], Figure | undefined, number | undefined, (t: IndicationTotals) => number | undefined, Unit, string][] = [
      ['nyhenviste-patienter', ['patienterPrAar', 'nyhenviste'], g.data.patienterPrAar?.nyhenviste, totals.patientsNewly, (t) => t.newly.patients, 'patienter', 'Nyhenviste patienter om året'],
      ['tidligere-patienter', ['patienterPrAar', 'tidligereHenviste'], g.data.patienterPrAar?.tidligereHenviste, totals.patientsPreviously, (t) => t.previously?.patients ?? 0, 'patienter', 'Tidligere henviste patienter'],
      ['wgs-i-alt', ['wgsPrAar', 'iAlt'], g.data.wgsPrAar?.iAlt, totals.wgs, (t) => t.wgs, 'WGS', 'WGS om året i alt'],
      ['wgs-nyhenviste', ['wgsPrAar', 'nyhenviste'], g.data.wgsPrAar?.nyhenviste, totals.wgsNewly, (t) => t.newly.wgs, 'WGS', 'WGS om året til nyhenviste'],
      ['wgs-tidligere', ['wgsPrAar', 'tidligereHenviste'], g.data.wgsPrAar?.tidligereHenviste, totals.wgsPreviously, (t) => t.previously?.wgs ?? 0, 'WGS', 'WGS om året til tidligere henviste'],
      ['wgs-germline', ['wgsPrAar', 'germline'], g.data.wgsPrAar?.germline, totals.germline, (t) => t.germline, 'WGS', 'Germline-WGS om året'],
      ['wgs-somatisk', ['wgsPrAar', 'somatisk'], g.data.wgsPrAar?.somatisk, totals.somatic, (t) => t.somatic, 'WGS', 'Somatiske WGS om året'],
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

/** Per group: newly + previously referred (+ other kinds of patients) against the stated total. */
export function compareNewlyPreviously(model: Pick<ContentModel, 'groups'>): Comparison[] {
  const out: Comparison[] = [];
  for (const g of model.groups) {
    const where: EntryRef = { collection: 'grupper', id: g.id };
    const p = g.data.patienterPrAar;
    if (p?.iAlt) {
      const parts: [string, number, number][] = [
        ...(p.nyhenviste ? [['nyhenviste', p.nyhenviste.vaerdi, p.nyhenviste.tolerance ?? 0] as [string, number, number]] : []),
        ...(p.tidligereHenviste ? [['tidligere henviste', p.tidligereHenviste.vaerdi, p.tidligereHenviste.tolerance ?? 0] as [string, number, number]] : []),
        ...(p.fordeling ?? []).map((f) => [f.navn, f.patienter.vaerdi, f.patienter.tolerance ?? 0] as [string, number, number]),
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
            fix: 'Ret patienterPrAar.iAlt eller delene (nyhenviste, tidligereHenviste, fordeling).',
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

/** Per status table: the groups against the total, and the total share against volume and need. */
export function compareStatusTotals(model: Pick<ContentModel, 'groups' | 'indications' | 'status'>): Comparison[] {
  const out: Comparison[] = [];
  for (const s of model.status) {
    const d = statusDerived(s, model);
    const where: EntryRef = { collection: 'status', id: s.id };
    const rows = s.data.grupper;
    const c = (x: Omit<ComparisonInput, 'tjek' | 'where' | 'parts'>) => out.push(compare({ ...x, tjek: 'status-total', where, parts: [where] }));
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

/** Per status row: the stated share against what the group's stated expectation allows. */
export function compareStatusShares(model: Pick<ContentModel, 'groups' | 'indications' | 'status'>): Comparison[] {
  const out: Comparison[] = [];
  for (const s of model.status) {
    const d = statusDerived(s, model);
    d.rows.forEach((r, index) => {
      if (r.maxShare === undefined || r.expectedPerYear === undefined || r.expectedInPeriod === undefined) return;
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
            ...(r.expectedSource === 'indikationer' ? totals.indications.map((i) => ({ collection: 'indikationer' as const, id: i.code })) : []),
          ],
          fix: `Ret andelen eller prøvetallet for ${r.row.gruppe}, eller gruppens forventede antal, hvis et af dem er skrevet forkert af.`,
        }),
      );
    });
  }
  return out;
}

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

/** Every comparison, in check order. */
export function allComparisons(model: ContentModel): Comparison[] {
  return [
    ...compareIndications(model),
    ...compareGroupSums(model),
    ...compareGermlineSomatic(model),
    ...compareNewlyPreviously(model),
    ...compareStatusTotals(model),
    ...compareStatusShares(model),
    ...compareProgramme(model),
  ];
}

// ---------------------------------------------------------------- acknowledged discrepancies

export interface AcknowledgementRef {
  where: EntryRef;
  index: number;
  ack: Discrepancy;
}

/** The acknowledged discrepancies of every entry that can hold them. */
export function acknowledgements(model: ContentModel): AcknowledgementRef[] {
  const list = <T extends { afvigelser?: Discrepancy[] }>(collection: ModelCollection, items: Item<T>[]) =>
    items.flatMap((i) => (i.data.afvigelser ?? []).map((ack, index) => ({ where: { collection, id: i.id }, index, ack })));
  return [
    ...list('grupper', model.groups),
    ...list('indikationer', model.indications),
    ...list('status', model.status),
  ];
}

const sameEntry = (a: EntryRef, b: EntryRef) => a.collection === b.collection && a.id === b.id;
const samePin = (a: number, b: number) => Math.abs(a - b) < 1e-4;

export interface Judgement {
  /** Discrepancies nobody has acknowledged: these fail. */
  unacknowledged: Comparison[];
  /** Discrepancies with a matching acknowledgement: these pass and the page shows the note. */
  acknowledged: { comparison: Comparison; ack: AcknowledgementRef }[];
  /** Acknowledgements that no longer match a discrepancy: these fail. `current` is the comparison they name, if any. */
  stale: { ack: AcknowledgementRef; current?: Comparison }[];
}

/** Matches the failing comparisons of one check against the acknowledgements that name that check. */
export function judge(tjek: ConsistencyCheckId, comparisons: readonly Comparison[], acks: readonly AcknowledgementRef[]): Judgement {
  const mine = comparisons.filter((c) => c.tjek === tjek);
  const myAcks = acks.filter((a) => a.ack.tjek === tjek);
  const used = new Set<AcknowledgementRef>();
  const result: Judgement = { unacknowledged: [], acknowledged: [], stale: [] };
  for (const c of mine.filter((x) => !x.ok)) {
    const ack = myAcks.find(
      (a) => !used.has(a) && sameEntry(a.where, c.where) && a.ack.emne === c.emne && samePin(a.ack.angivet, c.stated) && samePin(a.ack.beregnet, c.computed),
    );
    if (ack) {
      used.add(ack);
      result.acknowledged.push({ comparison: c, ack });
    } else result.unacknowledged.push(c);
  }
  for (const a of myAcks) {
    if (used.has(a)) continue;
    result.stale.push({ ack: a, current: mine.find((c) => sameEntry(a.where, c.where) && a.ack.emne === c.emne) });
  }
  return result;
}

// ---------------------------------------------------------------- national overview

/** A measure as the site shows it: computed from the parts when it can be, and as the source states it. */
export interface Measure {
  computed?: number;
  stated?: Figure;
}

export interface OverviewRow {
  slug: string;
  name: string;
  /** The group has its own page (an entry in content/grupper/). */
  hasPage: boolean;
  area?: PatientGroup['omraade'];
  indications: number;
  patientsNewly: Measure;
  wgs: Measure;
  germline: Measure;
  somatic: Measure;
  samples?: Figure;
  share?: Figure;
  statusId?: string;
  /** The share does not fit the group's expected number and an editor has said why. */
  shareAcknowledged: boolean;
}

export interface Overview {
  rows: OverviewRow[];
  /** Sums over the rows; `complete` is false when a row lacks the figure. */
  totals: Record<'indications' | 'patientsNewly' | 'wgs' | 'germline' | 'somatic' | 'samples', { value: number; complete: boolean }>;
  status?: Item<ImplementationStatus>;
}

const shown = (m: Measure) => m.computed ?? m.stated?.vaerdi;

/** Every group side by side: groups with a page first (cancer, then rare disease), then groups only named in a status table. */
export function nationalOverview(model: Pick<ContentModel, 'groups' | 'indications' | 'status'>): Overview {
  const status = [...model.status].sort((a, b) => b.data.periode.til.localeCompare(a.data.periode.til))[0];
  const statusRow = (slug: string) => status?.data.grupper.find((r) => r.gruppe === slug);
  const ack = (slug: string) => !!status?.data.afvigelser.some((a) => a.tjek === 'status-andel' && a.emne === slug);
  const rows: OverviewRow[] = [...model.groups]
    .sort((a, b) => a.data.omraade.localeCompare(b.data.omraade, 'da') || a.data.navn.localeCompare(b.data.navn, 'da'))
    .map((g) => {
      const t = groupTotals(g.id, model.indications);
      const r = statusRow(g.id);
      return {
        slug: g.id,
        name: g.data.navn,
        hasPage: true,
        area: g.data.omraade,
        indications: t.indications.length,
        patientsNewly: { computed: t.patientsNewly, stated: g.data.patienterPrAar?.nyhenviste },
        wgs: { computed: t.wgs, stated: g.data.wgsPrAar?.iAlt },
        germline: { computed: t.germline, stated: g.data.wgsPrAar?.germline },
        somatic: { computed: t.somatic, stated: g.data.wgsPrAar?.somatisk },
        samples: r?.proever,
        share: r?.andel,
        statusId: r ? status?.id : undefined,
        shareAcknowledged: ack(g.id),
      };
    });
  for (const r of status?.data.grupper ?? []) {
    if (rows.some((x) => x.slug === r.gruppe)) continue;
    rows.push({
      slug: r.gruppe,
      name: r.navnIKilden,
      hasPage: false,
      area: status?.data.omraade,
      indications: 0,
      patientsNewly: {},
      wgs: {},
      germline: {},
      somatic: {},
      samples: r.proever,
      share: r.andel,
      statusId: status?.id,
      shareAcknowledged: ack(r.gruppe),
    });
  }
  const total = (pick: (r: OverviewRow) => number | undefined) => {
    const values = rows.map(pick);
    return { value: sum(values.filter((v): v is number => v !== undefined)), complete: values.every((v) => v !== undefined) };
  };
  return {
    rows,
    totals: {
      indications: total((r) => r.indications),
      patientsNewly: total((r) => shown(r.patientsNewly)),
      wgs: total((r) => shown(r.wgs)),
      germline: total((r) => shown(r.germline)),
      somatic: total((r) => shown(r.somatic)),
      samples: total((r) => r.samples?.vaerdi),
    },
    status,
  };
}
