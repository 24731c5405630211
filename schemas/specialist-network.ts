import { z } from 'zod';
import { sourceRefSchema } from './source-ref.ts';
import { partialDateSchema } from './approval.ts';

/** Roles a member can hold in a national specialist network, as the minutes name them. */
export const networkRoles = ['formand', 'fagligt koordinerende formand', 'næstformand', 'medlem'] as const;

/**
 * One member of a national specialist network: who, in which role, and which region or body
 * nominated or employs them (the sources do not always say which of the two).
 */
export const networkMemberSchema = z
  .object({
    navn: z.string().min(3).describe('medlemmets navn, som kilden skriver det'),
    rolle: z.enum(networkRoles).describe('rollen i netværket'),
    stilling: z.string().min(3).optional().describe('stilling, når kilden nævner den, fx "chefkonsulent"'),
    repraesenterer: z
      .string()
      .min(2)
      .describe(
        'region eller organisation, som kilden sætter ud for navnet, fx "Region Midtjylland" eller "NGC"',
      ),
    fagomraade: z
      .string()
      .min(2)
      .optional()
      .describe('fagområdet, når kilden sætter et ud for navnet, fx "Hæmatologi"'),
  })
  .strict();

/**
 * A national specialist network (nationalt specialistnetværk) as one source lists it: its members
 * by role and region, and the source of the list. A network has at most one chair, so the page
 * can name the chair without guessing.
 * @example { navn: 'Nationalt specialistnetværk for udbredt og uhelbredelig kræft', medlemmer: [...], kilde: {...} }
 */
export const specialistNetworkSchema = z
  .object({
    navn: z
      .string()
      .min(10)
      .describe('netværkets navn, fx "Nationalt specialistnetværk for udbredt og uhelbredelig kræft"'),
    medlemmer: z.array(networkMemberSchema).min(1).describe('netværkets medlemmer med rolle og region'),
    ngcDeltagere: z
      .array(
        z
          .object({
            navn: z.string().min(3).describe('deltagerens navn'),
            stilling: z.string().min(3).describe('deltagerens stilling i NGC, som kilden skriver den'),
          })
          .strict(),
      )
      .default([])
      .describe('medarbejdere fra NGC, der deltog i netværkets arbejde uden at være medlemmer'),
    moeder: z
      .array(partialDateSchema)
      .default([])
      .describe('datoer for netværkets møder, når kilden opregner dem (ÅÅÅÅ-MM-DD)'),
    kilde: sourceRefSchema,
    note: z.string().min(10).optional().describe('forbehold om listen, fx at den stammer fra ét møde'),
  })
  .strict()
  .superRefine((n, ctx) => {
    const chairs = n.medlemmer.filter((m) => m.rolle === 'formand').map((m) => m.navn);
    if (chairs.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['medlemmer'],
        message: `Et specialistnetværk har højst én formand, men ${chairs.join(' og ')} har ${chairs.length === 2 ? 'begge' : 'alle'} rollen "formand". Giv de andre rollen "fagligt koordinerende formand", "næstformand" eller "medlem", som kilden skriver.`,
      });
    }
  });

export type NetworkMember = z.infer<typeof networkMemberSchema>;
export type SpecialistNetwork = z.infer<typeof specialistNetworkSchema>;
