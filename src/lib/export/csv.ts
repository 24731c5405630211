// The open data as CSV: one column list per file, each column described from the zod schemas, so
// the files and the data page cannot drift apart.
import type { z } from 'zod';
import { stringify } from 'csv-stringify/sync';
import type { Indication } from '../../../schemas/indication.ts';
import {
  exportGroupSchema,
  exportIndicationSchema,
  exportStatusSchema,
  type ExportGroup,
  type ExportIndication,
  type ExportAll,
  type ExportStatus,
} from '../../../schemas/export.ts';
import { indexRow } from '../../domain/indication-index.ts';
import { indicationSchema } from '../../../schemas/indication.ts';
import { patientGroupSchema } from '../../../schemas/patient-group.ts';
import { implementationStatusSchema } from '../../../schemas/implementation-status.ts';
import { schemaAt } from '../../domain/schema-at.ts';

export interface CsvColumn<T> {
  key: string;
  beskrivelse: string;
  value: (row: T) => string | number | boolean | undefined;
}

// The description may sit on the field itself (e.g. on a date's preprocess wrapper), which schemaAt unwraps.
const describeAt = (schema: z.ZodType, path: string[]): string => {
  const parent = schemaAt(schema, path.slice(0, -1)) as unknown as
    { shape?: Record<string, z.ZodType> } | undefined;
  return parent?.shape?.[path[path.length - 1]!]?.description ?? schemaAt(schema, path)?.description ?? '';
};
const fromIndication = (path: string[]) => describeAt(indicationSchema, path);
const fromGroup = (path: string[]) => describeAt(patientGroupSchema, path);
const fromStatus = (path: string[]) => describeAt(implementationStatusSchema, path);
const fromComputed = (schema: z.ZodType, path: string[]) => describeAt(schema, path);

type IndicationRow = ExportIndication;
const kvote = (i: IndicationRow) => i.kvote;

