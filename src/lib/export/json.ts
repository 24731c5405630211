// The open data as JSON: the whole content model with the computed totals, validated against the
// export schema before it is written. Endpoints under src/pages/data/ call these.
import type { Source } from '../../../schemas/source.ts';
import type { Indication } from '../../../schemas/indication.ts';
import {
  exportAllSchema,
  type ExportAll,
  type ExportGroup,
  type ExportIndication,
  type ExportStatus,
} from '../../../schemas/export.ts';
import type { ContentModel, Item } from '../../domain/model.ts';
import { groupTotals, indicationTotals, type CohortTotals } from '../../domain/totals.ts';
import { statusDerived } from '../../domain/status.ts';

const cohort = (c: CohortTotals | undefined) =>
  c && { patienter: c.patients, wgsPrAar: c.wgs, germline: c.germline, somatiske: c.somatic };

export function exportIndication(i: Item<Indication>): ExportIndication {
  const t = indicationTotals(i);
  return {
    ...i.data,
    url: `/indikationer/${i.data.kode}/`,
    beregnet: {
      nyhenviste: cohort(t?.newly),
      tidligereHenviste: cohort(t?.previously),
      wgsPrAar: t?.wgs,
      germline: t?.germline,
      somatiske: t?.somatic,
    },
  };
}

export function exportGroup(g: ContentModel['groups'][number], model: ContentModel): ExportGroup {
  const t = groupTotals(g.id, model.indications);
  return {
    ...g.data,
    slug: g.id,
    url: `/grupper/${g.id}/`,
    indikationer: t.indications.map((i) => i.code),
    beregnet: {
      komplet: t.complete,
      nyhenvistePatienter: t.patientsNewly,
      tidligereHenvistePatienter: t.patientsPreviously,
      wgsNyhenviste: t.wgsNewly,
      wgsTidligereHenviste: t.wgsPreviously,
      wgsPrAar: t.wgs,
      germline: t.germline,
      somatiske: t.somatic,
    },
  };
}

export function exportStatus(s: ContentModel['status'][number], model: ContentModel): ExportStatus {
  const d = statusDerived(s, model);
  return {
    ...s.data,
    id: s.id,
    beregnet: {
      maaneder: d.months,
      proever: d.samples,
      andelUdFraMaanedligtAntal: d.impliedShare,
      grupper: d.rows.map((r) => ({
        gruppe: r.row.gruppe,
        forventetWgsPrAar: r.expectedPerYear,
        forventetIPerioden: r.expectedInPeriod,
        // One decimal, like the share the site shows; more digits would claim a precision the counts lack.
        hoejstMuligeAndel: r.maxShare === undefined ? undefined : Math.round(r.maxShare * 10) / 10,
      })),
    },
  };
}

/** The whole content model, validated against the export schema before it is written. */
export function exportAll(model: ContentModel, sources: Item<Source>[]): ExportAll {
  return exportAllSchema.parse({
    kilder: sources.map((s) => ({ id: s.id, ...s.data })),
    grupper: model.groups.map((g) => exportGroup(g, model)),
    indikationer: model.indications.map(exportIndication),
    status: model.status.map((s) => exportStatus(s, model)),
  });
}
