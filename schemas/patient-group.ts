import { z } from 'zod';
import { countSchema } from './figure.ts';
import { sourcedTextSchema } from './sourced-text.ts';
import { approvalStepSchema } from './approval.ts';
import { sourceRefSchema } from './source-ref.ts';
import { specialistNetworkSchema } from './specialist-network.ts';
import { statusReportSchema } from './status-report.ts';
import { groupImplementationSchema } from './group-implementation.ts';
import { sourceGapSchema } from './source-gap.ts';

const oneOffError =
  'Tidligere henviste er ét samlet antal patienter, ikke et antal om året. Flyt tallet fra patienterPrAar.tidligereHenviste til tidligereHenviste.patienter, så det ikke lægges sammen med tal om året.';

/** When NGC could offer an analysis, as the source describes it. */
export const offerPhases = ['fra start', 'ventet senere', 'under vurdering', 'ikke via NGC'] as const;

/**
 * One analysis or service and when NGC could offer it: at the start, expected later, still being
 * assessed, or not through NGC at all. Sources written before the start state "later" as an
 * expectation, so the phase is called "ventet senere", never "kom senere".
 * @example { fase: 'ventet senere', tekst: 'Somatisk analyse af tumorvæv, ventet medio 2022.', kilde }
 */
export const ngcOfferSchema = sourcedTextSchema
  .extend({
    fase: z
      .enum(offerPhases)
      .describe(
        'hvornår NGC kunne tilbyde det: fra start, ventet senere, under vurdering eller ikke via NGC',
      ),
  })
  .strict();

export type NgcOffer = z.infer<typeof ngcOfferSchema>;
import { discrepanciesField } from './discrepancy.ts';
import { changeNotesField } from './change-note.ts';

/**
 * A patient group (patientgruppe): the frontmatter of `content/grupper/<slug>.mdx`.
 * The body of the file is the group's introduction in plain words. Indications point to the
 * group by its slug (the file name).
 */
