// The referral criteria of an indication as a flat list with Danish labels, in the order a clinician
// goes through them. The finder shows the must-haves, the printable checklist gives each one a box.
import type { Indication } from '../../schemas/indication.ts';

type Criteria = Indication['kriterier'];
type Criterion = NonNullable<Criteria['mdt']> & { omraade?: string };

/** Criterion fields and their labels, in reading order. */
export const criterionLabels: Record<keyof Criteria, string> = {
  alder: 'Alder',
  tidsramme: 'Tidsramme',
  geografi: 'Geografisk dækning',
  familiaerDisposition: 'Familiær disposition',
  mdt: 'MDT-konference',
  rekvirent: 'Hvem må rekvirere',
  forudgaaendeDiagnostik: 'Forudgående diagnostik',
  samtykke: 'Samtykke og information',
  klinisk: 'Klinisk tilstand',
  varighed: 'Varighed af sygdommen',
  differentialdiagnoser: 'Differentialdiagnoser',
  forudgaaendeBehandling: 'Forudgående behandling',
  andet: 'Andet',
};

export interface LabelledCriterion {
  felt: keyof Criteria;
  label: string;
  criterion: Criterion;
}

/** Every criterion the content states, with its label (a list field gives one entry per item). */
export function allCriteria(k: Criteria): LabelledCriterion[] {
  return (Object.keys(criterionLabels) as (keyof Criteria)[]).flatMap((felt) => {
    const value = k[felt];
    const list = (Array.isArray(value) ? value : value ? [value] : []) as Criterion[];
    return list.map((criterion) => ({
      felt,
      label: criterion.omraade ? `${criterionLabels[felt]}: ${criterion.omraade}` : criterionLabels[felt],
      criterion,
    }));
  });
}

/** The criteria the source states as requirements (kraeves: true): the ones to confirm before ordering. */
export function requiredCriteria(k: Criteria): LabelledCriterion[] {
  return allCriteria(k).filter((c) => c.criterion.kraeves === true);
}
