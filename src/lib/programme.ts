import { getCollection, getEntry } from 'astro:content';
import { evaluationParts, perspectiveOf } from '../../schemas/evaluation.ts';

// The single-entry collections are guaranteed by the `enkeltfil` check; this error only shows if
// the build skipped the checks.
const missing = (collection: string, id: string) =>
  new Error(`content/${collection}/${id}.yaml mangler. Kør npm run check for at se, hvad der skal rettes.`);

// One function per collection, so each returns its own collection's type.
export async function getProgramme() {
  const entry = await getEntry('programmet', 'programmet');
  if (!entry) throw missing('programmet', 'programmet');
  return entry.data;
}

export async function getInternationalComparison() {
  const entry = await getEntry('international', 'international');
  if (!entry) throw missing('international', 'international');
  return entry.data;
}

/** The parts of the evaluation in their fixed order, with the perspective each belongs to. */
export async function getEvaluationParts() {
  const parts = await getCollection('evaluering');
  return parts
    .map((p) => ({ ...p.data, perspektiv: perspectiveOf[p.data.del] }))
    .sort((a, b) => evaluationParts.indexOf(a.del) - evaluationParts.indexOf(b.del));
}
