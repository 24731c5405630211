import type { APIRoute } from 'astro';
import { getExport } from '../../lib/content.ts';
import { csv } from '../../lib/export/response.ts';
import { statusColumns, statusRows, toCsv } from '../../lib/export/csv.ts';

export const GET: APIRoute = async () => {
  const data = await getExport();
  return csv(toCsv(statusRows(data.status, data.grupper.map((g) => g.slug)), statusColumns));
};
