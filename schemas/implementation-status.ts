import { z } from 'zod';
import { countSchema, figureSchema } from './figure.ts';
import { sourcedTextSchema } from './sourced-text.ts';
import { sourceRefSchema } from './source-ref.ts';
import { partialDateSchema } from './approval.ts';
import { discrepanciesField } from './discrepancy.ts';

/**
 * One row of a status table: a patient group, its samples so far and its share of the expected
 * number. The group is named by its slug; the name as the source prints it is kept beside it,
 * because the sources spell group names differently from table to table.
 */
export const statusRowSchema = z
  .object({
    gruppe: z.string().min(2).describe('patientgruppens slug (filnavnet i content/grupper/ uden .mdx)'),
    navnIKilden: z.string().min(3).describe('gruppens navn, som det står i kildens tabel'),
    afventerGruppe: z
      .literal(true)
      .optional()
      .describe(
        'true, når gruppens fil i content/grupper/ endnu ikke findes; skal fjernes, når gruppen er oprettet',
      ),
    proever: countSchema.describe('antal sekventerede prøver i alt siden start'),
    andel: figureSchema.describe(
      'indsendte prøver i perioden i procent af det forventede antal for nyhenviste patienter',
    ),
  })
  .strict();

/** A process-time measurement for one month. */
const processTimeSchema = z
  .object({
    maaned: partialDateSchema.describe('måneden som ÅÅÅÅ-MM'),
    dage: figureSchema.describe('procestid i dage'),
  })
  .strict();

/**
 * How the offer is doing: samples per group, shares of the expected number, monthly volume,
 * annual need and process time, as one report states them for one period.
 * One YAML file per report in `content/status/<id>.yaml`.
 */
export const implementationStatusSchema = z
  .object({
    titel: z.string().min(5).describe('overskrift for opgørelsen'),
    omraade: z.enum(['kræft', 'sjælden sygdom']).describe('programmets hovedområde, som opgørelsen dækker'),
    kilde: sourceRefSchema.describe('den tabel eller det afsnit, opgørelsen bygger på'),
    opgjortSiden: partialDateSchema.describe('hvornår optællingen af prøver begynder (ÅÅÅÅ eller ÅÅÅÅ-MM)'),
    opgjort: partialDateSchema
      .optional()
      .describe('hvornår tallene er gjort op (ÅÅÅÅ-MM), så siderne kan sige, hvor gamle de er'),
    periode: z
      .object({
        fra: partialDateSchema.describe('periodens første dag (ÅÅÅÅ-MM-DD)'),
        til: partialDateSchema.describe('periodens sidste dag (ÅÅÅÅ-MM-DD)'),
      })
      .strict()
      .describe('perioden, som andelene af det forventede antal gælder for'),
    grupper: z.array(statusRowSchema).min(1).describe('én række pr. patientgruppe i kildens tabel'),
    iAlt: z
      .object({
        proever: countSchema.describe('prøver i alt, som kilden angiver det'),
        andel: figureSchema.describe('samlet andel af det forventede antal i perioden, i procent'),
      })
      .strict()
      .describe('tabellens total-række'),
    andelSpaend: figureSchema
      .optional()
      .describe('laveste og højeste andel blandt grupperne, som kilden angiver dem (vaerdi og til)'),
    proeverPrMaaned: figureSchema.optional().describe('prøver om måneden for alle grupperne'),
    proeverPrAar: countSchema
      .optional()
      .describe('prøver om året for alle grupperne, som kilden omregner dem'),
    aarligtBehov: countSchema
      .optional()
      .describe('det årlige behov for nyhenviste, som specialistnetværkene har meldt ind'),
    procestid: z
      .object({
        definition: sourcedTextSchema.describe('hvad procestiden måler'),
        maalinger: z.array(processTimeSchema).min(1).describe('procestid for enkelte måneder'),
        bemaerkninger: z.array(sourcedTextSchema).default([]).describe('forbehold om målingerne'),
      })
      .strict()
      .optional()
      .describe('tiden fra prøven modtages, til data frigives til fortolkning'),
    aarsager: z
      .array(sourcedTextSchema)
      .default([])
      .describe('årsager, som netværkene giver til færre prøver end forventet'),
    bemaerkninger: z
      .array(sourcedTextSchema)
      .default([])
      .describe('uklarheder i kilden, som siden viser som noter'),
    afvigelser: discrepanciesField,
  })
  .strict();

export type ImplementationStatus = z.infer<typeof implementationStatusSchema>;
export type StatusRow = z.infer<typeof statusRowSchema>;
