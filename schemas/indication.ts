import { z } from 'zod';
import { countSchema, figureSchema, labelledFigureSchema } from './figure.ts';
import { sourcedTextSchema } from './sourced-text.ts';
import { sourceRefSchema } from './source-ref.ts';
import { discrepanciesField } from './discrepancy.ts';
import { finderFieldsSchema, notStated } from './indication-finder.ts';
import { changeNotesField } from './change-note.ts';

/** Stable indication code: group prefix, dash, short name. It is the permalink and never changes. */
export const indicationCodePattern = /^[A-Z]{2,6}-[A-Z0-9]{1,8}$/;

/**
 * One referral criterion in the site's own words.
 * `kraeves` says whether the criterion is a requirement (true) or explicitly not (false).
 */
export const criterionSchema = sourcedTextSchema
  .extend({
    kraeves: z
      .boolean()
      .optional()
      .describe('true = et krav; false = kilden siger udtrykkeligt at det ikke kræves'),
  })
  .strict()
  .describe('et kriterium for henvisning med egne ord og kilde');

/** Age limits of an indication, with the text as the site states it. */
export const ageCriterionSchema = criterionSchema
  .extend({
    minAar: z.number().int().min(0).max(120).optional().describe('laveste alder i år'),
    maksAar: z.number().int().min(0).max(120).optional().describe('højeste alder i år'),
  })
  .strict()
  .describe('alderskriteriet med egne ord, kilde og aldersgrænser');

/** Units a time limit can be stated in. */
const timeUnits: readonly string[] = ['år', 'måneder', 'uger', 'dage', 'døgn'];

/**
 * A time criterion: the event that qualifies must happen within a time limit, e.g. a relapse
 * within 5 years of the first diagnosis. The limit itself must be a sourced figure in `tal`, so
 * the page can show it with its source and the checks can read it.
 * @example { tekst: 'Tilbagefaldet opstår inden for 5 år fra diagnosen.', kraeves: true, tal: [{ betegnelse: 'Tid fra første diagnose', enhed: 'år', tal: { vaerdi: 5, kilde } }], kilde }
 */
export const timeCriterionSchema = criterionSchema.refine(
  (c) => c.tal?.some((t) => timeUnits.includes(t.enhed)) ?? false,
  {
    error: `Tidskriteriet mangler sin tidsgrænse som tal: tilføj under "tal" et nøgletal med kilde og med enheden ${timeUnits.slice(0, -1).join(', ')} eller ${timeUnits.at(-1)}, fx 5 år.`,
    path: ['tal'],
  },
);

/** WGS per patient: tumour (somatic) and germline analyses. */
const wgsPerPatientSchema = z
  .object({
    tumor: countSchema.optional().describe('antal WGS på tumorvæv pr. patient'),
    germline: countSchema.optional().describe('antal WGS på normalt væv (blod, hud) pr. patient'),
  })
  .strict()
  .refine((w) => w.tumor || w.germline, { error: 'Angiv mindst ét af felterne tumor og germline.' })
  .describe('antal WGS pr. patient på tumorvæv og normalt væv');

/** Patients and WGS for one kind of patient (newly or previously referred). */
const cohortSchema = z
  .object({
    patienter: countSchema.describe('antal patienter om året (tidligere henviste: i alt)'),
    fordeling: z
      .array(
        z
          .object({
            navn: z.string().min(2).describe('undergruppens navn'),
            patienter: countSchema.describe('antal patienter i undergruppen'),
          })
          .strict(),
      )
      .optional()
      .describe('patienterne fordelt på undergrupper, fx AML og MDS; summen skal give patienter'),
    wgsPrPatient: wgsPerPatientSchema.optional(),
    wgsPrAar: countSchema.optional().describe('antal WGS om året, som kilden angiver det'),
    indenAar: figureSchema
      .optional()
      .describe('tidligere henviste: inden for hvor mange år de ønskes sekventeret'),
  })
  .strict()
  .describe('patienter og WGS for én slags patienter (nyhenviste eller tidligere henviste)');

/**
 * What the top of an indication page says in brief that the rest of the page does not state as such:
 * when WGS through NGC is not the route, and which other indications cover some of the same patients,
 * with one line each on when to choose which.
 * @example { ikkeVejen: { tekst: 'Ved meget aggressiv sygdom …', kilde }, overlap: [{ kode: 'HAEM-MYEL', tekst: 'AML og MDS …', kilde }] }
 */
