import type { APIRoute } from 'astro';
import { getExport } from '../../lib/content.ts';
import { csv, csvFiles } from '../../lib/export.ts';

export const GET: APIRoute = async () => csv(csvFiles.find((f) => f.file === 'indikationer.csv')!.text(await getExport()));