export const indicationColumns: CsvColumn<IndicationRow>[] = [
  { key: 'kode', beskrivelse: fromIndication(['kode']), value: (i) => i.kode },
  { key: 'gruppe', beskrivelse: fromIndication(['gruppe']), value: (i) => i.gruppe },
  { key: 'nummer', beskrivelse: fromIndication(['nummer']), value: (i) => i.nummer },
  { key: 'navn', beskrivelse: fromIndication(['navn']), value: (i) => i.navn },
  { key: 'beskrivelse', beskrivelse: fromIndication(['beskrivelse']), value: (i) => i.beskrivelse },
  {
    key: 'sygdomme',
    beskrivelse: `${fromIndication(['sygdomme'])} (adskilt af semikolon)`,
    value: (i) => i.sygdomme.map((s) => s.navn).join('; '),
  },
  // The index page (/indikationer/) shows these four columns, from the same function.
  {
    key: 'kort_beskrivelse',
    beskrivelse: 'første sætning af beskrivelsen, som på oversigten over indikationer',
    value: (i) => indexRow(i).kortBeskrivelse,
  },
  {
    key: 'rekvirent',
    beskrivelse: 'hvem der må rekvirere, med egne ord; "ikke angivet", hvis kilden ikke siger det',
    value: (i) => indexRow(i).rekvirent,
  },
  {
    key: 'proevemateriale',
    beskrivelse: 'prøvemateriale til tumor og normalt væv på én linje',
    value: (i) => indexRow(i).proevemateriale,
  },
  {
    key: 'kriterier_i_kilden',
    beskrivelse: fromIndication(['findIndikation', 'kriterierIKilden', 'omfang']),
    value: (i) => indexRow(i).kriterierIKilden,
  },
  {
    key: 'min_alder',
    beskrivelse: fromIndication(['kriterier', 'alder', 'minAar']),
    value: (i) => i.kriterier.alder?.minAar,
  },
  {
    key: 'maks_alder',
    beskrivelse: fromIndication(['kriterier', 'alder', 'maksAar']),
    value: (i) => i.kriterier.alder?.maksAar,
  },
  {
    key: 'nyhenviste_patienter',
    beskrivelse: fromIndication(['kvote', 'nyhenviste', 'patienter']),
    value: (i) => kvote(i)?.nyhenviste.patienter.vaerdi,
  },
  {
    key: 'nyhenviste_kvalifikator',
    beskrivelse: 'ord foran antallet af nyhenviste i kilden, fx "ca."',
    value: (i) => kvote(i)?.nyhenviste.patienter.kvalifikator,
  },
  {
    key: 'nyhenviste_wgs_tumor_pr_patient',
    beskrivelse: 'nyhenviste: ' + fromIndication(['kvote', 'nyhenviste', 'wgsPrPatient', 'tumor']),
    value: (i) => kvote(i)?.nyhenviste.wgsPrPatient?.tumor?.vaerdi,
  },
  {
    key: 'nyhenviste_wgs_germline_pr_patient',
    beskrivelse: 'nyhenviste: ' + fromIndication(['kvote', 'nyhenviste', 'wgsPrPatient', 'germline']),
    value: (i) => kvote(i)?.nyhenviste.wgsPrPatient?.germline?.vaerdi,
  },
  {
    key: 'nyhenviste_wgs_pr_aar_kilde',
    beskrivelse: 'nyhenviste: ' + fromIndication(['kvote', 'nyhenviste', 'wgsPrAar']),
    value: (i) => kvote(i)?.nyhenviste.wgsPrAar?.vaerdi,
  },
  {
    key: 'tidligere_patienter',
    beskrivelse: 'tidligere henviste: ' + fromIndication(['kvote', 'tidligereHenviste', 'patienter']),
    value: (i) => kvote(i)?.tidligereHenviste?.patienter.vaerdi,
  },
  {
    key: 'tidligere_inden_aar',
    beskrivelse: fromIndication(['kvote', 'tidligereHenviste', 'indenAar']),
    value: (i) => kvote(i)?.tidligereHenviste?.indenAar?.vaerdi,
  },
  {
    key: 'tidligere_wgs_tumor_pr_patient',
    beskrivelse:
      'tidligere henviste: ' + fromIndication(['kvote', 'tidligereHenviste', 'wgsPrPatient', 'tumor']),
    value: (i) => kvote(i)?.tidligereHenviste?.wgsPrPatient?.tumor?.vaerdi,
  },
  {
    key: 'tidligere_wgs_germline_pr_patient',
    beskrivelse:
      'tidligere henviste: ' + fromIndication(['kvote', 'tidligereHenviste', 'wgsPrPatient', 'germline']),
    value: (i) => kvote(i)?.tidligereHenviste?.wgsPrPatient?.germline?.vaerdi,
  },
  {
    key: 'tidligere_wgs_pr_aar_kilde',
    beskrivelse: 'tidligere henviste: ' + fromIndication(['kvote', 'tidligereHenviste', 'wgsPrAar']),
    value: (i) => kvote(i)?.tidligereHenviste?.wgsPrAar?.vaerdi,
  },
  {
    key: 'wgs_pr_aar_kilde',
    beskrivelse: fromIndication(['kvote', 'wgsPrAar']),
    value: (i) => kvote(i)?.wgsPrAar?.vaerdi,
  },
  {
    key: 'beregnet_wgs_nyhenviste',
    beskrivelse:
      'nyhenviste: ' + fromComputed(exportIndicationSchema, ['beregnet', 'nyhenviste', 'wgsPrAar']),
    value: (i) => i.beregnet.nyhenviste?.wgsPrAar,
  },
  {
    key: 'beregnet_wgs_tidligere',
    beskrivelse:
      'tidligere henviste: ' +
      fromComputed(exportIndicationSchema, ['beregnet', 'tidligereHenviste', 'wgsPrAar']),
    value: (i) => i.beregnet.tidligereHenviste?.wgsPrAar,
  },
  {
    key: 'beregnet_wgs_pr_aar',
    beskrivelse: fromComputed(exportIndicationSchema, ['beregnet', 'wgsPrAar']),
    value: (i) => i.beregnet.wgsPrAar,
  },
  {
    key: 'beregnet_germline',
    beskrivelse: fromComputed(exportIndicationSchema, ['beregnet', 'germline']),
    value: (i) => i.beregnet.germline,
  },
  {
    key: 'beregnet_somatiske',
    beskrivelse: fromComputed(exportIndicationSchema, ['beregnet', 'somatiske']),
    value: (i) => i.beregnet.somatiske,
  },
  { key: 'url', beskrivelse: fromComputed(exportIndicationSchema, ['url']), value: (i) => i.url },
];

