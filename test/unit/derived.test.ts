import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/content.ts';
import { contentModel } from '../../scripts/lib/model.ts';
import { cohortTotals, groupTotals, indicationTotals } from '../../src/domain/totals.ts';
import { monthsBetween, statusDerived } from '../../src/domain/status.ts';
import { nationalOverview } from '../../src/domain/overview.ts';
import { judge, type AcknowledgementRef } from '../../src/domain/acknowledgements.ts';
import type { Comparison } from '../../src/domain/comparison.ts';
import { allComparisons } from '../../src/domain/rules/index.ts';
import { fixtureRoot } from '../helpers/temp-project.ts';

const model = contentModel(readContent(fixtureRoot));
const kilde = { dokument: '003_08ae25ce05e9eb9b', sted: 'Test' };

describe('totals computed from the parts', () => {
  it('multiplies patients by WGS per patient and spreads previously referred over their years', () => {
    const c = cohortTotals(
      {
        patienter: { vaerdi: 10, kilde },
        indenAar: { vaerdi: 2, kilde },
        wgsPrPatient: { tumor: { vaerdi: 3, kilde }, germline: { vaerdi: 1, kilde } },
      },
      'tidligereHenviste',
    );
    expect(c).toMatchObject({ somatic: 15, germline: 5, computed: 20, wgs: 20 });
  });

  it('falls back to the stated WGS a year when the source gives no WGS per patient', () => {
    const c = cohortTotals(
      { patienter: { vaerdi: 10, kilde }, wgsPrAar: { vaerdi: 42, kilde } },
      'nyhenviste',
    );
    expect(c.computed).toBeUndefined();
    expect(c.wgs).toBe(42);
  });

  it('gives the haematological cancer indications and group the sums in seed 003', () => {
    const rr = indicationTotals(model.indications.find((i) => i.id === 'HAEM-RR')!)!;
    const myel = indicationTotals(model.indications.find((i) => i.id === 'HAEM-MYEL')!)!;
    expect([rr.newly.wgs, rr.previously?.wgs, rr.wgs]).toEqual([400, 40, 440]);
    expect([myel.newly.wgs, myel.previously?.wgs, myel.wgs]).toEqual([1600, 150, 1750]);
    const g = groupTotals('haematologisk-cancer', model.indications);
    expect(g).toMatchObject({
      complete: true,
      patientsNewly: 500,
      patientsPreviously: 60,
      wgsNewly: 2000,
      wgsPreviously: 190,
      wgs: 2190,
    });
    expect((g.germline ?? 0) + (g.somatic ?? 0)).toBe(g.wgs);
  });

  it('does not add up a group when an indication has no figures', () => {
    const withoutQuota = model.indications.map((i) =>
      i.id === 'HAEM-RR' ? { ...i, data: { ...i.data, kvote: undefined } } : i,
    );
    const g = groupTotals('haematologisk-cancer', withoutQuota);
    expect(g.complete).toBe(false);
    expect(g.wgs).toBeUndefined();
  });

  it('counts calendar months between two dates', () => {
    expect(monthsBetween('2023-11-01', '2024-05-01')).toBe(6);
    expect(monthsBetween('2024-01', '2024-12')).toBe(11);
  });

  it('sums the status table and derives the highest possible share from the expected number', () => {
    const d = statusDerived(model.status[0]!, model);
    expect(d.samples).toBe(6693);
    expect(d.impliedShare).toBe(37.5);
    expect([d.lowestShare, d.highestShare]).toEqual([9, 75]);
    const haem = d.rows.find((r) => r.row.gruppe === 'haematologisk-cancer')!;
    expect(haem).toMatchObject({
      expectedPerYear: 2000,
      expectedInPeriod: 1000,
      maxShare: 18,
      expectedSource: 'indikationer',
    });
    // Children and young people state only a total (no previously referred), so that total is the yardstick.
    const buk = d.rows.find((r) => r.row.gruppe === 'boern-og-unge-med-kraeft')!;
    expect(buk).toMatchObject({
      expectedPerYear: 940,
      expectedInPeriod: 470,
      expectedSource: 'gruppe-i-alt',
    });
    expect(buk.maxShare).toBeCloseTo(213.19, 2);
    // Every row's group exists now; the sources give no expected number for the other two groups.
    expect(d.rows.every((r) => r.groupExists)).toBe(true);
    expect(d.rows.filter((r) => r.expectedPerYear === undefined).map((r) => r.row.gruppe)).toEqual([
      'unge-voksne-og-arvelig-kraeft',
      'udbredt-og-uhelbredelig-kraeft',
    ]);
  });

  it('uses a group total as the expected number only when the group has no previously referred patients', () => {
    const pid = model.groups.find((g) => g.id === 'primaer-immundefekt')!;
    const withTotal = { ...pid, data: { ...pid.data, wgsPrAar: { iAlt: { vaerdi: 1000, kilde } } } };
    const row = { ...model.status[0]!.data.grupper[0]!, gruppe: 'primaer-immundefekt' };
    const status = { ...model.status[0]!, data: { ...model.status[0]!.data, grupper: [row] } };
    const groups = model.groups.map((g) => (g.id === pid.id ? withTotal : g));
    // PID-IEI gives the group complete figures, so drop it to reach the group's own fields.
    const indications = model.indications.filter((i) => i.data.gruppe !== pid.id);
    expect(statusDerived(status, { groups, indications }).rows[0]!.expectedPerYear).toBeUndefined();
    const withoutPrevious = { ...withTotal, data: { ...withTotal.data, tidligereHenviste: undefined } };
    const groups2 = model.groups.map((g) => (g.id === pid.id ? withoutPrevious : g));
    expect(statusDerived(status, { groups: groups2, indications }).rows[0]).toMatchObject({
      expectedPerYear: 1000,
      expectedSource: 'gruppe-i-alt',
    });
  });

  it('puts every group of the content and of the status table in the overview, with sums over them', () => {
    const o = nationalOverview(model);
    // Cancer before rare disease, then by name; every status row now has its group's page.
    expect(o.rows.map((r) => [r.slug, r.hasPage, r.samples?.vaerdi, r.share?.vaerdi])).toEqual([
      ['boern-og-unge-med-kraeft', true, 1002, 75],
      ['haematologisk-cancer', true, 180, 41],
      ['unge-voksne-og-arvelig-kraeft', true, 422, 9],
      ['udbredt-og-uhelbredelig-kraeft', true, 5089, 44],
      ['primaer-immundefekt', true, undefined, undefined],
    ]);
    // The status table covers the four cancer groups only, so primary immunodeficiency has no samples.
    expect(o.totals.samples).toEqual({ value: 6693, complete: false });
    // WGS a year count newly referred only: 940 stated for children and young people + 2.000 computed for
    // haematological cancer + 750 for PID; previously referred are a one-off cohort.
    expect(o.totals.wgs).toEqual({ value: 3690, complete: false });
  });
});

