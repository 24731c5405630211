// Finds the part of a zod schema that validates a given field, through zod's public API, so error
// messages and the data page can name the field's description and its allowed keys.
import { z } from 'zod';

/** The schema that validates the value at `path`, found by walking objects and arrays. */
export function schemaAt(schema: z.ZodType | undefined, path: readonly PropertyKey[]): z.ZodType | undefined {
  let s = unwrap(schema);
  for (const key of path) {
    if (s instanceof z.ZodObject) s = unwrap((s.shape as Record<string, z.ZodType>)[String(key)]);
    else if (s instanceof z.ZodArray) s = unwrap(s.element as z.ZodType);
    else return undefined;
  }
  return s;
}

/** The schema inside optional, default, nullable, readonly, lazy and pipe wrappers. */
export function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  for (let i = 0; s && i < 10; i++) {
    if (
      s instanceof z.ZodOptional ||
      s instanceof z.ZodDefault ||
      s instanceof z.ZodNullable ||
      s instanceof z.ZodPrefault ||
      s instanceof z.ZodReadonly
    ) {
      // Keep the outer description if the inner schema has none.
      const inner = s.unwrap() as z.ZodType;
      if (!inner.description && s.description) return inner.describe(s.description);
      s = inner;
    } else if (s instanceof z.ZodLazy) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else break;
  }
  return s;
}

/** The keys an object schema allows; none for anything else. */
export function objectKeys(schema: z.ZodType | undefined): string[] {
  const s = unwrap(schema);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}
