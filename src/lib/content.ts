import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildContentModel, type ContentModel } from '../domain/model.ts';
import { exportAll } from './export/json.ts';
import { computeOnce, contentCanChange, readOnce } from './read-once.ts';
import type { ExportAll } from '../../schemas/export.ts';

export type GroupEntry = CollectionEntry<'grupper'>;
export type IndicationEntry = CollectionEntry<'indikationer'>;

const sortedGroups = readOnce(
  async () =>
    (await getCollection('grupper')).sort(
      (a, b) =>
        a.data.omraade.localeCompare(b.data.omraade, 'da') || a.data.navn.localeCompare(b.data.navn, 'da'),
    ),
  contentCanChange,
);

/** Patient groups, cancer groups first, then by name. */
export function getGroups(): Promise<GroupEntry[]> {
  return sortedGroups();
}

const sortedIndications = readOnce(
  async () =>
    (await getCollection('indikationer')).sort(
      (a, b) => a.data.gruppe.localeCompare(b.data.gruppe) || a.data.nummer - b.data.nummer,
    ),
  contentCanChange,
);

/** Indications in the order their group's source lists them (all of them, or those of one group). */
export async function getIndications(group?: string): Promise<IndicationEntry[]> {
  const all = await sortedIndications();
  // The sort is stable, so filtering the sorted list gives the order that sorting the filtered one gave.
  return group === undefined ? all : all.filter((e) => e.data.gruppe === group);
}

/** One page per indication code, for the pages under /indikationer/<KODE>/. */
export async function indicationPaths() {
  const indications = await getIndications();
  return indications.map((indication) => ({ params: { kode: indication.data.kode }, props: { indication } }));
}

/** The group an indication belongs to; the reference check has already refused an unknown group. */
export async function groupOf(indication: IndicationEntry): Promise<GroupEntry> {
  const { kode, gruppe } = indication.data;
  const group = await getEntry('grupper', gruppe);
  if (!group) throw new Error(`Indikationen ${kode} peger på gruppen "${gruppe}", som ikke findes.`);
  return group;
}

export type StatusEntry = CollectionEntry<'status'>;

/** Status reports, newest period first. */
export async function getStatuses(): Promise<StatusEntry[]> {
  const all = await getCollection('status');
  return all.sort((a, b) => b.data.periode.til.localeCompare(a.data.periode.til));
}

/** The content model the domain computes with, built by the same builder the checks use. */
export const getModel: () => Promise<ContentModel> = computeOnce(async () => {
  const [groups, indications, status, programme] = await Promise.all([
    getGroups(),
    getIndications(),
    getStatuses(),
    getCollection('programmet'),
  ]);
  const item = <T>(e: { id: string; data: T }) => ({ id: e.id, data: e.data });
  return buildContentModel({
    groups: groups.map(item),
    indications: indications.map(item),
    status: status.map(item),
    programme: programme.map(item),
  });
}, contentCanChange);

/** The open-data export of the whole content model (see src/lib/export/), made once for all its files. */
export const getExport: () => Promise<ExportAll> = computeOnce(async () => {
  const sources = (await getCollection('kilder')).sort((a, b) => a.id.localeCompare(b.id));
  return exportAll(
    await getModel(),
    sources.map((s) => ({ id: s.id, data: s.data })),
  );
}, contentCanChange);
