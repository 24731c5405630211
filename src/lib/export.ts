// The open data: the whole content model as JSON and CSV, with JSON Schemas generated from the zod
// schemas and a field list in Danish. Endpoints under src/pages/data/ and the data page call these,
// and the export test reads the built files back, so the files and the page cannot drift apart.
import { z } from 'zod';
import { stringify } from 'csv-stringify/sync';
import type { Source } from '../../schemas/source.ts';
import type { Indication } from '../../schemas/indication.ts';
import {
  exportAllSchema,
  exportGroupSchema,
  exportIndicationSchema,
  exportStatusSchema,
  exportSourceSchema,
  type ExportAll,
  type ExportGroup,
  type ExportIndication,
  type ExportStatus,
} from '../../schemas/export.ts';
import { indicationSchema } from '../../schemas/indication.ts';
import { patientGroupSchema } from '../../schemas/patient-group.ts';
import { implementationStatusSchema } from '../../schemas/implementation-status.ts';
import { schemaAt } from '../../scripts/lib/schema-issues.ts';
import { indexRow } from '../domain/indication-index.ts';
import { groupTotals, indicationTotals, statusDerived, type CohortTotals, type ContentModel, type Item } from './derived.ts';

// ---------------------------------------------------------------- JSON

const cohort = (c: CohortTotals | undefined) =>
  c && { patienter: c.patients, wgsPrAar: c.wgs, germline: c.germline, somatiske: c.somatic };

export function exportIndication(i: Item<Indication>): ExportIndication {
  const t = indicationTotals(i);
  return {
    ...i.data,
    url: `/indikationer/${i.data.kode}/`,
    beregnet: {
      nyhenviste: cohort(t?.newly),
      tidligereHenviste: cohort(t?.previously),
      wgsPrAar: t?.wgs,
      germline: t?.germline,
      somatiske: t?.somatic,
    },
  };
}

export function exportGroup(g: ContentModel['groups'][number], model: ContentModel): ExportGroup {
  const t = groupTotals(g.id, model.indications);
  return {
    ...g.data,
    slug: g.id,
    url: `/grupper/${g.id}/`,
    indikationer: t.indications.map((i) => i.code),
    beregnet: {
      komplet: t.complete,
      nyhenvistePatienter: t.patientsNewly,
      tidligereHenvistePatienter: t.patientsPreviously,
      wgsNyhenviste: t.wgsNewly,
      wgsTidligereHenviste: t.wgsPreviously,
      wgsPrAar: t.wgs,
      germline: t.germline,
      somatiske: t.somatic,
    },
  };
}

export function exportStatus(s: ContentModel['status'][number], model: ContentModel): ExportStatus {
  const d = statusDerived(s, model);
  return {
    ...s.data,
    id: s.id,
    beregnet: {
      maaneder: d.months,
      proever: d.samples,
      andelUdFraMaanedligtAntal: d.impliedShare,
      grupper: d.rows.map((r) => ({
        gruppe: r.row.gruppe,
        forventetWgsPrAar: r.expectedPerYear,
        forventetIPerioden: r.expectedInPeriod,
        // One decimal, like the share the site shows; more digits would claim a precision the counts lack.
        hoejstMuligeAndel: r.maxShare === undefined ? undefined : Math.round(r.maxShare * 10) / 10,
      })),
    },
  };
}

/** The whole content model, validated against the export schema before it is written. */
export function exportAll(model: ContentModel, sources: Item<Source>[]): ExportAll {
  return exportAllSchema.parse({
    kilder: sources.map((s) => ({ id: s.id, ...s.data })),
    grupper: model.groups.map((g) => exportGroup(g, model)),
    indikationer: model.indications.map(exportIndication),
    status: model.status.map((s) => exportStatus(s, model)),
  });
}

export const json = (data: unknown): Response =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

// ---------------------------------------------------------------- JSON Schema

/** The JSON Schemas published under /data/skema/, one per export file. */
export const jsonSchemas = {
  alt: { schema: exportAllSchema, title: 'Kilder, grupper, indikationer og status samlet (alt.json)' },
  grupper: { schema: z.array(exportGroupSchema), title: 'Patientgrupper (grupper.json)' },
  indikationer: { schema: z.array(exportIndicationSchema), title: 'Indikationer (indikationer.json)' },
  status: { schema: z.array(exportStatusSchema), title: 'Statusopgørelser (status.json)' },
  kilder: { schema: z.array(exportSourceSchema), title: 'Kildedokumenter (kilder.json)' },
} as const;

