import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import jsYaml from 'js-yaml';
import { collections } from '../../schemas/collections.ts';
import {
  EDITOR_SCHEMA_DIR,
  editorJsonSchema,
  editorJsonSchemaText,
  editorSchemaCollections,
} from '../../schemas/editor-json-schema.ts';
import { projectRoot } from '../helpers/temp-project.ts';

// The JSON Schemas that VS Code, github.dev and Codespaces use to complete and check content files.
describe('editor JSON Schemas', () => {
  it.each(editorSchemaCollections)(
    'schemas/json/%s.schema.json is generated from the zod schema and up to date',
    (name) => {
      const onDisk = readFileSync(join(projectRoot, EDITOR_SCHEMA_DIR, `${name}.schema.json`), 'utf8');
      expect(onDisk, 'Run `npm run skemaer` and commit schemas/json/.').toBe(editorJsonSchemaText(name));
    },
  );

  it('carries the Danish field descriptions', () => {
    const schema = editorJsonSchema('indikationer') as {
      properties: Record<string, { description?: string }>;
    };
    expect(schema.properties.kode?.description).toBe(collections.indikationer.schema.shape.kode.description);
  });

  it('.vscode/settings.json wires each schema to its folder', () => {
    const settings = JSON.parse(readFileSync(join(projectRoot, '.vscode', 'settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string>;
    };
    for (const name of editorSchemaCollections) {
      expect(settings['yaml.schemas'][`./${EDITOR_SCHEMA_DIR}/${name}.schema.json`]).toBe(
        `content/${collections[name].folder}/*.yaml`,
      );
    }
  });

  it.each(editorSchemaCollections)(
    'accepts every file in content/%s and flags what the checks refuse',
    (name) => {
      // Formats such as email are the zod schemas' to hold; this test is about structure.
      const ajv = new Ajv({ allErrors: true, validateFormats: false });
      const validate = ajv.compile(editorJsonSchema(name));
      const dir = join(projectRoot, 'content', collections[name].folder);
      const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const data = jsYaml.load(readFileSync(join(dir, f), 'utf8'), { schema: jsYaml.CORE_SCHEMA });
        expect(validate(data), `${f}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        // An unknown field is marked as the editor types it, as the schema check would refuse it.
        expect(validate({ ...(data as object), ukendtFelt: 1 })).toBe(false);
      }
    },
  );
});
