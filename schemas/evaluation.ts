import { z } from 'zod';
import { labelledFigureSchema } from './figure.ts';
import { sourcedTextSchema } from './sourced-text.ts';
import { sourceRefSchema } from './source-ref.ts';
import { partialDateSchema } from './approval.ts';
import { groupRefSchema } from './group-ref.ts';

/**
 * The parts of the evaluation, in the order the page shows them. Each is one file
 * `content/evaluering/<del>.yaml`; the file name must equal `del`.
 */
export const evaluationParts = [
  'patientcases',
  'klinikerinterviews',
  'litteraturgennemgang',
  'international-sammenligning',
  'patientrepraesentanter',
  'arbejdsgruppen',
  'samlet-vurdering',
] as const;

export type EvaluationPartId = (typeof evaluationParts)[number];

/**
 * Which perspective a part belongs to. The four perspectives are two national (patient cases,
 * clinician interviews) and two international (literature, comparable countries); the report
 * adds two interviews and an overall assessment.
 */
export const perspectiveOf: Record<
  EvaluationPartId,
  'nationalt' | 'internationalt' | 'supplerende' | 'samlet'
> = {
  patientcases: 'nationalt',
  klinikerinterviews: 'nationalt',
  litteraturgennemgang: 'internationalt',
  'international-sammenligning': 'internationalt',
  patientrepraesentanter: 'supplerende',
  arbejdsgruppen: 'supplerende',
  'samlet-vurdering': 'samlet',
};

/** An answer in the literature table (table 2 of the report). */
export const literatureAnswers = ['ja', 'nej', 'ikke belyst'] as const;

const literatureRowSchema = groupRefSchema
  .extend({
    repraesentativ: z
      .enum(literatureAnswers)
      .describe('er den inkluderede litteratur repræsentativ for gruppen'),
    kliniskEffekt: z
      .enum(literatureAnswers)
      .describe('belyser litteraturen klinisk effekt af (omfattende) genetisk diagnostik'),
    retningslinjer: z
      .enum(literatureAnswers)
      .describe('findes internationale retningslinjer eller ekspertudtalelser'),
    note: z.string().min(10).optional(),
  })
  .strict();

/** The literature review's verdict per patient group (table 2 of the report). */
export const literatureTableSchema = z
  .object({
    kilde: sourceRefSchema,
    raekker: z.array(literatureRowSchema).min(1),
  })
  .strict();

/** Who took part, with the organisations named by the source. */
const participantsSchema = sourcedTextSchema
  .extend({
    navne: z.array(z.string().min(2)).default([]).describe('organisationer eller grupper, som kilden nævner'),
  })
  .strict();

/**
 * One part of the evaluation of the programme: what it set out to show, how it was done, what
 * it found (good and bad) and what it asks for. Only the literature review carries table 2.
 */
export const evaluationPartSchema = z
  .object({
    del: z
      .enum(evaluationParts)
      .describe('hvilken del af evalueringen filen beskriver; skal være lig filnavnet'),
    titel: z.string().min(5).describe('overskrift for delen på siden'),
    formaal: sourcedTextSchema.describe('hvad delen skal belyse'),
    afholdt: z
      .object({ dato: partialDateSchema, kilde: sourceRefSchema })
      .strict()
      .optional()
      .describe('hvornår interviewet blev holdt'),
    metode: z.array(sourcedTextSchema).default([]).describe('hvordan delen blev gennemført'),
    noegletal: z
      .array(labelledFigureSchema)
      .default([])
      .describe('tal der beskriver delen, fx antal publikationer'),
    deltagere: participantsSchema.optional(),
    fund: z.array(sourcedTextSchema).default([]).describe('de positive fund'),
    udfordringer: z.array(sourcedTextSchema).default([]).describe('udfordringer og begrænsninger'),
    oensker: z.array(sourcedTextSchema).default([]).describe('ønsker og anbefalinger til det videre arbejde'),
    konklusion: z.array(sourcedTextSchema).default([]).describe('delens samlede vurdering'),
    litteraturtabel: literatureTableSchema.optional().describe('litteraturgennemgangens tabel 2'),
    bemaerkninger: z
      .array(sourcedTextSchema)
      .default([])
      .describe('uklarheder i kilden, som siden viser som noter'),
  })
  .strict()
  .refine((p) => p.litteraturtabel === undefined || p.del === 'litteraturgennemgang', {
    error:
      'Feltet litteraturtabel hører kun til litteraturgennemgangen (del: litteraturgennemgang). Flyt tabellen dertil.',
    path: ['litteraturtabel'],
  });

export type EvaluationPart = z.infer<typeof evaluationPartSchema>;
export type LiteratureTable = z.infer<typeof literatureTableSchema>;
