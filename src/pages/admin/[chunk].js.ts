import type { APIRoute, GetStaticPaths } from 'astro';
import { decapFile, decapFiles } from '../../lib/cms.ts';

// Decap CMS's script and its chunks, from the installed package (src/lib/cms.ts).
export const getStaticPaths = (() =>
  decapFiles('.js').map((chunk) => ({ params: { chunk } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => decapFile(`${params.chunk}.js`);
