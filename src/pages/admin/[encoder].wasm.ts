import type { APIRoute, GetStaticPaths } from 'astro';
import { decapFile, decapFiles } from '../../lib/cms.ts';

// The WebAssembly image encoders Decap CMS loads for image uploads, from the installed package (src/lib/cms.ts).
export const getStaticPaths = (() =>
  decapFiles('.wasm').map((encoder) => ({ params: { encoder } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => decapFile(`${params.encoder}.wasm`);