export const indicationSummarySchema = z
  .object({
    ikkeVejen: sourcedTextSchema
      .optional()
      .describe('hvornår WGS via NGC ikke er vejen, fx ved akutte tilfælde'),
    overlap: z
      .array(
        z
          .object({
            kode: z
              .string()
              .regex(indicationCodePattern, { error: 'Skriv koden på en anden indikation, fx HAEM-MYEL.' })
              .describe('koden på den indikation, der overlapper'),
            tekst: z
              .string()
              .min(10)
              .describe('én linje om, hvornår man vælger den anden indikation frem for denne'),
            kilde: sourceRefSchema,
          })
          .strict(),
      )
      .default([])
      .describe('indikationer, der dækker nogle af de samme patienter'),
  })
  .strict()
  .describe('"Kort fortalt" øverst på indikationens side');

/**
 * An indication (indikation): who in a patient group may be referred for WGS, on what
 * criteria, and how many. One YAML file per indication in `content/indikationer/<KODE>.yaml`.
 */
export const indicationSchema = z
  .object({
    kode: z
      .string()
      .regex(indicationCodePattern, {
        error: 'Koden skal være store bogstaver, en bindestreg og et kort navn, fx HAEM-MYEL.',
      })
      .describe('stabil kode; skal være lig filnavnet og ændres aldrig'),
    gruppe: z.string().min(2).describe('patientgruppens slug (filnavnet i content/grupper/ uden .mdx)'),
    nummer: z
      .number()
      .int()
      .positive()
      .describe('indikationens nummer i gruppen; bestemmer rækkefølgen på siden'),
    navn: z.string().min(3).describe('indikationens navn'),
    beskrivelse: z.string().min(20).describe('hvem indikationen dækker, forklaret for ikke-fagfolk'),
    formaal: sourcedTextSchema.optional().describe('hvad WGS skal afklare for disse patienter'),
    sygdomme: z
      .array(
        z
          .object({
            navn: z.string().min(2).describe('sygdommens navn'),
            detaljer: z.string().optional().describe('undertyper og eksempler'),
          })
          .strict(),
      )
      .min(1)
      .describe('sygdomme og tilstande som indikationen omfatter'),
    /** How wide the indication is, when the source says so in figures (e.g. more than 450 diagnoses). */
    omfang: sourcedTextSchema
      .optional()
      .describe(
        'hvor bredt indikationen favner som kilden beskriver det, fx antal diagnoser under én samlet betegnelse',
      ),
    afgraensning: z.array(sourcedTextSchema).default([]).describe('hvad der hører under andre indikationer'),
    kriterier: z
      .object({
        alder: ageCriterionSchema.optional(),
        /** A time limit, such as a relapse within 5 years of the first diagnosis. */
        tidsramme: timeCriterionSchema
          .optional()
          .describe(
            'tidskrav, fx at tilbagefald eller ny kræft skal opstå inden for 5 år fra den første diagnose',
          ),
        /** Patients from outside Denmark who are covered, such as children from the Faroe Islands and Greenland. */
        geografi: criterionSchema
          .optional()
          .describe(
            'hvor patienterne kommer fra, fx børn fra Færøerne og Grønland, der er henvist til Danmark',
          ),
        familiaerDisposition: criterionSchema.optional(),
        mdt: criterionSchema.optional(),
        rekvirent: criterionSchema.optional(),
        forudgaaendeDiagnostik: z
          .array(
            criterionSchema
              .extend({ omraade: z.string().min(3).describe('undersøgelsens område, fx patologi') })
              .strict()
              .describe('en undersøgelse, der skal være gjort før henvisning'),
          )
          .default([])
          .describe('undersøgelser, der skal være gjort før henvisning'),
        samtykke: criterionSchema.optional(),
        klinisk: criterionSchema.optional(),
        varighed: criterionSchema.optional(),
        differentialdiagnoser: criterionSchema.optional(),
        forudgaaendeBehandling: criterionSchema.optional(),
        andet: z.array(criterionSchema).default([]).describe('andre kriterier'),
      })
      .strict()
      .describe('kriterier for henvisning; et kriterium kilden ikke nævner, udelades, og siden siger det'),
    kvote: z
      .object({
        nyhenviste: cohortSchema.describe('nyhenviste patienter: antal om året og WGS'),
        tidligereHenviste: cohortSchema
          .optional()
          .describe('tidligere henviste patienter, der ønskes sekventeret: antal i alt og WGS'),
        wgsPrAar: countSchema
          .optional()
          .describe('samlet antal WGS om året for indikationen, som kilden angiver det'),
        gentagneAnalyser: sourcedTextSchema.optional(),
      })
      .strict()
      .optional()
      .describe('antal patienter og WGS; udelades hvis kilden ikke angiver tal for indikationen'),
    proevemateriale: z
      .object({
        tumor: z
          .array(
            z
              .object({
                sygdom: z.string().min(3).describe('sygdommen'),
                materialer: z.array(z.string().min(2)).min(1).describe('prøvematerialer til tumoranalyse'),
              })
              .strict(),
          )
          .default([])
          .describe('prøvemateriale til tumoranalyse pr. sygdom'),
        germline: sourcedTextSchema.optional(),
        kilde: sourceRefSchema,
      })
      .strict()
      .optional()
      .describe('prøvemateriale til tumor- og germlineanalyse'),
    sekventeringsdybde: z
      .object({
        tumor: figureSchema.optional().describe('dybde på tumorvæv (x)'),
        germline: figureSchema.optional().describe('dybde på normalt væv (x)'),
      })
      .strict()
      .optional()
      .describe('ønsket sekventeringsdybde'),
    analyser: z
      .array(sourcedTextSchema)
      .default([])
      .describe('somatiske varianter, mosaicisme, trioanalyse …'),
    svartid: z
      .array(sourcedTextSchema)
      .default([])
      .describe('behov for svartid sammenlignet med NGC’s tilbud'),
    strategi: sourcedTextSchema.optional().describe('supplerer eller erstatter WGS den nuværende diagnostik'),
    udbytte: z
      .array(sourcedTextSchema)
      .default([])
      .describe('diagnostisk udbytte i dag og forventet med WGS'),
    mervaerdi: z.array(sourcedTextSchema).default([]).describe('forventet merværdi for patienterne'),
    opfoelgning: z.array(sourcedTextSchema).default([]).describe('hvordan effekten følges op'),
    tilbudIDag: z
      .array(sourcedTextSchema)
      .default([])
      .describe('hvor WGS eller lignende tilbydes i dag, i Danmark og udlandet'),
    bemaerkninger: z
      .array(sourcedTextSchema)
      .default([])
      .describe('uklarheder i kilden, som siden viser som noter'),
    afvigelser: discrepanciesField,
    kortFortalt: indicationSummarySchema.optional(),
    findIndikation: finderFieldsSchema,
    aendringsnoter: changeNotesField,
  })
  .strict()
  .refine(
    (i) =>
      i.kriterier.alder?.minAar === undefined ||
      i.kriterier.alder.maksAar === undefined ||
      i.kriterier.alder.minAar <= i.kriterier.alder.maksAar,
    { error: 'Minimumsalderen er højere end maksimumsalderen.', path: ['kriterier', 'alder', 'minAar'] },
  )
  // The finder's age range repeats the age criterion with its unit; the two must not drift apart.
  .refine(
    (i) => {
      const a = i.findIndikation.alder;
      const inYears = (v: number | string) => (typeof v === 'number' && a.enhed === 'måneder' ? v / 12 : v);
      const fra = inYears(a.fra);
      const til = typeof a.til === 'number' && a.enhed === 'måneder' ? (a.til + 1) / 12 - 1 : a.til;
      return (
        fra === (i.kriterier.alder?.minAar ?? notStated) && til === (i.kriterier.alder?.maksAar ?? notStated)
      );
    },
    {
      error:
        'Aldersgrænserne i findIndikation.alder siger ikke det samme som minAar og maksAar i kriterier.alder.',
      path: ['findIndikation', 'alder'],
      // Only compare ages that are valid in themselves, so one wrong number gives one message.
      when: (payload) => payload.issues.length === 0,
    },
  );

export type Indication = z.infer<typeof indicationSchema>;
export type IndicationInput = z.input<typeof indicationSchema>;
export { labelledFigureSchema };
