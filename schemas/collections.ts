import type { z } from 'zod';
import { sourceSchema } from './source.ts';
import { patientGroupSchema } from './patient-group.ts';
import { indicationSchema } from './indication.ts';
import { programmeSchema } from './programme.ts';
import { evaluationPartSchema } from './evaluation.ts';
import { internationalComparisonSchema } from './international-comparison.ts';
import { implementationStatusSchema } from './implementation-status.ts';
import { patientPageSchema } from './patient-page.ts';
import { glossaryTermSchema } from './glossary.ts';
import { searchTermsSchema } from './search-terms.ts';

/**
 * Every content collection: its folder under `content/`, its file type and its schema.
 * `src/content.config.ts` and the checks in `scripts/` both read this list, so a new
 * collection is declared once.
 */
export const collections = {
  kilder: { folder: 'kilder', extension: '.yaml', schema: sourceSchema, label: 'kildedokument' },
  grupper: { folder: 'grupper', extension: '.mdx', schema: patientGroupSchema, label: 'patientgruppe' },
  indikationer: { folder: 'indikationer', extension: '.yaml', schema: indicationSchema, label: 'indikation' },
  programmet: {
    folder: 'programmet',
    extension: '.yaml',
    schema: programmeSchema,
    label: 'programbeskrivelse',
    singleEntry: 'programmet',
  },
  evaluering: {
    folder: 'evaluering',
    extension: '.yaml',
    schema: evaluationPartSchema,
    label: 'del af evalueringen',
  },
  international: {
    folder: 'international',
    extension: '.yaml',
    schema: internationalComparisonSchema,
    label: 'international sammenligning',
    singleEntry: 'international',
  },
  status: {
    folder: 'status',
    extension: '.yaml',
    schema: implementationStatusSchema,
    label: 'statusopgørelse',
  },
  patienter: {
    folder: 'patienter',
    extension: '.mdx',
    schema: patientPageSchema,
    label: 'side for patienter',
  },
  ordliste: { folder: 'ordliste', extension: '.yaml', schema: glossaryTermSchema, label: 'ord i ordlisten' },
  soegeord: { folder: 'soegeord', extension: '.yaml', schema: searchTermsSchema, label: 'søgeordsliste' },
} as const satisfies Record<string, CollectionSpec>;

export interface CollectionSpec {
  folder: string;
  extension: '.yaml' | '.mdx';
  schema: z.ZodType;
  /** What one entry is called in Danish, for messages. */
  label: string;
  /** For a collection of exactly one entry (a page's data): the file name it must have, without extension. */
  singleEntry?: string;
}

export type CollectionName = keyof typeof collections;
export type CollectionData<C extends CollectionName> = z.infer<(typeof collections)[C]['schema']>;
