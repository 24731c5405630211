import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as specs, type CollectionName } from '../schemas/collections.ts';

// Entry ids are the file names, unchanged: indication codes are upper case and are permalinks.
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');

// `[^_]*`, not `[!_]*`: both keep `_`-files (drafts, notes) out of the build, but Astro's file watcher
// (picomatch) matches nothing with `[!_]`, so `npm run dev` would never reload an edited file.
function collection<C extends CollectionName>(name: C) {
  const spec = specs[name];
  return defineCollection({
    loader: glob({ base: `./content/${spec.folder}`, pattern: `[^_]*${spec.extension}`, generateId: byFileName }),
    schema: spec.schema as (typeof specs)[C]['schema'],
  });
}

export const collections = {
  kilder: collection('kilder'),
  grupper: collection('grupper'),
  indikationer: collection('indikationer'),
  programmet: collection('programmet'),
  evaluering: collection('evaluering'),
  international: collection('international'),
  status: collection('status'),
  patienter: collection('patienter'),
  ordliste: collection('ordliste'),
  soegeord: collection('soegeord'),
};
