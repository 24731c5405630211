import type { APIRoute, GetStaticPaths } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decapBundleFile } from '../../lib/cms.ts';

// Decap CMS is served from the site's own origin, copied from the installed package at build time: the web
// editor loads no code from anywhere else. The bundle loads its chunks from beside itself.
const dist = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
  txt: 'text/plain; charset=utf-8',
};

export const getStaticPaths = (() =>
  readdirSync(dist)
    .filter((file) => decapBundleFile.test(file))
    .map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(dist, params.file!)), {
    headers: { 'Content-Type': TYPES[params.file!.split('.').pop()!]! },
  });
