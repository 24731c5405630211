import type { APIRoute } from 'astro';
import { getExport } from '../../lib/content.ts';
import { csv, indicationColumns, toCsv } from '../../lib/export.ts';

export const GET: APIRoute = async () => csv(toCsv((await getExport()).indikationer, indicationColumns));
