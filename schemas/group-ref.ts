import { z } from 'zod';

/**
 * A group's slug: the file name in `content/grupper/` without `.mdx`, and the group's address.
 * Plain a-z so the address survives every tool (æ → ae, ø → oe, å → aa).
 */
export const groupSlugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A patient group named by a source, with the slug of the group's page on the site.
 * The name stays as the source writes it (the report spells some groups differently from the
 * group pages); the slug joins the two. Pages link the name only when the group page exists,
 * so a row can name a group whose page is still being written.
 * @example { navn: 'Hæmatologisk kræft', slug: 'haematologisk-cancer' }
 */
export const groupRefSchema = z
  .object({
    navn: z.string().min(3).describe('gruppens navn, som kilden skriver det'),
    slug: z
      .string()
      .regex(groupSlugPattern, {
        error: 'Skriv slug med små bogstaver, tal og bindestreger, fx haematologisk-cancer.',
      })
      .optional()
      .describe('gruppens slug, dvs. filnavnet i content/grupper/ uden .mdx'),
  })
  .strict();

export type GroupRef = z.infer<typeof groupRefSchema>;
