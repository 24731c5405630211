import { z } from 'zod';
import { sourceRefSchema } from './source-ref.ts';

/** The value an editor writes where the source leaves a criterion unstated; the finder then says so. */
export const notStated = 'ikke angivet';

/** Disease areas a clinician can pick in the finder ("Hvilken indikation passer?"). */
export const diseaseAreas = [
  'hæmatologisk kræft',
  'solid tumor',
  'tumor i centralnervesystemet',
  'medfødt immundefekt',
] as const;
export type DiseaseArea = (typeof diseaseAreas)[number];

/** Situations a clinician can pick in the finder. */
export const situations = [
  'nyopdaget sygdom',
  'refraktær eller recidiverende sygdom',
  'ny kræftsygdom efter tidligere kræft',
  'mistanke om arvelig disposition',
  'udbredt og uhelbredelig sygdom',
] as const;
export type Situation = (typeof situations)[number];

export const ageUnits = ['år', 'måneder'] as const;
export const ageAppliesAt = ['ved henvisning', 'ved første diagnose'] as const;
export const criteriaExtents = [
  'fuldt indikationsskema',
  'kort beskrivelse',
  'i et bilag uden for kilderne',
] as const;

const bound = (which: string, limit: string) =>
  z
    .union([z.number().int().min(0).max(1500), z.literal(notStated)])
    .describe(
      `${which} alder som tal i enheden, eller "${notStated}", hvis kilden ikke angiver en ${limit} aldersgrænse`,
    );

/**
 * The age range the finder compares with the patient's age. Both bounds are always written: a number,
 * or "ikke angivet" where the source gives none, so the finder can tell the reader which it is.
 */
export const finderAgeSchema = z
  .object({
    fra: bound('laveste', 'nedre'),
    til: bound('højeste', 'øvre'),
    enhed: z.enum(ageUnits).describe('enheden for fra og til: "år" eller "måneder"'),
    gaelder: z
      .enum(ageAppliesAt)
      .describe(
        'hvornår alderen gælder: "ved henvisning" eller "ved første diagnose" (fx kræft konstateret i barnealderen)',
      ),
    kilde: sourceRefSchema,
    note: z.string().min(10).optional().describe('forbehold om det uklare i kilden'),
  })
  .strict()
  .refine((a) => typeof a.fra !== 'number' || typeof a.til !== 'number' || a.fra <= a.til, {
    error: 'Den laveste alder (fra) er højere end den højeste (til).',
    path: ['fra'],
  })
  .describe('aldersgrænserne, som indikationsfinderen sammenligner patientens alder med');

/** A list of enum values, or just "ikke angivet" where the source does not say. */
const valuesWithSource = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .object({
      vaerdier: z
        .array(z.enum([...values, notStated]))
        .min(1)
        .describe(
          `${what}: en eller flere af ${values.map((v) => `"${v}"`).join(', ')}; eller kun "${notStated}", hvis kilden ikke siger det`,
        ),
      kilde: sourceRefSchema,
      note: z.string().min(10).optional().describe('forbehold om det uklare i kilden'),
    })
    .strict()
    .refine((f) => !f.vaerdier.includes(notStated) || f.vaerdier.length === 1, {
      error: `"${notStated}" kan ikke stå sammen med andre værdier: skriv enten de værdier, kilden angiver, eller kun "${notStated}".`,
      path: ['vaerdier'],
    })
    .refine((f) => new Set(f.vaerdier).size === f.vaerdier.length, {
      error: 'En værdi står to gange i listen.',
      path: ['vaerdier'],
    });

/**
 * What the indication finder ("Hvilken indikation passer?") compares with the clinician's answers.
 * Written once per indication from the source; the finder, the checklist and the index read it from here.
 */
export const finderFieldsSchema = z
  .object({
    alder: finderAgeSchema,
    sygdomsomraader: valuesWithSource(diseaseAreas, 'sygdomsområderne, indikationen dækker').describe(
      'sygdomsområderne, som indikationsfinderen spørger om, med kilde',
    ),
    situationer: valuesWithSource(situations, 'patientens situation, som indikationen dækker').describe(
      'situationerne, som indikationsfinderen spørger om (fx nyopdaget sygdom), med kilde',
    ),
    kriterierIKilden: z
      .object({
        omfang: z
          .enum(criteriaExtents)
          .describe(
            `hvor fuldt kilden angiver kriterierne: ${criteriaExtents.map((v) => `"${v}"`).join(', ')}`,
          ),
        kilde: sourceRefSchema,
      })
      .strict()
      .describe('om kilden angiver de fulde kriterier for henvisning'),
  })
  .strict()
  .describe(
    'felterne, som indikationsfinderen "Hvilken indikation passer?" bruger; skrives ud fra kilden med kildehenvisning',
  );

export type FinderFields = z.infer<typeof finderFieldsSchema>;
export type FinderAge = z.infer<typeof finderAgeSchema>;
