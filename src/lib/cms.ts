import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decapConfig } from '../domain/cms-config.ts';
import { repoBranch, repoUrl } from './repository.ts';

/**
 * The web editor's settings, from the same configuration as the edit links (REPO_URL, REPO_BRANCH or the
 * repository running the build). CMS_AUTH_URL is the OAuth client that signs editors in to GitHub
 * (see README, "Webeditoren").
 */
export function cmsConfig(siteUrl: string | undefined): Record<string, unknown> {
  return decapConfig({
    repo: new URL(repoUrl).pathname.replace(/^\/+|\.git$/g, ''),
    branch: repoBranch,
    siteUrl,
    authUrl: process.env.CMS_AUTH_URL || undefined,
  });
}

// Decap CMS is served from the site's own origin, copied from the installed package at build time
// (src/pages/admin/): the web editor loads no code from anywhere else. The bundle loads its chunks, and the
// image encoders it would use for uploads, from beside itself.
const decapDist = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

/** The bundle's files with an extension, without it: "decap-cms" and its chunks ("103.decap-cms") for ".js". */
export function decapFiles(extension: '.js' | '.wasm'): string[] {
  const own = extension === '.js' ? /^(?:\d+\.)?decap-cms\.js$/ : /^[0-9a-f]+\.wasm$/;
  return readdirSync(decapDist)
    .filter((file) => own.test(file))
    .map((file) => file.slice(0, -extension.length));
}

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
  txt: 'text/plain; charset=utf-8',
};

/** One file of the bundle, as the response that serves it. */
export function decapFile(file: string): Response {
  return new Response(readFileSync(join(decapDist, file)), {
    headers: { 'Content-Type': TYPES[file.split('.').pop()!]! },
  });
}
