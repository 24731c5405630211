import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../schemas/source.ts';
import { readContent } from '../../scripts/lib/content.ts';
import { projectRoot } from '../helpers/temp-project.ts';

// Every figure cites a document in content/kilder/ (the schemas and the reference check see to that);
// here each of those documents must be one of the seed documents the site is written from, so a cited
// source can always be looked up. The seeds sit beside the project, as they do in CI.
const seeds = join(projectRoot, '..', 'shared', 'seeds');

describe('source documents', () => {
  it.skipIf(!existsSync(seeds))(
    'are exactly the seed documents in ../shared/seeds/, each under its own id',
    () => {
      const seedFiles = readdirSync(seeds)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      const sources = readContent(projectRoot).filter((e) => e.collection === 'kilder');
      const named = sources.map((e) => ({ id: e.id, fil: sourceSchema.parse(e.data).fil }));
      for (const { id, fil } of named) {
        expect(seedFiles, `${id}: fil "${fil}" er ikke et af kildedokumenterne`).toContain(fil);
        expect(fil, `${id}: id og filnavn skal være ens`).toBe(`${id}.txt`);
      }
      expect(named.map((n) => n.fil).sort()).toEqual(seedFiles);
    },
  );
});