export type JsonSchemaName = keyof typeof jsonSchemas;

export function jsonSchema(name: JsonSchemaName): Record<string, unknown> {
  const { schema, title } = jsonSchemas[name];
  // The exported files hold parsed content (defaults filled in, dates as text), so describe the output side.
  return { title, ...z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }) };
}

export interface FieldRow {
  felt: string;
  type: string;
  paakraevet: boolean;
  beskrivelse: string;
}

type JsonNode = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonNode[];
  allOf?: JsonNode[];
  oneOf?: JsonNode[];
};

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'tal',
  integer: 'heltal',
  boolean: 'sand/falsk',
  array: 'liste',
  object: 'gruppe af felter',
};

function typeText(node: JsonNode): string {
  if (node.enum) return `en af: ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (node.const !== undefined) return `altid ${JSON.stringify(node.const)}`;
  const alternatives = node.anyOf ?? node.oneOf;
  if (alternatives) return [...new Set(alternatives.map(typeText))].join(' eller ');
  const t = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  if (t.includes('array') && node.items) return `liste af ${typeText(node.items)}`;
  return t.map((x) => typeNames[x] ?? x).join(' eller ') || 'værdi';
}

/** Every field of a JSON Schema with its type and Danish description, for the data page. */
export function fieldList(schema: JsonNode, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  const visit = (node: JsonNode, path: string) => {
    for (const sub of [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])]) visit(sub, path);
    // The items of a file that is a list are its posts; their fields need no "[]" in front.
    if (node.items) visit(node.items, path ? `${path}[]` : '');
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const felt = path ? `${path}.${key}` : key;
      if (!rows.some((r) => r.felt === felt)) {
        rows.push({ felt, type: typeText(child), paakraevet: node.required?.includes(key) ?? false, beskrivelse: child.description ?? '' });
      }
      visit(child, felt);
    }
  };
  visit(schema, prefix);
  return rows;
}

// ---------------------------------------------------------------- CSV

export interface CsvColumn<T> {
  key: string;
  beskrivelse: string;
  value: (row: T) => string | number | boolean | undefined;
}

// The description may sit on the field itself (e.g. on a date's preprocess wrapper), which schemaAt unwraps.
const describeAt = (schema: z.ZodType, path: string[]): string => {
  const parent = schemaAt(schema, path.slice(0, -1)) as unknown as { shape?: Record<string, z.ZodType> } | undefined;
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
  { key: 'sygdomme', beskrivelse: `${fromIndication(['sygdomme'])} (adskilt af semikolon)`, value: (i) => i.sygdomme.map((s) => s.navn).join('; ') },
  // The index page (/indikationer/) shows these four columns, from the same function.
  { key: 'kort_beskrivelse', beskrivelse: 'første sætning af beskrivelsen, som på oversigten over indikationer', value: (i) => indexRow(i).kortBeskrivelse },
  { key: 'rekvirent', beskrivelse: 'hvem der må rekvirere, med egne ord; "ikke angivet", hvis kilden ikke siger det', value: (i) => indexRow(i).rekvirent },
  { key: 'proevemateriale', beskrivelse: 'prøvemateriale til tumor og normalt væv på én linje', value: (i) => indexRow(i).proevemateriale },
  { key: 'kriterier_i_kilden', beskrivelse: fromIndication(['findIndikation', 'kriterierIKilden', 'omfang']), value: (i) => indexRow(i).kriterierIKilden },
  { key: 'min_alder', beskrivelse: fromIndication(['kriterier', 'alder', 'minAar']), value: (i) => i.kriterier.alder?.minAar },
  { key: 'maks_alder', beskrivelse: fromIndication(['kriterier', 'alder', 'maksAar']), value: (i) => i.kriterier.alder?.maksAar },
  { key: 'nyhenviste_patienter', beskrivelse: fromIndication(['kvote', 'nyhenviste', 'patienter']), value: (i) => kvote(i)?.nyhenviste.patienter.vaerdi },
  { key: 'nyhenviste_kvalifikator', beskrivelse: 'ord foran antallet af nyhenviste i kilden, fx "ca."', value: (i) => kvote(i)?.nyhenviste.patienter.kvalifikator },
  { key: 'nyhenviste_wgs_tumor_pr_patient', beskrivelse: 'nyhenviste: ' + fromIndication(['kvote', 'nyhenviste', 'wgsPrPatient', 'tumor']), value: (i) => kvote(i)?.nyhenviste.wgsPrPatient?.tumor?.vaerdi },
  { key: 'nyhenviste_wgs_germline_pr_patient', beskrivelse: 'nyhenviste: ' + fromIndication(['kvote', 'nyhenviste', 'wgsPrPatient', 'germline']), value: (i) => kvote(i)?.nyhenviste.wgsPrPatient?.germline?.vaerdi },
  { key: 'nyhenviste_wgs_pr_aar_kilde', beskrivelse: 'nyhenviste: ' + fromIndication(['kvote', 'nyhenviste', 'wgsPrAar']), value: (i) => kvote(i)?.nyhenviste.wgsPrAar?.vaerdi },
  { key: 'tidligere_patienter', beskrivelse: 'tidligere henviste: ' + fromIndication(['kvote', 'tidligereHenviste', 'patienter']), value: (i) => kvote(i)?.tidligereHenviste?.patienter.vaerdi },
  { key: 'tidligere_inden_aar', beskrivelse: fromIndication(['kvote', 'tidligereHenviste', 'indenAar']), value: (i) => kvote(i)?.tidligereHenviste?.indenAar?.vaerdi },
  { key: 'tidligere_wgs_tumor_pr_patient', beskrivelse: 'tidligere henviste: ' + fromIndication(['kvote', 'tidligereHenviste', 'wgsPrPatient', 'tumor']), value: (i) => kvote(i)?.tidligereHenviste?.wgsPrPatient?.tumor?.vaerdi },
  { key: 'tidligere_wgs_germline_pr_patient', beskrivelse: 'tidligere henviste: ' + fromIndication(['kvote', 'tidligereHenviste', 'wgsPrPatient', 'germline']), value: (i) => kvote(i)?.tidligereHenviste?.wgsPrPatient?.germline?.vaerdi },
  { key: 'tidligere_wgs_pr_aar_kilde', beskrivelse: 'tidligere henviste: ' + fromIndication(['kvote', 'tidligereHenviste', 'wgsPrAar']), value: (i) => kvote(i)?.tidligereHenviste?.wgsPrAar?.vaerdi },
  { key: 'wgs_pr_aar_kilde', beskrivelse: fromIndication(['kvote', 'wgsPrAar']), value: (i) => kvote(i)?.wgsPrAar?.vaerdi },
  { key: 'beregnet_wgs_nyhenviste', beskrivelse: 'nyhenviste: ' + fromComputed(exportIndicationSchema, ['beregnet', 'nyhenviste', 'wgsPrAar']), value: (i) => i.beregnet.nyhenviste?.wgsPrAar },
  { key: 'beregnet_wgs_tidligere', beskrivelse: 'tidligere henviste: ' + fromComputed(exportIndicationSchema, ['beregnet', 'tidligereHenviste', 'wgsPrAar']), value: (i) => i.beregnet.tidligereHenviste?.wgsPrAar },
  { key: 'beregnet_wgs_pr_aar', beskrivelse: fromComputed(exportIndicationSchema, ['beregnet', 'wgsPrAar']), value: (i) => i.beregnet.wgsPrAar },
  { key: 'beregnet_germline', beskrivelse: fromComputed(exportIndicationSchema, ['beregnet', 'germline']), value: (i) => i.beregnet.germline },
  { key: 'beregnet_somatiske', beskrivelse: fromComputed(exportIndicationSchema, ['beregnet', 'somatiske']), value: (i) => i.beregnet.somatiske },
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
      const list = (Array.isArray(value) ? value : value ? [value] : []) as (Indication['kriterier']['andet'][number] & { omraade?: string })[];
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
  { key: 'kriterium', beskrivelse: 'hvilket kriterium: feltnavnet under kriterier, fx alder, mdt, rekvirent, forudgaaendeDiagnostik', value: (r) => r.kriterium },
  { key: 'omraade', beskrivelse: fromIndication(['kriterier', 'forudgaaendeDiagnostik', '0', 'omraade']) + ' (kun forudgående diagnostik)', value: (r) => r.omraade },
  { key: 'tekst', beskrivelse: 'kriteriet med egne ord', value: (r) => r.tekst },
  { key: 'kraeves', beskrivelse: fromIndication(['kriterier', 'mdt', 'kraeves']), value: (r) => r.kraeves },
  { key: 'kilde_dokument', beskrivelse: 'id på kildedokumentet', value: (r) => r.kilde_dokument },
  { key: 'kilde_sted', beskrivelse: 'afsnit og/eller side i kildedokumentet', value: (r) => r.kilde_sted },
];

export const groupColumns: CsvColumn<ExportGroup>[] = [
  { key: 'slug', beskrivelse: fromComputed(exportGroupSchema, ['slug']), value: (g) => g.slug },
  { key: 'navn', beskrivelse: fromGroup(['navn']), value: (g) => g.navn },
  { key: 'omraade', beskrivelse: fromGroup(['omraade']), value: (g) => g.omraade },
  { key: 'indikationer', beskrivelse: `${fromComputed(exportGroupSchema, ['indikationer'])} (adskilt af semikolon)`, value: (g) => g.indikationer.join('; ') },
  { key: 'nyhenviste_patienter_kilde', beskrivelse: 'nyhenviste patienter om året, som kilden angiver det for gruppen', value: (g) => g.patienterPrAar?.nyhenviste?.vaerdi },
  { key: 'tidligere_patienter_kilde', beskrivelse: 'tidligere henviste patienter, som kilden angiver det for gruppen', value: (g) => g.patienterPrAar?.tidligereHenviste?.vaerdi },
  { key: 'patienter_i_alt_kilde', beskrivelse: fromGroup(['patienterPrAar', 'iAlt']), value: (g) => g.patienterPrAar?.iAlt?.vaerdi },
  { key: 'wgs_i_alt_kilde', beskrivelse: fromGroup(['wgsPrAar', 'iAlt']), value: (g) => g.wgsPrAar?.iAlt?.vaerdi },
  { key: 'wgs_i_alt_tolerance', beskrivelse: 'den afvigelse, tjekkene tillader for det omtrentlige tal i wgs_i_alt_kilde', value: (g) => g.wgsPrAar?.iAlt?.tolerance },
  { key: 'wgs_germline_kilde', beskrivelse: fromGroup(['wgsPrAar', 'germline']), value: (g) => g.wgsPrAar?.germline?.vaerdi },
  { key: 'wgs_somatisk_kilde', beskrivelse: fromGroup(['wgsPrAar', 'somatisk']), value: (g) => g.wgsPrAar?.somatisk?.vaerdi },
  { key: 'wgs_nyhenviste_kilde', beskrivelse: fromGroup(['wgsPrAar', 'nyhenviste']), value: (g) => g.wgsPrAar?.nyhenviste?.vaerdi },
  { key: 'wgs_tidligere_kilde', beskrivelse: fromGroup(['wgsPrAar', 'tidligereHenviste']), value: (g) => g.wgsPrAar?.tidligereHenviste?.vaerdi },
  { key: 'wgs_maksimum_kilde', beskrivelse: fromGroup(['wgsPrAar', 'maksimum']), value: (g) => g.wgsPrAar?.maksimum?.vaerdi },
  { key: 'wgs_maksimum_kvalifikator', beskrivelse: 'ord foran maksimum i kilden, fx "op til"', value: (g) => g.wgsPrAar?.maksimum?.kvalifikator },
  { key: 'wgs_i_alt_kvalifikator', beskrivelse: 'ord foran WGS i alt i kilden, fx "ca."', value: (g) => g.wgsPrAar?.iAlt?.kvalifikator },
  { key: 'beregnet_komplet', beskrivelse: fromComputed(exportGroupSchema, ['beregnet', 'komplet']), value: (g) => g.beregnet.komplet },
  { key: 'beregnet_nyhenviste_patienter', beskrivelse: fromComputed(exportGroupSchema, ['beregnet', 'nyhenvistePatienter']), value: (g) => g.beregnet.nyhenvistePatienter },
  { key: 'beregnet_tidligere_patienter', beskrivelse: fromComputed(exportGroupSchema, ['beregnet', 'tidligereHenvistePatienter']), value: (g) => g.beregnet.tidligereHenvistePatienter },
  { key: 'beregnet_wgs_nyhenviste', beskrivelse: fromComputed(exportGroupSchema, ['beregnet', 'wgsNyhenviste']), value: (g) => g.beregnet.wgsNyhenviste },
  { key: 'beregnet_wgs_tidligere', beskrivelse: fromComputed(exportGroupSchema, ['beregnet', 'wgsTidligereHenviste']), value: (g) => g.beregnet.wgsTidligereHenviste },
  { key: 'beregnet_wgs_i_alt', beskrivelse: fromComputed(exportGroupSchema, ['beregnet', 'wgsPrAar']), value: (g) => g.beregnet.wgsPrAar },
  { key: 'beregnet_germline', beskrivelse: fromComputed(exportGroupSchema, ['beregnet', 'germline']), value: (g) => g.beregnet.germline },
  { key: 'beregnet_somatiske', beskrivelse: fromComputed(exportGroupSchema, ['beregnet', 'somatiske']), value: (g) => g.beregnet.somatiske },
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
  { key: 'gruppe', beskrivelse: `${fromStatus(['grupper', '0', 'gruppe'])}; "i-alt" for tabellens total`, value: (r) => r.gruppe },
  { key: 'navn_i_kilden', beskrivelse: fromStatus(['grupper', '0', 'navnIKilden']), value: (r) => r.navn_i_kilden },
  { key: 'har_side', beskrivelse: 'sand, når gruppen har sin egen side på sitet', value: (r) => r.har_side },
  { key: 'proever', beskrivelse: `${fromStatus(['grupper', '0', 'proever'])}; for totalen summen af grupperne`, value: (r) => r.proever },
  { key: 'andel_procent', beskrivelse: fromStatus(['grupper', '0', 'andel']), value: (r) => r.andel_procent },
  { key: 'hoejst_mulige_andel', beskrivelse: fromComputed(exportStatusSchema, ['beregnet', 'grupper', '0', 'hoejstMuligeAndel']), value: (r) => r.hoejst_mulige_andel },
  { key: 'periode_fra', beskrivelse: fromStatus(['periode', 'fra']), value: (r) => r.periode_fra },
  { key: 'periode_til', beskrivelse: fromStatus(['periode', 'til']), value: (r) => r.periode_til },
  { key: 'opgjort_siden', beskrivelse: fromStatus(['opgjortSiden']), value: (r) => r.opgjort_siden },
];

/**
 * A CSV file (RFC 4180, UTF-8 with BOM so spreadsheet programs read æ, ø and å). Comma-separated with
 * decimal points by default; `danishExcel` gives semicolons and decimal commas, which Excel with Danish
 * settings opens as columns on a double-click.
 */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[], { danishExcel = false } = {}): string {
  return stringify(
    rows.map((r) => columns.map((c) => c.value(r))),
    {
      header: true,
      columns: columns.map((c) => c.key),
      bom: true,
      delimiter: danishExcel ? ';' : ',',
      cast: { boolean: (b) => (b ? 'true' : 'false'), number: (n) => (danishExcel ? String(n).replace('.', ',') : String(n)) },
    },
  );
}

export const csv = (text: string): Response => new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

/** The CSV files on the data page, with their columns and rows; each comes comma- and semicolon-separated. */
export const csvFiles = [
  { file: 'indikationer.csv', title: 'Indikationer med kvoter', columns: indicationColumns, text: (d: ExportAll, o?: { danishExcel?: boolean }) => toCsv(d.indikationer, indicationColumns, o) },
  { file: 'kriterier.csv', title: 'Kriterier for henvisning, ét pr. linje', columns: criterionColumns, text: (d: ExportAll, o?: { danishExcel?: boolean }) => toCsv(criterionRows(d.indikationer), criterionColumns, o) },
  { file: 'grupper.csv', title: 'Patientgrupper med gruppens tal og de beregnede summer', columns: groupColumns, text: (d: ExportAll, o?: { danishExcel?: boolean }) => toCsv(d.grupper, groupColumns, o) },
  {
    file: 'status.csv',
    title: 'Statusopgørelser: prøver og andele pr. gruppe',
    columns: statusColumns,
    text: (d: ExportAll, o?: { danishExcel?: boolean }) => toCsv(statusRows(d.status, d.grupper.map((g) => g.slug)), statusColumns, o),
  },
] as const;

/** The name of the semicolon-separated twin of a CSV file, e.g. indikationer-excel.csv. */
export const excelFile = (file: string) => file.replace(/\.csv$/, '-excel.csv');
