import type { APIRoute } from 'astro';
import { getExport } from '../../lib/content.ts';
import { json } from '../../lib/export/response.ts';

export const GET: APIRoute = async () => json(await (await getExport()).indikationer);