/** One row per referral criterion, so the criteria can be filtered and compared across indications. */
export interface CriterionRow {
  kode: string;
  kriterium: string;
  omraade?: string;
  tekst: string;
  kraeves?: boolean;
  kilde_dokument: string;
  kilde_sted: string;
}

export function criterionRows(indications: IndicationRow[]): CriterionRow[] {
  return indications.flatMap((i) =>
    Object.entries(i.kriterier).flatMap(([kriterium, value]) => {
      const list = (
        Array.isArray(value) ? value : value ? [value] : []
      ) as (Indication['kriterier']['andet'][number] & { omraade?: string })[];
      return list.map((c) => ({
        kode: i.kode,
        kriterium,
        omraade: c.omraade,
        tekst: c.tekst,
        kraeves: c.kraeves,
        kilde_dokument: c.kilde.dokument,
        kilde_sted: c.kilde.sted,
      }));
    }),
  );
}

export const criterionColumns: CsvColumn<CriterionRow>[] = [
  { key: 'kode', beskrivelse: fromIndication(['kode']), value: (r) => r.kode },
  {
    key: 'kriterium',
    beskrivelse:
      'hvilket kriterium: feltnavnet under kriterier, fx alder, mdt, rekvirent, forudgaaendeDiagnostik',
    value: (r) => r.kriterium,
  },
  {
    key: 'omraade',
    beskrivelse:
      fromIndication(['kriterier', 'forudgaaendeDiagnostik', '0', 'omraade']) +
      ' (kun forudgående diagnostik)',
    value: (r) => r.omraade,
  },
  { key: 'tekst', beskrivelse: 'kriteriet med egne ord', value: (r) => r.tekst },
  { key: 'kraeves', beskrivelse: fromIndication(['kriterier', 'mdt', 'kraeves']), value: (r) => r.kraeves },
  { key: 'kilde_dokument', beskrivelse: 'id på kildedokumentet', value: (r) => r.kilde_dokument },
  { key: 'kilde_sted', beskrivelse: 'afsnit og/eller side i kildedokumentet', value: (r) => r.kilde_sted },
];

type GroupWgs = NonNullable<ExportGroup['wgsPrAar']>;
// A WGS figure as the group's source states it, described where the group schema describes it.
const groupWgsColumn = (key: string, field: keyof GroupWgs): CsvColumn<ExportGroup> => ({
  key,
  beskrivelse: fromGroup(['wgsPrAar', field]),
  value: (g) => g.wgsPrAar?.[field]?.vaerdi,
});
// A figure the site computes for the group, described where the export schema describes it.
const computedGroupColumn = (key: string, field: keyof ExportGroup['beregnet']): CsvColumn<ExportGroup> => ({
  key,
  beskrivelse: fromComputed(exportGroupSchema, ['beregnet', field]),
  value: (g) => g.beregnet[field],
});

