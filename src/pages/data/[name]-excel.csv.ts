// The semicolon-separated twins of the CSV files, for Excel with Danish settings (list separator ";").
import type { APIRoute } from 'astro';
import { getExport } from '../../lib/content.ts';
import { csv } from '../../lib/export/response.ts';
import { csvFiles } from '../../lib/export/csv.ts';

export function getStaticPaths() {
  return csvFiles.map((f) => ({ params: { name: f.file.replace(/\.csv$/, '') }, props: { file: f.file } }));
}

export const GET: APIRoute = async ({ props }) => {
  const spec = csvFiles.find((f) => f.file === props.file)!;
  return csv(spec.text(await getExport(), { danishExcel: true }));
};
