import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as specs, type CollectionName } from '../schemas/collections.ts';
import { guardLoader } from './lib/content-verdict.ts';

// Entry ids are the file names, unchanged: indication codes are upper case and are permalinks.
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');

// Files starting with "_" are drafts and templates. `[^_]` rather than `[!_]`: both skip them in a
// build, but the dev server's file watcher only understands `[^_]` and would ignore every edit.
// A build loads the content while our checks still run; a file Astro cannot load waits for their Danish
// report before Astro's own error is shown (src/lib/content-verdict.ts).
const loader = (name: CollectionName) =>
  guardLoader(
    glob({
      base: `./content/${specs[name].folder}`,
      pattern: `[^_]*${specs[name].extension}`,
      generateId: byFileName,
    }),
  );

// One defineCollection per collection, with its schema written out, so every entry's type comes
// from its schema (a generic helper here would leave `entry.data` as unknown in the pages).
export const collections = {
  kilder: defineCollection({ loader: loader('kilder'), schema: specs.kilder.schema }),
  grupper: defineCollection({ loader: loader('grupper'), schema: specs.grupper.schema }),
  indikationer: defineCollection({ loader: loader('indikationer'), schema: specs.indikationer.schema }),
  programmet: defineCollection({ loader: loader('programmet'), schema: specs.programmet.schema }),
  evaluering: defineCollection({ loader: loader('evaluering'), schema: specs.evaluering.schema }),
  international: defineCollection({ loader: loader('international'), schema: specs.international.schema }),
  status: defineCollection({ loader: loader('status'), schema: specs.status.schema }),
  patienter: defineCollection({ loader: loader('patienter'), schema: specs.patienter.schema }),
  ordliste: defineCollection({ loader: loader('ordliste'), schema: specs.ordliste.schema }),
  soegeord: defineCollection({ loader: loader('soegeord'), schema: specs.soegeord.schema }),
};
