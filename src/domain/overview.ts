// The national overview: every group side by side with its figures, computed and as stated.
import type { PatientGroup } from '../../schemas/patient-group.ts';
import type { ImplementationStatus } from '../../schemas/implementation-status.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { ContentModel, Item } from './model.ts';
import { groupTotals, sum } from './totals.ts';

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
  totals: Record<
    'indications' | 'patientsNewly' | 'wgs' | 'germline' | 'somatic' | 'samples',
    { value: number; complete: boolean }
  >;
  status?: Item<ImplementationStatus>;
}

const shown = (m: Measure) => m.computed ?? m.stated?.vaerdi;

/** Every group side by side: groups with a page first (cancer, then rare disease), then groups only named in a status table. */
export function nationalOverview(model: Pick<ContentModel, 'groups' | 'indications' | 'status'>): Overview {
  const status = [...model.status].sort((a, b) => b.data.periode.til.localeCompare(a.data.periode.til))[0];
  const statusRow = (slug: string) => status?.data.grupper.find((r) => r.gruppe === slug);
  const ack = (slug: string) =>
    !!status?.data.afvigelser.some((a) => a.tjek === 'status-andel' && a.emne === slug);
  const rows: OverviewRow[] = [...model.groups]
    .sort(
      (a, b) =>
        a.data.omraade.localeCompare(b.data.omraade, 'da') || a.data.navn.localeCompare(b.data.navn, 'da'),
    )
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
        // A year's WGS are the newly referred patients'; previously referred are a one-off cohort.
        wgs: {
          computed: t.wgsNewly,
          stated:
            g.data.wgsPrAar?.nyhenviste ?? (g.data.tidligereHenviste ? undefined : g.data.wgsPrAar?.iAlt),
        },
        germline: {
          computed: t.germlineNewly,
          stated: g.data.tidligereHenviste ? undefined : g.data.wgsPrAar?.germline,
        },
        somatic: {
          computed: t.somaticNewly,
          stated: g.data.tidligereHenviste ? undefined : g.data.wgsPrAar?.somatisk,
        },
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
    return {
      value: sum(values.filter((v): v is number => v !== undefined)),
      complete: values.every((v) => v !== undefined),
    };
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
