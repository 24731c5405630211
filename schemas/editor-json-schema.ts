import { z } from 'zod';
import { collections, type CollectionName } from './collections.ts';

/** Where the generated editor schemas live, relative to the project root. */
export const EDITOR_SCHEMA_DIR = 'schemas/json';

/** The YAML collections: editors' tools (VS Code, github.dev, Codespaces) read a JSON Schema for them; MDX frontmatter they do not. */
export const editorSchemaCollections = (Object.keys(collections) as CollectionName[]).filter(
  (c) => collections[c].extension === '.yaml',
);

/**
 * The JSON Schema an editor's YAML tooling uses to complete and check a content file, generated from the
 * collection's zod schema and its Danish descriptions (so there is no second copy of the schema). It
 * describes the input side, what the editor writes; draft-07 is the draft the YAML language server reads best.
 */
export function editorJsonSchema(name: CollectionName): Record<string, unknown> {
  const spec = collections[name];
  return {
    title: `${spec.label} (content/${spec.folder}/)`,
    ...z.toJSONSchema(spec.schema, { io: 'input', unrepresentable: 'any', target: 'draft-07' }),
  };
}

/** The file text as it is written and compared. */
export function editorJsonSchemaText(name: CollectionName): string {
  return `${JSON.stringify(editorJsonSchema(name), null, 2)}\n`;
}