describe('comparisons on the real content', () => {
  it('agree, except the one discrepancy an editor has acknowledged', () => {
    const failing = allComparisons(model).filter((c) => !c.ok);
    expect(failing.map((c) => [c.tjek, c.emne, c.stated, c.computed])).toEqual([
      ['status-andel', 'haematologisk-cancer', 41, 18],
    ]);
  });
});

describe('judging acknowledgements', () => {
  const base: Comparison = {
    tjek: 'gruppe-sum',
    emne: 'wgs-i-alt',
    where: { collection: 'grupper', id: 'g' },
    path: [],
    label: '',
    unit: 'WGS',
    stated: 100,
    tolerance: 0,
    computed: 90,
    relation: 'lig',
    arithmetic: '',
    parts: [],
    fix: '',
    ok: false,
  };
  const ack = (angivet: number, beregnet: number, emne = 'wgs-i-alt'): AcknowledgementRef => ({
    where: { collection: 'grupper', id: 'g' },
    index: 0,
    ack: {
      tjek: 'gruppe-sum',
      emne,
      angivet,
      beregnet,
      forklaring: 'En forklaring på mindst tyve tegn.',
      kilde,
    },
  });

  it('accepts a discrepancy acknowledged with the same figures', () => {
    const j = judge('gruppe-sum', [base], [ack(100, 90)]);
    expect([j.unacknowledged.length, j.acknowledged.length, j.stale.length]).toEqual([0, 1, 0]);
  });
  it('fails both the discrepancy and the acknowledgement when a figure has changed since', () => {
    const j = judge('gruppe-sum', [{ ...base, computed: 91 }], [ack(100, 90)]);
    expect([j.unacknowledged.length, j.acknowledged.length, j.stale.length]).toEqual([1, 0, 1]);
    expect(j.stale[0]?.current?.computed).toBe(91);
  });
  it('fails an acknowledgement whose discrepancy has gone', () => {
    const j = judge('gruppe-sum', [{ ...base, computed: 100, ok: true }], [ack(100, 90)]);
    expect([j.unacknowledged.length, j.stale.length]).toEqual([0, 1]);
    expect(j.stale[0]?.current?.ok).toBe(true);
  });
  it('fails an acknowledgement that names no comparison', () => {
    const j = judge('gruppe-sum', [base], [ack(100, 90, 'wgs-ialt')]);
    expect([j.unacknowledged.length, j.stale.length]).toEqual([1, 1]);
    expect(j.stale[0]?.current).toBeUndefined();
  });
  it('leaves acknowledgements of other checks alone', () => {
    const j = judge('status-andel', [base], [ack(100, 90)]);
    expect([j.unacknowledged.length, j.stale.length]).toEqual([0, 0]);
  });
});
