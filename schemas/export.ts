import { z } from 'zod';
import { patientGroupSchema } from './patient-group.ts';
import { indicationSchema } from './indication.ts';
import { implementationStatusSchema } from './implementation-status.ts';
import { sourceSchema } from './source.ts';

/**
 * The open-data files under /data/: the content as it is, plus the figures the site computes from it
 * (under `beregnet`). These schemas give the JSON Schema files and the field list on the data page.
 */
const computed = (what: string) => z.number().optional().describe(`${what}, beregnet af sitet`);

export const exportCohortSchema = z
  .object({
    patienter: z.number().describe('antal patienter (nyhenviste: om året; tidligere henviste: i alt)'),
    wgsPrAar: computed('WGS om året: patienter × WGS pr. patient, delt med antal år for tidligere henviste'),
    germline: computed('WGS om året på normalt væv (germline)'),
    somatiske: computed('WGS om året på tumorvæv (somatiske)'),
  })
  .strict()
  .describe('tal for én slags patienter, beregnet af sitet');

export const exportIndicationSchema = indicationSchema
  .extend({
    url: z.string().describe('indikationens faste adresse på sitet'),
    beregnet: z
      .object({
        nyhenviste: exportCohortSchema.optional().describe('nyhenviste patienter'),
        tidligereHenviste: exportCohortSchema.optional().describe('tidligere henviste patienter'),
        wgsPrAar: computed('WGS om året for indikationen i alt'),
        germline: computed('germline-WGS om året for indikationen'),
        somatiske: computed('somatiske WGS om året for indikationen'),
      })
      .strict()
      .describe('indikationens tal beregnet af sitet ud fra patienter og WGS pr. patient'),
  })
  .describe('en indikation med sine kriterier og kvoter');

export const exportGroupSchema = patientGroupSchema
  .extend({
    slug: z.string().describe('gruppens faste id (filnavnet)'),
    url: z.string().describe('gruppens side for fagpersoner'),
    indikationer: z.array(z.string()).describe('koderne på gruppens indikationer'),
    beregnet: z
      .object({
        komplet: z
          .boolean()
          .describe('true, når alle gruppens indikationer har tal, så summerne dækker hele gruppen'),
        nyhenvistePatienter: computed('nyhenviste patienter om året, summen af indikationerne'),
        tidligereHenvistePatienter: computed('tidligere henviste patienter, summen af indikationerne'),
        wgsNyhenviste: computed('WGS om året til nyhenviste, summen af indikationerne'),
        wgsTidligereHenviste: computed('WGS om året til tidligere henviste, summen af indikationerne'),
        wgsPrAar: computed('WGS om året i alt, summen af indikationerne'),
        germline: computed('germline-WGS om året, summen af indikationerne'),
        somatiske: computed('somatiske WGS om året, summen af indikationerne'),
      })
      .strict()
      .describe('gruppens tal lagt sammen af sitet fra indikationerne'),
  })
  .describe('en patientgruppe');

export const exportStatusSchema = implementationStatusSchema
  .extend({
    id: z.string().describe('opgørelsens faste id (filnavnet)'),
    beregnet: z
      .object({
        maaneder: z.number().describe('antal måneder i perioden'),
        proever: z.number().describe('prøver i alt: summen af grupperne'),
        andelUdFraMaanedligtAntal: computed('samlet andel: prøver om måneden × 12 / årligt behov, i procent'),
        grupper: z
          .array(
            z
              .object({
                gruppe: z.string().describe('gruppens slug'),
                forventetWgsPrAar: computed('gruppens forventede WGS om året til nyhenviste'),
                forventetIPerioden: computed('gruppens forventede antal i perioden'),
                hoejstMuligeAndel: computed(
                  'den største andel, prøvetallet kan give, i procent med én decimal',
                ),
              })
              .strict(),
          )
          .describe('pr. gruppe: det forventede antal og den højst mulige andel'),
      })
      .strict()
      .describe('tal beregnet af sitet ud fra opgørelsen og gruppernes forventede antal'),
  })
  .describe('en statusopgørelse for implementeringen');

export const exportSourceSchema = sourceSchema
  .extend({ id: z.string().describe('kildedokumentets id') })
  .describe('et kildedokument');

/** The whole content model in one file. */
export const exportAllSchema = z
  .object({
    kilder: z.array(exportSourceSchema).describe('kildedokumenterne'),
    grupper: z.array(exportGroupSchema).describe('patientgrupperne'),
    indikationer: z.array(exportIndicationSchema).describe('indikationerne med kriterier og kvoter'),
    status: z.array(exportStatusSchema).describe('statusopgørelserne'),
  })
  .strict()
  .describe('kilder, patientgrupper, indikationer og statusopgørelser i én fil');

export type ExportAll = z.infer<typeof exportAllSchema>;
export type ExportGroup = z.infer<typeof exportGroupSchema>;
export type ExportIndication = z.infer<typeof exportIndicationSchema>;
export type ExportStatus = z.infer<typeof exportStatusSchema>;
