import { z } from 'zod';
import { sourceRefSchema } from './source-ref.ts';

/** Today's date in Denmark as YYYY-MM-DD, the latest date an editor's note may carry. */
export function todayInDenmark(now: Date = new Date()): string {
  // Swedish writes dates as ISO 8601, so this is the calendar date in Copenhagen without string surgery.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}

/**
 * An editor's note on a change that needs words, shown with the changes computed from the file's history.
 * Astro's YAML reader turns an unquoted 2026-11-30 into a Date, plain YAML keeps it as text; both become text.
 * @example { dato: '2026-11-30', tekst: 'Kriterierne er revideret efter styregruppens møde.', kilde: { dokument, sted } }
 */
export const changeNoteSchema = z
  .object({
    dato: z
      .preprocess(
        (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
        z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
          error: 'Skriv notens dato som ÅÅÅÅ-MM-DD, fx 2026-11-30.',
        }),
      )
      .refine((d) => d <= todayInDenmark(), {
        error: 'Notens dato ligger i fremtiden.',
        params: {
          hint: 'En note beskriver en ændring, der er sket: skriv den dag, ændringen blev besluttet eller lavet (senest i dag).',
        },
      })
      .describe('dagen for ændringen, ÅÅÅÅ-MM-DD; aldrig en dato i fremtiden'),
    tekst: z
      .string()
      .refine((t) => t.trim().length > 0, {
        error: 'Noten har ingen tekst.',
        params: { hint: 'Skriv kort på dansk, hvad der er ændret og hvorfor, eller fjern noten.' },
      })
      .refine((t) => t.length <= 400, {
        error: 'Noten er længere end 400 tegn.',
        params: { hint: 'Skriv kort, hvad der er ændret; en længere forklaring hører til på selve siden.' },
      })
      .describe('kort dansk tekst om ændringen, fx hvorfor kriterierne er revideret'),
    kilde: sourceRefSchema.optional().describe('kilden til ændringen, fx et referat fra styregruppen'),
  })
  .strict()
  .describe('en redaktionel note om en ændring');

/** The optional list of editor's notes in an indication or a group, newest or oldest first as the editor likes. */
export const changeNotesField = z
  .array(changeNoteSchema)
  .default([])
  .describe('redaktionelle noter om ændringer, der kræver en forklaring');

export type ChangeNote = z.infer<typeof changeNoteSchema>;
