import { z } from 'zod';
import { countSchema, figureSchema } from './figure.ts';
import { sourcedTextSchema } from './sourced-text.ts';
import { sourceRefSchema } from './source-ref.ts';
import { partialDateSchema } from './approval.ts';
import { groupRefSchema } from './group-ref.ts';
import { patientGroupSchema } from './patient-group.ts';

/** A patient group as the programme documents name it, with its area (cancer or rare disease). */
export const programmeGroupSchema = groupRefSchema
  .extend({
    omraade: patientGroupSchema.shape.omraade,
    kilde: sourceRefSchema,
    note: z.string().min(10).optional().describe('forbehold, fx når gruppen kun nævnes i et andet dokument'),
  })
  .strict();

/** A dated event of the programme; `fra` makes it a period ("august 2022 til april 2024"). */
export const milestoneSchema = z
  .object({
    fra: partialDateSchema.optional().describe('startdato, når begivenheden strakte sig over en periode'),
    dato: partialDateSchema.describe('dato (eller slutdato), så præcist som kilden angiver den'),
    tekst: z.string().min(10).describe('hvad der skete, med egne ord'),
    kilde: sourceRefSchema,
    note: z.string().min(10).optional(),
  })
  .strict()
  .refine((m) => m.fra === undefined || m.fra <= m.dato, {
    error: 'Startdatoen ("fra") ligger efter slutdatoen ("dato").',
    path: ['fra'],
  });

/** The two phases of the approval process: first a group is chosen, then its recommendations are approved. */
export const governancePhases = [
  'udvælgelse af patientgrupper',
  'anbefalinger for den enkelte gruppe',
] as const;

/** One step of the approval process: who does it and what they do. */
export const governanceStepSchema = z
  .object({
    fase: z.enum(governancePhases).describe('hvilken af forløbets to faser trinnet hører til'),
    aktoer: z
      .string()
      .min(3)
      .describe('hvem der udfører trinnet, fx "Styregruppen for implementering af personlig medicin"'),
    opgave: z.array(sourcedTextSchema).min(1).describe('hvad aktøren gør i trinnet'),
  })
  .strict();

/** How many groups and disease areas the programme covers, and how many WGS were funded. */
const scopeSchema = z
  .object({
    patientgrupper: figureSchema.describe('antal patientgrupper i alt'),
    sjaeldneSygdomme: figureSchema.describe('heraf grupper med sjældne arvelige sygdomme'),
    kraeft: figureSchema.describe('heraf grupper med kræft'),
    sygdomsomraader: figureSchema.describe('antal sygdomsområder, grupperne dækker'),
    helgenomsekventeringer: countSchema.describe('antal helgenomsekventeringer, bevillingen dækker'),
  })
  .strict()
  .superRefine((s, ctx) => {
    const sum = s.sjaeldneSygdomme.vaerdi + s.kraeft.vaerdi;
    if (Math.abs(s.patientgrupper.vaerdi - sum) <= (s.patientgrupper.tolerance ?? 0)) return;
    ctx.addIssue({
      code: 'custom',
      message: `Grupperne med sjældne sygdomme (${s.sjaeldneSygdomme.vaerdi}) og med kræft (${s.kraeft.vaerdi}) giver tilsammen ${sum}, men patientgrupper er ${s.patientgrupper.vaerdi}. Ret et af tallene, eller angiv en tolerance, hvis kilden selv regner omtrentligt.`,
      path: ['patientgrupper', 'vaerdi'],
    });
  });

// A period sorts by its start, and a partial date ("2024") by its first day, so "2024" comes before "2024-05-01".
const startOf = (m: { fra?: string; dato: string }) => m.fra ?? m.dato;

/**
 * The national WGS programme (*programmet*): scope, funding, guiding principles, the approval
 * process, its dates and the patient groups the sources name.
 * One entry: `content/programmet/programmet.yaml`.
 */
