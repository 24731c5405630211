import type { APIRoute } from 'astro';
import { getChangeLog } from '../lib/changes.ts';
import { changeFeed } from '../lib/change-feed.ts';

// The Atom feed of the change log; every page links to it from its <head>.
export const GET: APIRoute = async ({ site }) => {
  const log = await getChangeLog();
  const base = new URL(import.meta.env.BASE_URL, site ?? 'http://localhost:4321');
  return new Response(changeFeed(log.entries, base, log.historyIncluded), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
