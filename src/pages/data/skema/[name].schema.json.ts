import type { APIRoute, GetStaticPaths } from 'astro';
import { json } from '../../../lib/export/response.ts';
import { jsonSchema, jsonSchemas, type JsonSchemaName } from '../../../lib/export/json-schema.ts';

// One JSON Schema per export file, generated from the zod schemas with z.toJSONSchema.
export const getStaticPaths = (() =>
  Object.keys(jsonSchemas).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => json(jsonSchema(params.name as JsonSchemaName));
