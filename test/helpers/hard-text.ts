/**
 * A paragraph written in the style of the source documents (LIX far above 40), for tests that must
 * see a patient page fail the readability check. Its own words, not copied from the sources.
 */
export const hardSentences = [
  'Helgenomsekventering forventes at kunne bidrage til identifikation af sygdomsdrivende varianter, herunder strukturelle varianter og varianter i ikkekodende regioner, som ikke detekteres ved nuværende standardudredning, hvorved diagnostisk klassifikation, prognostisk vurdering og behandlingsvalg kvalificeres.',
  'Forudsætningen herfor er imidlertid, at analyseresultaterne foreligger inden for en klinisk relevant tidsramme og fortolkes i et multidisciplinært samarbejde mellem henvisende afdeling og klinisk genetisk afdeling, eftersom kompleksiteten af genomiske data nødvendiggør specialiseret kompetence.',
  'Specialistnetværket understreger endvidere, at informeret samtykke skal indhentes efter gældende retningslinjer, herunder stillingtagen til håndtering af tilfældighedsfund, inden rekvirering af helgenomsekventering iværksættes.',
  'Implementeringen forudsætter desuden etablering af strukturerede dataindsamlingsprocedurer, således at diagnostisk udbytte, behandlingsmæssige konsekvenser og overlevelse systematisk kan monitoreres i nationale kvalitetsdatabaser.',
];

/** The sentences as one paragraph, `times` over, so that it can outweigh the plain text of a whole page. */
export function hardParagraph(times = 1): string {
  return `${Array.from({ length: times }, () => hardSentences.join(' ')).join(' ')}\n`;
}
