import type { APIRoute } from 'astro';
import { getExport } from '../../lib/content.ts';
import { criterionColumns, criterionRows, csv, toCsv } from '../../lib/export.ts';

export const GET: APIRoute = async () => csv(toCsv(criterionRows((await getExport()).indikationer), criterionColumns));
