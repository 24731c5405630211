import type { APIRoute } from 'astro';
import { decapFile } from '../../lib/cms.ts';

// The licences of the code in Decap CMS's bundle, which the bundle's first line points to.
export const GET: APIRoute = () => decapFile('decap-cms.js.LICENSE.txt');