export const groupColumns: CsvColumn<ExportGroup>[] = [
  { key: 'slug', beskrivelse: fromComputed(exportGroupSchema, ['slug']), value: (g) => g.slug },
  { key: 'navn', beskrivelse: fromGroup(['navn']), value: (g) => g.navn },
  { key: 'omraade', beskrivelse: fromGroup(['omraade']), value: (g) => g.omraade },
  {
    key: 'indikationer',
    beskrivelse: `${fromComputed(exportGroupSchema, ['indikationer'])} (adskilt af semikolon)`,
    value: (g) => g.indikationer.join('; '),
  },
  {
    key: 'nyhenviste_patienter_kilde',
    beskrivelse: 'nyhenviste patienter om året, som kilden angiver det for gruppen',
    value: (g) => g.patienterPrAar?.nyhenviste?.vaerdi,
  },
  {
    key: 'tidligere_patienter_kilde',
    beskrivelse: 'tidligere henviste patienter, som kilden angiver det for gruppen',
    value: (g) => g.tidligereHenviste?.patienter.vaerdi,
  },
  {
    key: 'patienter_i_alt_kilde',
    beskrivelse: fromGroup(['patienterPrAar', 'iAlt']),
    value: (g) => g.patienterPrAar?.iAlt?.vaerdi,
  },
  groupWgsColumn('wgs_i_alt_kilde', 'iAlt'),
  {
    key: 'wgs_i_alt_tolerance',
    beskrivelse: 'den afvigelse, tjekkene tillader for det omtrentlige tal i wgs_i_alt_kilde',
    value: (g) => g.wgsPrAar?.iAlt?.tolerance,
  },
  groupWgsColumn('wgs_germline_kilde', 'germline'),
  groupWgsColumn('wgs_somatisk_kilde', 'somatisk'),
  groupWgsColumn('wgs_nyhenviste_kilde', 'nyhenviste'),
  groupWgsColumn('wgs_tidligere_kilde', 'tidligereHenviste'),
  groupWgsColumn('wgs_maksimum_kilde', 'maksimum'),
  {
    key: 'wgs_maksimum_kvalifikator',
    beskrivelse: 'ord foran maksimum i kilden, fx "op til"',
    value: (g) => g.wgsPrAar?.maksimum?.kvalifikator,
  },
  {
    key: 'wgs_i_alt_kvalifikator',
    beskrivelse: 'ord foran WGS i alt i kilden, fx "ca."',
    value: (g) => g.wgsPrAar?.iAlt?.kvalifikator,
  },
  computedGroupColumn('beregnet_komplet', 'komplet'),
  computedGroupColumn('beregnet_nyhenviste_patienter', 'nyhenvistePatienter'),
  computedGroupColumn('beregnet_tidligere_patienter', 'tidligereHenvistePatienter'),
  computedGroupColumn('beregnet_wgs_nyhenviste', 'wgsNyhenviste'),
  computedGroupColumn('beregnet_wgs_tidligere', 'wgsTidligereHenviste'),
  computedGroupColumn('beregnet_wgs_i_alt', 'wgsPrAar'),
  computedGroupColumn('beregnet_germline', 'germline'),
  computedGroupColumn('beregnet_somatiske', 'somatiske'),
  { key: 'url', beskrivelse: fromComputed(exportGroupSchema, ['url']), value: (g) => g.url },
];

/** One row per group in a status table, then its total row. */
export interface StatusCsvRow {
  opgoerelse: string;
  gruppe: string;
  navn_i_kilden: string;
  har_side: boolean;
  proever: number;
  andel_procent: number;
  hoejst_mulige_andel?: number;
  periode_fra: string;
  periode_til: string;
  opgjort_siden: string;
}

export function statusRows(statuses: ExportStatus[], groupIds: readonly string[]): StatusCsvRow[] {
  return statuses.flatMap((s) => [
    ...s.grupper.map((r, i) => ({
      opgoerelse: s.id,
      gruppe: r.gruppe,
      navn_i_kilden: r.navnIKilden,
      har_side: groupIds.includes(r.gruppe),
      proever: r.proever.vaerdi,
      andel_procent: r.andel.vaerdi,
      hoejst_mulige_andel: s.beregnet.grupper[i]?.hoejstMuligeAndel,
      periode_fra: s.periode.fra,
      periode_til: s.periode.til,
      opgjort_siden: s.opgjortSiden,
    })),
    {
      opgoerelse: s.id,
      gruppe: 'i-alt',
      navn_i_kilden: 'Total',
      har_side: false,
      proever: s.beregnet.proever,
      andel_procent: s.iAlt.andel.vaerdi,
      periode_fra: s.periode.fra,
      periode_til: s.periode.til,
      opgjort_siden: s.opgjortSiden,
    },
  ]);
}

