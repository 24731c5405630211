import type { APIRoute, GetStaticPaths } from 'astro';
import { json, jsonSchema, jsonSchemas, type JsonSchemaName } from '../../../lib/export.ts';

// One JSON Schema per export file, generated from the zod schemas with z.toJSONSchema.
export const getStaticPaths = (() => Object.keys(jsonSchemas).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => json(jsonSchema(params.name as JsonSchemaName));
