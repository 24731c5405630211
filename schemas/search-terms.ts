import { z } from 'zod';

/**
 * Search terms (søgeord): the words readers type that the pages do not spell the way the pages do.
 * Pagefind matches word beginnings and does not split Danish compounds, so "transplantation" does not
 * find "knoglemarvstransplantation", and "WGS" does not find "helgenomsekventering". The build reads
 * these lists and adds the other forms of a term, invisibly, to every page that uses one of its forms.
 * Each term has two registers: its clinical and neutral forms, and the everyday words patients and parents
 * use for it (`hverdagsord`). Search ranks a page for patients above a page for clinicians on the everyday
 * words, and the other way round on the clinical ones.
 * One YAML file per topic in `content/soegeord/`.
 * @example content/soegeord/generelt.yaml
 */

/** A site path as the address bar shows it without the base path, e.g. "/grupper/haematologisk-cancer/". */
export const sitePathSchema = z
  .string()
  .regex(/^\/(?:[A-Za-z0-9æøåÆØÅ_-]+\/)*$/, {
    error:
      'Skriv stien til en side på sitet, med skråstreg først og sidst, fx /grupper/haematologisk-cancer/.',
  })
  .describe('stien til en side på sitet, fx /grupper/haematologisk-cancer/');

/** Words are matched without regard to case; at least two letters so that a term cannot match everything. */
const formSchema = z.string().trim().min(2);

/** Short forms are written as they are used, with at least one capital letter: WGS, MDS-MPN, CAR-T, qPCR. */
export const abbreviationSchema = z
  .string()
  .trim()
  .regex(/^(?=.*[A-ZÆØÅ])[A-Za-zÆØÅæøå0-9+-]{2,15}$/, {
    error: 'En forkortelse skrives med mindst ét stort bogstav og uden mellemrum, fx WGS eller MDS-MPN.',
  });

export const searchWordSchema = z
  .object({
    ord: formSchema.describe('ordet som siderne skriver det, fx "knoglemarvstransplantation"'),
    dele: z
      .array(formSchema)
      .default([])
      .describe(
        'de dele af et sammensat ord, som en læser kan søge på alene, fx [knoglemarv, transplantation]',
      ),
    forkortelser: z.array(abbreviationSchema).default([]).describe('korte former, fx [WGS]'),
    synonymer: z
      .array(formSchema)
      .default([])
      .describe('andre fagord for det samme og almindelige stavefejl, fx [kræftprædisposition]'),
    hverdagsord: z
      .array(formSchema)
      .default([])
      .describe(
        'ord, som patienter og pårørende bruger om det samme, fx [blodkræft]; de finder først siderne for patienter',
      ),
    sider: z
      .array(sitePathSchema)
      .default([])
      .describe('sider, som ordet altid skal finde, også hvis ingen af formerne står på siden'),
    note: z.string().min(5).optional().describe('til redaktøren: hvorfor ordet er med'),
  })
  .strict()
  .superRefine((entry, ctx) => {
    // A part that is not in the word is a typo, and it would quietly send readers to the wrong pages.
    const word = entry.ord.toLowerCase();
    entry.dele.forEach((part, i) => {
      if (!word.includes(part.toLowerCase())) {
        ctx.addIssue({
          code: 'custom',
          path: ['dele', i],
          message: `Delen "${part}" står ikke i ordet "${entry.ord}".`,
          params: {
            hint: 'Skriv delen, som den står i ordet, eller flyt den til synonymer, hvis det er et andet ord.',
          },
        });
      }
    });
  });

export const searchAbbreviationSchema = z
  .object({
    forkortelse: abbreviationSchema.describe('forkortelsen som den skrives, fx "WGS"'),
    betydning: formSchema.describe(
      'det fulde ord eller udtryk, som siderne skriver det, fx "helgenomsekventering"',
    ),
    synonymer: z.array(formSchema).default([]).describe('andre fagord for det samme, fx engelske'),
    hverdagsord: z
      .array(formSchema)
      .default([])
      .describe(
        'ord, som patienter og pårørende bruger om det samme, fx [blodkræft]; de finder først siderne for patienter',
      ),
    sider: z.array(sitePathSchema).default([]).describe('sider, som forkortelsen altid skal finde'),
    note: z.string().min(5).optional(),
  })
  .strict();

/** One file in `content/soegeord/`: the terms of one topic. */
export const searchTermsSchema = z
  .object({
    emne: z.string().min(3).describe('hvad listen dækker, fx "Hæmatologisk cancer" eller "Generelt om WGS"'),
    ord: z.array(searchWordSchema).default([]).describe('ord med dele, forkortelser og synonymer'),
    forkortelser: z.array(searchAbbreviationSchema).default([]).describe('forkortelser med deres betydning'),
  })
  .strict()
  .refine((list) => list.ord.length + list.forkortelser.length > 0, {
    error: 'Listen er tom. Tilføj mindst ét ord under ord: eller én forkortelse under forkortelser:.',
  });

export type SearchWord = z.infer<typeof searchWordSchema>;
export type SearchAbbreviation = z.infer<typeof searchAbbreviationSchema>;
export type SearchTerms = z.infer<typeof searchTermsSchema>;