export const statusColumns: CsvColumn<StatusCsvRow>[] = [
  { key: 'opgoerelse', beskrivelse: fromComputed(exportStatusSchema, ['id']), value: (r) => r.opgoerelse },
  {
    key: 'gruppe',
    beskrivelse: `${fromStatus(['grupper', '0', 'gruppe'])}; "i-alt" for tabellens total`,
    value: (r) => r.gruppe,
  },
  {
    key: 'navn_i_kilden',
    beskrivelse: fromStatus(['grupper', '0', 'navnIKilden']),
    value: (r) => r.navn_i_kilden,
  },
  { key: 'har_side', beskrivelse: 'sand, når gruppen har sin egen side på sitet', value: (r) => r.har_side },
  {
    key: 'proever',
    beskrivelse: `${fromStatus(['grupper', '0', 'proever'])}; for totalen summen af grupperne`,
    value: (r) => r.proever,
  },
  { key: 'andel_procent', beskrivelse: fromStatus(['grupper', '0', 'andel']), value: (r) => r.andel_procent },
  {
    key: 'hoejst_mulige_andel',
    beskrivelse: fromComputed(exportStatusSchema, ['beregnet', 'grupper', '0', 'hoejstMuligeAndel']),
    value: (r) => r.hoejst_mulige_andel,
  },
  { key: 'periode_fra', beskrivelse: fromStatus(['periode', 'fra']), value: (r) => r.periode_fra },
  { key: 'periode_til', beskrivelse: fromStatus(['periode', 'til']), value: (r) => r.periode_til },
  { key: 'opgjort_siden', beskrivelse: fromStatus(['opgjortSiden']), value: (r) => r.opgjort_siden },
];

/**
 * A CSV file (RFC 4180, UTF-8 with BOM so spreadsheet programs read æ, ø and å). Comma-separated with
 * decimal points by default; `danishExcel` gives semicolons and decimal commas, which Excel with Danish
 * settings opens as columns on a double-click.
 */
export function toCsv<T>(
  rows: readonly T[],
  columns: readonly CsvColumn<T>[],
  { danishExcel = false } = {},
): string {
  return stringify(
    rows.map((r) => columns.map((c) => c.value(r))),
    {
      header: true,
      columns: columns.map((c) => c.key),
      bom: true,
      delimiter: danishExcel ? ';' : ',',
      cast: {
        boolean: (b) => (b ? 'true' : 'false'),
        number: (n) => (danishExcel ? String(n).replace('.', ',') : String(n)),
      },
    },
  );
}

type CsvOptions = { danishExcel?: boolean };

/** The CSV files on the data page, with their columns and rows; each comes comma- and semicolon-separated. */
export const csvFiles = [
  {
    file: 'indikationer.csv',
    title: 'Indikationer med kvoter',
    columns: indicationColumns,
    text: (d: ExportAll, o?: CsvOptions) => toCsv(d.indikationer, indicationColumns, o),
  },
  {
    file: 'kriterier.csv',
    title: 'Kriterier for henvisning, ét pr. linje',
    columns: criterionColumns,
    text: (d: ExportAll, o?: CsvOptions) => toCsv(criterionRows(d.indikationer), criterionColumns, o),
  },
  {
    file: 'grupper.csv',
    title: 'Patientgrupper med gruppens tal og de beregnede summer',
    columns: groupColumns,
    text: (d: ExportAll, o?: CsvOptions) => toCsv(d.grupper, groupColumns, o),
  },
  {
    file: 'status.csv',
    title: 'Statusopgørelser: prøver og andele pr. gruppe',
    columns: statusColumns,
    text: (d: ExportAll, o?: CsvOptions) =>
      toCsv(
        statusRows(
          d.status,
          d.grupper.map((g) => g.slug),
        ),
        statusColumns,
        o,
      ),
  },
] as const;

/** The name of the semicolon-separated twin of a CSV file, e.g. indikationer-excel.csv. */
export const excelFile = (file: string) => file.replace(/\.csv$/, '-excel.csv');
