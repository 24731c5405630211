import type { APIRoute } from 'astro';
import { getChangeLog } from '../../lib/changes.ts';
import { exportChanges } from '../../lib/export-changes.ts';
import { json } from '../../lib/export/response.ts';

export const GET: APIRoute = async () => {
  const log = await getChangeLog();
  return json(exportChanges(log.entries, log.historyIncluded));
};
