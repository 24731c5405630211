// The content model: the validated entries the domain computes with. Built in one place
// (buildContentModel) from what the pages read through Astro and from what the checks read from disk.
// Plain TypeScript: no Astro, no file system.
import type { PatientGroup } from '../../schemas/patient-group.ts';
import type { Indication } from '../../schemas/indication.ts';
import type { ImplementationStatus } from '../../schemas/implementation-status.ts';
import { figureSchema, type Figure } from '../../schemas/figure.ts';

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

/** Where the programme states the WGS it funds (content/programmet/programmet.yaml, omfang.helgenomsekventeringer). */
export const FUNDED_WGS = { collection: 'programmet', path: ['omfang', 'helgenomsekventeringer'] } as const;

/** The entries the model is built from: validated groups, indications and status tables, and the programme as it is. */
export interface ModelInput {
  groups: Item<PatientGroup>[];
  indications: Item<Indication>[];
  status: Item<ImplementationStatus>[];
  /** The programme's entries; only the funded WGS figure is read, so other fields need not be valid. */
  programme: { id: string; data: unknown }[];
}

/** The one builder of the content model: the same shape for pages, exports and checks. */
export function buildContentModel(input: ModelInput): ContentModel {
  // The programme's content belongs to another part of the site; only its funded figure is read here.
  const programme = input.programme.flatMap((e): Item<ProgrammeFunding>[] => {
    const value = FUNDED_WGS.path.reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      e.data,
    );
    const f = figureSchema.safeParse(value);
    return f.success ? [{ id: e.id, data: { funded: f.data, path: [...FUNDED_WGS.path] } }] : [];
  });
  return { groups: input.groups, indications: input.indications, status: input.status, programme };
}
