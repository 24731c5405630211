import { getCollection, getEntry } from 'astro:content';
import { evaluationParts, perspectiveOf } from '../../schemas/evaluation.ts';

// The single-entry collections are guaranteed by the `enkeltfil` check; this error only shows if
// the build skipped the checks.
async function single<C extends 'programmet' | 'international'>(collection: C, id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`content/${collection}/${id}.yaml mangler. Kør npm run check for at se, hvad der skal rettes.`);
  return entry.data;
}

export const getProgramme = () => single('programmet', 'programmet');
export const getInternationalComparison = () => single('international', 'international');

/** The parts of the evaluation in their fixed order, with the perspective each belongs to. */
export async function getEvaluationParts() {
  const parts = await getCollection('evaluering');
  return parts
    .map((p) => ({ ...p.data, perspektiv: perspectiveOf[p.data.del] }))
    .sort((a, b) => evaluationParts.indexOf(a.del) - evaluationParts.indexOf(b.del));
}
