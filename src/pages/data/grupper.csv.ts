import type { APIRoute } from 'astro';
import { getExport } from '../../lib/content.ts';
import { csv } from '../../lib/export/response.ts';
import { groupColumns, toCsv } from '../../lib/export/csv.ts';

export const GET: APIRoute = async () => csv(toCsv((await getExport()).grupper, groupColumns));
