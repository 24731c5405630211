// `npm run skemaer`: writes one JSON Schema per YAML collection to schemas/json/, for VS Code, github.dev and
// Codespaces (.vscode/settings.json wires them to content/). Run it after changing a schema; a unit test
// fails while the files are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EDITOR_SCHEMA_DIR,
  editorJsonSchemaText,
  editorSchemaCollections,
} from '../schemas/editor-json-schema.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(join(root, EDITOR_SCHEMA_DIR), { recursive: true });
for (const name of editorSchemaCollections)
  writeFileSync(join(root, EDITOR_SCHEMA_DIR, `${name}.schema.json`), editorJsonSchemaText(name));
console.log(`Skrev ${editorSchemaCollections.length} JSON-skemaer til ${EDITOR_SCHEMA_DIR}/.`);