export const patientGroupSchema = z
  .object({
    navn: z.string().min(3).describe('gruppens navn, fx "Hæmatologisk cancer"'),
    beskrivelse: z.string().min(20).max(300).describe('én til to sætninger til oversigter og søgeresultater'),
    omraade: z.enum(['kræft', 'sjælden sygdom']).describe('programmets to hovedområder'),
    specialistnetvaerk: z
      .string()
      .min(3)
      .optional()
      .describe('det nationale specialistnetværk bag anbefalingerne'),
    godkendelse: z
      .array(approvalStepSchema)
      .describe('godkendelsesforløbet: udarbejdet, kommenteret, godkendt'),
    /** What the recommendations build on: the proposals behind the group and, when no member list exists, the network's make-up. */
    grundlag: z
      .array(sourcedTextSchema)
      .default([])
      .describe(
        'hvad anbefalingerne bygger på: indstillingerne bag gruppen og specialistnetværkets sammensætning, når kilden ikke opregner medlemmerne',
      ),
    patienterPrAar: z
      .object({
        nyhenviste: countSchema.optional(),
        // Previously referred patients are one cohort, counted once; under a per-year key a table would
        // print "/år" after them and a check would add them to a yearly total.
        tidligereHenviste: z
          .never({ error: oneOffError })
          .optional()
          .describe(
            'må ikke bruges: tidligere henviste er et samlet antal; brug tidligereHenviste.patienter',
          ),
        iAlt: countSchema
          .optional()
          .describe('patienter om året i alt; skal være summen af nyhenviste og fordeling'),
        fordeling: z
          .array(
            z
              .object({
                navn: z.string().min(2).describe('hvilke patienter'),
                patienter: countSchema.describe('antal patienter om året'),
              })
              .strict(),
          )
          .optional()
          .describe(
            'andre slags patienter ud over nyhenviste og tidligere henviste, fx patienter med tilbagefald; tælles med i iAlt',
          ),
      })
      .strict()
      .optional()
      .describe('forventet antal patienter om året for hele gruppen, som kilden angiver det'),
    /** Previously referred patients: one cohort, counted once, never per year. */
    tidligereHenviste: z
      .object({
        patienter: countSchema.describe(
          'tidligere henviste patienter i alt, ét samlet antal og ikke om året',
        ),
      })
      .strict()
      .optional()
      .describe(
        'tidligere henviste patienter, som kan få tilbuddet én gang; tælles aldrig med i tal om året',
      ),
    wgsPrAar: z
      .object({
        iAlt: countSchema
          .optional()
          .describe('alle WGS om året for gruppen: nyhenviste og tidligere henviste, germline og somatiske'),
        nyhenviste: countSchema.optional().describe('WGS om året til nyhenviste patienter'),
        germline: countSchema.optional().describe('heraf WGS på normalt væv (germline)'),
        somatisk: countSchema.optional().describe('heraf WGS på tumorvæv (somatiske)'),
        tidligereHenviste: countSchema
          .optional()
          .describe('ekstra WGS til tidligere henviste ud over den årlige ramme, fx de første år'),
        maksimum: countSchema
          .optional()
          .describe(
            'øvre grænse de første år, som kilden angiver, fx "op til 1.000"; skal være nyhenviste + tidligere henviste',
          ),
      })
      .strict()
      .optional()
      .describe('forventet antal helgenomsekventeringer om året for hele gruppen'),
    strategi: sourcedTextSchema.optional().describe('supplerer eller erstatter WGS den nuværende diagnostik'),
    udbytte: z.array(sourcedTextSchema).default([]).describe('forventet diagnostisk udbytte for gruppen'),
    mervaerdi: z.array(sourcedTextSchema).default([]).describe('forventet merværdi for patienterne'),
    laboratoriebehov: z.array(sourcedTextSchema).default([]).describe('behov i NGC’s infrastruktur'),
    /** What NGC could offer at the start and what came later; a decision paper often says both. */
    tilbudFraNgc: z
      .array(ngcOfferSchema)
      .default([])
      .describe('hvad NGC kunne tilbyde fra start, og hvad der var ventet senere eller ikke kunne tilbydes'),
    /** How the group gets WGS or similar before NGC's offer, in routine care and in research. */
    tilbudIDag: z
      .array(sourcedTextSchema)
      .default([])
      .describe('hvordan gruppen udredes med WGS eller lignende i dag, før NGC’s tilbud, også i forskning'),
    /** Comments of the working groups (clinical use, interpretation) on the network's recommendations. */
    arbejdsgruppensKommentarer: z
      .array(sourcedTextSchema)
      .default([])
      .describe('arbejdsgruppernes kommentarer til specialistnetværkets anbefalinger'),
    /** NGC's own assessment: infrastructure maturity, the estimated numbers, what goes to the technical groups. */
    ngcVurdering: z
      .array(sourcedTextSchema)
      .default([])
      .describe('Nationalt Genom Centers samlede vurdering af anbefalingerne'),
    bemaerkninger: z
      .array(sourcedTextSchema)
      .default([])
      .describe('uklarheder og uoverensstemmelser i kilderne, som siden viser som noter'),
    /** Members by role and region, when a source lists them (e.g. in meeting minutes). */
    netvaerk: specialistNetworkSchema
      .optional()
      .describe('specialistnetværkets sammensætning, som en kilde opregner den'),
    /** How the group's status report is made: evaluation model, literature method, cases, interview. */
    statusrapport: statusReportSchema.optional().describe('hvordan gruppens statusrapport bliver til'),
    /** The group's own implementation figures from NGC's reporting. */
    implementering: groupImplementationSchema
      .optional()
      .describe('gruppens egne tal for implementeringen: prøver siden start og andel af det forventede'),
    /** What the evaluation (literature review, international comparison …) says about this group in particular. */
    evalueringsfund: z
      .array(sourcedTextSchema)
      .default([])
      .describe('hvad evalueringen siger om netop denne gruppe, fx i litteraturgennemgangen'),
    /** Things a clinician would look for that the sources do not say; shown plainly on the page. */
    ikkeIKilderne: z
      .array(sourceGapSchema)
      .default([])
      .describe('det, kilderne ikke siger om gruppen, fx kriterier for henvisning eller kvoter'),
    kilder: z.array(sourceRefSchema).min(1).describe('de dokumenter gruppens side bygger på'),
    afvigelser: discrepanciesField,
    aendringsnoter: changeNotesField,
  })
  .strict();

export type PatientGroup = z.infer<typeof patientGroupSchema>;
export type PatientGroupInput = z.input<typeof patientGroupSchema>;
