import { z } from 'zod';
import { sourceRefSchema } from './source-ref.ts';
import { groupSlugPattern } from './group-ref.ts';

/**
 * The five patient groups the programme agreed on (see the slugs in the project brief). A patient
 * page may name one of them before its clinician page exists on the site (the references check allows
 * these and the groups in content/grupper/); the page then leaves out the link, and it appears as soon as content/grupper/<slug>.mdx is added.
 */
export const patientGroupSlugs = [
  'haematologisk-cancer',
  'boern-og-unge-med-kraeft',
  'primaer-immundefekt',
  'udbredt-og-uhelbredelig-kraeft',
  'unge-voksne-og-arvelig-kraeft',
] as const;

/** The general page every patient page links to: /patienter/hvad-er-helgenomsekventering/. */
export const GENERAL_PATIENT_PAGE = 'hvad-er-helgenomsekventering';

export type AgreedGroupSlug = (typeof patientGroupSlugs)[number];

/**
 * A page for patients and relatives in plain Danish: the frontmatter of
 * `content/patienter/<slug>.mdx`. The body is the page's text with question headings; it must
 * keep a LIX of at most 40 (scripts/checks/readability.ts). A page for a patient group names the
 * group; a general page (such as "Hvad er helgenomsekventering?") names none.
 */
export const patientPageSchema = z
  .object({
    titel: z.string().min(5).max(90).describe('sidens overskrift i hverdagssprog'),
    linktekst: z.string().min(5).max(90).describe('kort navn til lister og links, fx "Hæmatologisk cancer"'),
    ingress: z
      .string()
      .min(20)
      .max(400)
      .describe(
        'én til tre korte sætninger øverst på siden; tæller med i sidens LIX og bruges som beskrivelse',
      ),
    // Any slug-shaped name here; scripts/checks/references.ts accepts a group in content/grupper/ or an agreed slug,
    // so a new group made with `npm run ny` can have its page while a misspelt slug still stops the build.
    gruppe: z
      .string()
      .regex(groupSlugPattern)
      .optional()
      .describe('patientgruppens slug (filnavnet i content/grupper/ uden .mdx); udelades på generelle sider'),
    raekkefoelge: z
      .number()
      .int()
      .min(0)
      .default(100)
      .describe('placering i listen over sider for patienter'),
    kilder: z
      .array(sourceRefSchema)
      .min(1)
      .describe('de dokumenter siden bygger på, vist i sidens kildeliste'),
  })
  .strict();

export type PatientPage = z.infer<typeof patientPageSchema>;
