import type { APIRoute } from 'astro';
import { getExport } from '../../lib/content.ts';
import { criterionColumns, criterionRows, toCsv } from '../../lib/export/csv.ts';
import { csv } from '../../lib/export/response.ts';

export const GET: APIRoute = async () => csv(toCsv(criterionRows((await getExport()).indikationer), criterionColumns));
