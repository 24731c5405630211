import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../lib/cms.ts';

// Decap CMS reads its configuration from config.yml beside the page; it is generated from the zod schemas
// at build time (src/domain/cms-config.ts), so the editor's forms follow every schema change.
export const GET: APIRoute = ({ site }) =>
  new Response(
    `# Genereret fra skemaerne i schemas/ ved hvert build; ret skemaerne, ikke denne fil.\n${stringify(cmsConfig(site?.href))}`,
    { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } },
  );
