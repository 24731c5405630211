import type { APIRoute } from 'astro';
import { getExport } from '../../lib/content.ts';
import { csv } from '../../lib/export/response.ts';
import { csvFiles } from '../../lib/export/csv.ts';

export const GET: APIRoute = async () =>
  csv(csvFiles.find((f) => f.file === 'kriterier.csv')!.text(await getExport()));
