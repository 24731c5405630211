// One row per indication for the index page (/indikationer/) and the CSV export: both read these values,
// so the page and the files cannot say different things.
import type { Indication } from '../../schemas/indication.ts';

export interface IndexRow {
  kode: string;
  navn: string;
  gruppe: string;
  kortBeskrivelse: string;
  rekvirent: string;
  proevemateriale: string;
  kriterierIKilden: Indication['findIndikation']['kriterierIKilden']['omfang'];
}

/** The first sentence of a text (a sentence ends at ".", "!" or "?" before a capital letter or the end). */
export function firstSentence(text: string): string {
  const m = /^.+?[.!?](?=\s+[A-ZÆØÅ]|\s*$)/s.exec(text.trim());
  return (m ? m[0] : text).replace(/\s+/g, ' ').trim();
}

/** The samples in one line: the tumour materials (each once) and the germline sample. */
export function samplesText(p: Indication['proevemateriale']): string {
  if (!p) return 'ikke angivet';
  const tumour = [...new Set(p.tumor.flatMap((t) => t.materialer))];
  return [
    tumour.length ? `tumor: ${tumour.join(', ')}` : '',
    p.germline ? `normalt væv: ${p.germline.tekst}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

export function indexRow(i: Indication): IndexRow {
  return {
    kode: i.kode,
    navn: i.navn,
    gruppe: i.gruppe,
    kortBeskrivelse: firstSentence(i.beskrivelse),
    rekvirent: i.kriterier.rekvirent?.tekst ?? 'ikke angivet',
    proevemateriale: samplesText(i.proevemateriale),
    kriterierIKilden: i.findIndikation.kriterierIKilden.omfang,
  };
}
