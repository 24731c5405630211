// The JSON Schemas published under /data/skema/, generated from the zod schemas, and the Danish
// field list the data page shows for each file.
import { z } from 'zod';
import {
  exportAllSchema,
  exportGroupSchema,
  exportIndicationSchema,
  exportStatusSchema,
  exportSourceSchema,
} from '../../../schemas/export.ts';
import { exportChangesSchema } from '../../../schemas/export-changes.ts';

/** The JSON Schemas published under /data/skema/, one per export file. */
export const jsonSchemas = {
  alt: { schema: exportAllSchema, title: 'Kilder, grupper, indikationer og status samlet (alt.json)' },
  grupper: { schema: z.array(exportGroupSchema), title: 'Patientgrupper (grupper.json)' },
  indikationer: { schema: z.array(exportIndicationSchema), title: 'Indikationer (indikationer.json)' },
  status: { schema: z.array(exportStatusSchema), title: 'Statusopgørelser (status.json)' },
  kilder: { schema: z.array(exportSourceSchema), title: 'Kildedokumenter (kilder.json)' },
  aendringer: {
    schema: exportChangesSchema,
    title: 'Ændringer i indikationer og patientgrupper (aendringer.json)',
  },
} as const;

export type JsonSchemaName = keyof typeof jsonSchemas;

export function jsonSchema(name: JsonSchemaName): Record<string, unknown> {
  const { schema, title } = jsonSchemas[name];
  // The exported files hold parsed content (defaults filled in, dates as text), so describe the output side.
  return {
    title,
    ...z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }),
  };
}

export interface FieldRow {
  felt: string;
  type: string;
  paakraevet: boolean;
  beskrivelse: string;
}

type JsonNode = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonNode[];
  allOf?: JsonNode[];
  oneOf?: JsonNode[];
};

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'tal',
  integer: 'heltal',
  boolean: 'sand/falsk',
  array: 'liste',
  object: 'gruppe af felter',
};

function typeText(node: JsonNode): string {
  if (node.enum) return `en af: ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (node.const !== undefined) return `altid ${JSON.stringify(node.const)}`;
  const alternatives = node.anyOf ?? node.oneOf;
  if (alternatives) return [...new Set(alternatives.map(typeText))].join(' eller ');
  const t = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  if (t.includes('array') && node.items) return `liste af ${typeText(node.items)}`;
  return t.map((x) => typeNames[x] ?? x).join(' eller ') || 'værdi';
}

/** Every field of a JSON Schema with its type and Danish description, for the data page. */
export function fieldList(schema: JsonNode, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  const visit = (node: JsonNode, path: string) => {
    for (const sub of [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])]) visit(sub, path);
    // The items of a file that is a list are its posts; their fields need no "[]" in front.
    if (node.items) visit(node.items, path ? `${path}[]` : '');
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const felt = path ? `${path}.${key}` : key;
      if (!rows.some((r) => r.felt === felt)) {
        rows.push({
          felt,
          type: typeText(child),
          paakraevet: node.required?.includes(key) ?? false,
          beskrivelse: child.description ?? '',
        });
      }
      visit(child, felt);
    }
  };
  visit(schema, prefix);
  return rows;
}