/** How to reach Nationalt Genom Center, as a source prints it; pages that tell readers to ask use it. */
export const contactSchema = z
  .object({
    navn: z.string().min(3).describe('hvem man kontakter, fx "Nationalt Genom Center"'),
    email: z
      .email({ error: 'Skriv en gyldig e-mailadresse, fx kontakt@ngc.dk.' })
      .describe('e-mailadressen, som kilden skriver den'),
    telefon: z
      .string()
      .regex(/^\+45( \d{2}){4}$/, {
        error: 'Skriv telefonnummeret som +45 og fire par cifre, fx +45 24 97 17 65.',
      })
      .describe('telefonnummeret med landekode'),
    adresse: z.string().min(5).optional().describe('postadressen på én linje'),
    kilde: sourceRefSchema,
  })
  .strict();

export type Contact = z.infer<typeof contactSchema>;

export const programmeSchema = z
  .object({
    titel: z.string().min(5).describe('sidens overskrift'),
    beskrivelse: z.string().min(20).max(300).describe('én til to sætninger til oversigter og søgeresultater'),
    omfang: scopeSchema,
    grundlag: z.array(sourcedTextSchema).min(1).describe('strategien og bevillingen bag programmet'),
    principper: z.array(sourcedTextSchema).min(1).describe('de styrende principper for tilbuddet'),
    udvaelgelse: z
      .array(sourcedTextSchema)
      .min(1)
      .describe('hvem der indstiller grupper, og hvad der lægges vægt på'),
    godkendelse: z
      .array(governanceStepSchema)
      .min(2)
      .describe('godkendelsesforløbet trin for trin, i rækkefølge'),
    specialistnetvaerk: z
      .array(sourcedTextSchema)
      .min(1)
      .describe('de nationale specialistnetværk: sammensætning og opgave'),
    tidslinje: z.array(milestoneSchema).min(1).describe('programmets vigtigste datoer, ældste først'),
    patientgrupper: z
      .array(programmeGroupSchema)
      .min(1)
      .describe('de patientgrupper, kilderne nævner ved navn'),
    statusrapporter: z
      .array(sourcedTextSchema)
      .default([])
      .describe('hvordan erfaringerne med hver gruppe gøres op'),
    bemaerkninger: z
      .array(sourcedTextSchema)
      .default([])
      .describe('uklarheder i kilderne, som siden viser som noter'),
    kontakt: contactSchema
      .optional()
      .describe('Nationalt Genom Centers kontaktoplysninger, som en kilde angiver dem'),
    kilder: z.array(sourceRefSchema).min(1).describe('de dokumenter siden bygger på'),
  })
  .strict()
  .superRefine((p, ctx) => {
    p.tidslinje.forEach((m, i) => {
      const before = p.tidslinje[i - 1];
      if (!before || startOf(before) <= startOf(m)) return;
      ctx.addIssue({
        code: 'custom',
        message: `Tidslinjen skal stå i tidsorden, ældste først, men ${startOf(m)} står efter ${startOf(before)} (en periode regnes fra sin startdato). Flyt punktet op, eller ret datoen.`,
        path: ['tidslinje', i, m.fra ? 'fra' : 'dato'],
      });
    });
    p.godkendelse.forEach((step, i) => {
      const before = p.godkendelse[i - 1];
      if (!before || governancePhases.indexOf(before.fase) <= governancePhases.indexOf(step.fase)) return;
      ctx.addIssue({
        code: 'custom',
        message: `Trinnet i fasen "${step.fase}" står efter et trin i fasen "${before.fase}". Først kommer alle trin i "${governancePhases[0]}", så trinene i "${governancePhases[1]}".`,
        path: ['godkendelse', i, 'fase'],
      });
    });
  })
  .superRefine((p, ctx) => {
    const areas = [
      ['kræft', p.omfang.kraeft, 'kraeft'],
      ['sjælden sygdom', p.omfang.sjaeldneSygdomme, 'sjaeldneSygdomme'],
    ] as const;
    for (const [area, figure, field] of areas) {
      const named = p.patientgrupper.filter((g) => g.omraade === area).length;
      if (named > figure.vaerdi + (figure.tolerance ?? 0)) {
        ctx.addIssue({
          code: 'custom',
          message: `Listen nævner ${named} grupper med området "${area}", men omfang.${field} siger ${figure.vaerdi}. Ret tallet eller listen.`,
          path: ['patientgrupper'],
        });
      }
    }
  });

export type Programme = z.infer<typeof programmeSchema>;
export type GovernanceStep = z.infer<typeof governanceStepSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
