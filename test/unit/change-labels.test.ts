import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collections } from '../../schemas/collections.ts';
import { groupLabels, indicationLabels } from '../../src/domain/change-labels.ts';
import { describeChanges } from '../../src/domain/content-diff.ts';

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** The object fields a schema (or any of its alternatives) allows, as field → schema. */
function propertiesOf(schema: JsonSchema): Record<string, JsonSchema> | undefined {
  const parts = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  const found = parts.filter((p) => p.properties).map((p) => p.properties!);
  return found.length ? Object.assign({}, ...found) : undefined;
}

/**
 * The field paths the change log would name after their path: neither they nor a field around them has
 * a label, and they have no fields of their own that all do.
 */
function unlabelled(schema: JsonSchema, labels: Record<string, unknown>, path: string[] = []): string[] {
  for (let n = path.length; n > 0; n--) if (path.slice(0, n).join('.') in labels) return [];
  const properties = propertiesOf(schema);
  if (!properties) return [path.join('.')];
  return Object.entries(properties).flatMap(([k, s]) => unlabelled(s, labels, [...path, k]));
}

function schemaOf(name: 'indikationer' | 'grupper'): JsonSchema {
  return z.toJSONSchema(collections[name].schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

// The change log names a field after its label, or the nearest labelled field around it; a field with
// neither is named after its path ("KortFortalt overlap"), which is the code's word, not the reader's.
describe('every field the change log can name has a Danish label', () => {
  const cases = [
    { name: 'indikationer', labels: indicationLabels, notDiffed: ['aendringsnoter'] },
    { name: 'grupper', labels: groupLabels, notDiffed: ['aendringsnoter'] },
  ] as const;
  for (const { name, labels, notDiffed } of cases)
    it(`${name}: every field has a label, or sits in a field that has one`, () => {
      const schema = schemaOf(name);
      expect(Object.keys(propertiesOf(schema) ?? {}).length).toBeGreaterThan(5);
      const missing = unlabelled(schema, labels).filter((f) => !notDiffed.some((n) => f.startsWith(n)));
      expect(missing).toEqual([]);
    });

  it('finds a field with no label around it', () => {
    const schema: JsonSchema = { properties: { a: { properties: { b: {}, c: {} } }, d: {} } };
    expect(unlabelled(schema, { 'a.b': 'B', d: 'D' })).toEqual(['a.c']);
    expect(unlabelled(schema, { a: 'A', d: 'D' })).toEqual([]);
  });

  it('an unlabelled field would be named after its path, which the test above prevents', () => {
    const lines = describeChanges('indikation', { ukendtFelt: 'a' }, { ukendtFelt: 'b' });
    expect(lines.join('\n')).toContain('UkendtFelt');
  });
});
