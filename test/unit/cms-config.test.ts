import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decapConfig, decapFields, type DecapField } from '../../src/domain/cms-config.ts';
import { CMS_FORMATS } from '../../src/domain/cms-formats.ts';
import { collections } from '../../schemas/collections.ts';

// The web editor's forms are generated from the zod schemas; these tests hold the mapping to a fixture schema.
const fixture = z
  .object({
    navn: z.string().min(3).describe('prøvens navn'),
    kode: z
      .string()
      .regex(/^[A-Z]{2,6}$/)
      .describe('kort kode med store bogstaver'),
    antal: z.number().int().nonnegative().describe('antal prøver om året'),
    andel: z.number().min(0).max(100).optional().describe('andel i procent'),
    art: z.enum(['blod', 'væv']).describe('prøvens art'),
    aktiv: z.boolean().optional().describe('om prøven tages nu'),
    dele: z
      .array(z.object({ navn: z.string().min(2).describe('delens navn'), antal: z.number().int() }).strict())
      .default([])
      .describe('prøvens dele'),
    ord: z.array(z.string().min(2)).optional().describe('søgeord'),
    tal: z
      .object({ vaerdi: z.number().int().describe('tallet'), kilde: z.string().min(1) })
      .strict()
      .optional()
      .describe('et tal med kilde'),
    alder: z.union([z.number().int(), z.literal('ikke angivet')]).describe('alder eller "ikke angivet"'),
  })
  .strict();

const byName = (fields: DecapField[] | undefined, name: string) => fields?.find((f) => f.name === name);

describe('the web editor configuration generated from the schemas', () => {
  it('shows a field added to the schema, with its Danish description under it', () => {
    const before = decapFields(fixture);
    expect(byName(before, 'proever')).toBeUndefined();
    const after = decapFields(
      fixture.extend({ proever: z.number().int().describe('antal prøver pr. patient') }),
    );
    expect(byName(after, 'proever')).toEqual({
      name: 'proever',
      label: 'proever',
      hint: 'antal prøver pr. patient',
      required: true,
      widget: 'number',
      value_type: 'int',
    });
  });

  it('labels a field with its schema title where the schema gives one', () => {
    const fields = decapFields(
      z.object({ n: z.string().meta({ title: 'Navn', description: 'fuldt navn' }) }),
    );
    expect(byName(fields, 'n')).toMatchObject({ label: 'Navn', hint: 'fuldt navn' });
  });

  it('maps each type to the widget that writes the same YAML value', () => {
    const fields = decapFields(fixture);
    // A count is a whole number; a float widget would let "1.450" through as 1.45.
    expect(byName(fields, 'antal')).toMatchObject({ widget: 'number', value_type: 'int', min: 0 });
    expect(byName(fields, 'andel')).toMatchObject({
      widget: 'number',
      value_type: 'float',
      min: 0,
      max: 100,
      required: false,
    });
    expect(byName(fields, 'art')).toMatchObject({ widget: 'select', options: ['blod', 'væv'] });
    expect(byName(fields, 'aktiv')).toMatchObject({ widget: 'boolean', required: false });
    expect(byName(fields, 'navn')).toMatchObject({ widget: 'text', required: true });
    expect(byName(fields, 'kode')).toMatchObject({
      widget: 'string',
      pattern: ['^[A-Z]{2,6}$', expect.any(String)],
    });
    expect(byName(fields, 'ord')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    expect(byName(fields, 'dele')).toMatchObject({ widget: 'list', default: [], hint: 'prøvens dele' });
    expect(byName(byName(fields, 'dele')!.fields, 'antal')).toMatchObject({
      widget: 'number',
      value_type: 'int',
    });
  });

  it('leaves out what no widget can write, so Decap keeps the value in the file as it is', () => {
    expect(byName(decapFields(fixture), 'alder')).toBeUndefined();
  });

  it('requires a field only where the part it sits in is required (Decap would refuse to save otherwise)', () => {
    const fields = decapFields(fixture);
    // In an optional object that a file may leave out, nothing can be required by the form.
    expect(byName(byName(fields, 'tal')!.fields, 'vaerdi')).toMatchObject({
      required: false,
      hint: 'tallet',
    });
    // An item of a list exists because the editor added it: what an item requires stays required.
    expect(byName(byName(fields, 'dele')!.fields, 'navn')).toMatchObject({ required: true });
  });

  it('has one collection per content collection, with its folder, file type and a pull request per change', () => {
    const config = decapConfig({ repo: 'ejer/repo', branch: 'main' });
    expect(config).toMatchObject({
      backend: { name: 'github', repo: 'ejer/repo', branch: 'main' },
      publish_mode: 'editorial_workflow',
      local_backend: true,
    });
    const generated = config.collections as Record<string, unknown>[];
    expect(generated.map((c) => c.name)).toEqual(Object.keys(collections));
    for (const [name, spec] of Object.entries(collections)) {
      const c = generated.find((g) => g.name === name)!;
      // Every collection is read and written with the formats that keep a file's comments and layout.
      expect(c.format).toBe(spec.extension === '.mdx' ? CMS_FORMATS.frontmatter.name : CMS_FORMATS.yaml.name);
      if ('singleEntry' in spec) {
        expect(c.files).toMatchObject([
          { file: `content/${spec.folder}/${spec.singleEntry}${spec.extension}` },
        ]);
        continue;
      }
      expect(c).toMatchObject({ folder: `content/${spec.folder}`, extension: spec.extension.slice(1) });
      // MDX is frontmatter and a body, and the body is edited as written.
      if (spec.extension === '.mdx')
        expect(byName(c.fields as DecapField[], 'body')).toMatchObject({ widget: 'text' });
    }
  });

  it('gives an indication’s patient count the whole-number widget the count schema asks for', () => {
    const indications = (
      decapConfig({ repo: 'ejer/repo', branch: 'main' }).collections as Record<string, unknown>[]
    ).find((c) => c.name === 'indikationer')!;
    const path = ['kvote', 'nyhenviste', 'patienter', 'vaerdi'];
    const field = path.reduce<DecapField | undefined>(
      (f, name) => byName(f ? f.fields : (indications.fields as DecapField[]), name),
      undefined,
    );
    expect(field).toMatchObject({ widget: 'number', value_type: 'int', min: 0 });
  });
});
