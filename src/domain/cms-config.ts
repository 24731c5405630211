import { z } from 'zod';
import { collections, type CollectionName, type CollectionSpec } from '../../schemas/collections.ts';
import { CMS_FORMATS } from './cms-formats.ts';

/**
 * The web editor's configuration (Decap CMS, served at /admin/), generated from the zod schemas and their
 * Danish descriptions, so the editor's forms have no copy of the schema of their own. The schema is read
 * through zod's public JSON Schema export; each JSON Schema type maps to the Decap widget that writes the
 * same YAML value.
 */

/** One field of a Decap collection (the subset of Decap's field options this generator writes). */
export interface DecapField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'object' | 'list' | 'hidden';
  hint?: string;
  required?: boolean;
  default?: unknown;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  options?: string[];
  multiple?: boolean;
  pattern?: [string, string];
  collapsed?: boolean;
  fields?: DecapField[];
  field?: DecapField;
}

/** The parts of a JSON Schema (as z.toJSONSchema writes it) that the mapping reads. */
interface JsonSchema {
  type?: string;
  title?: string;
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  pattern?: string;
  format?: string;
}

/** The input side of a zod schema (what an editor writes), as JSON Schema. */
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

// zod writes the limits of a plain number as JavaScript's safe-integer range; they say nothing to an editor.
const isNoLimit = (n: number | undefined) => n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER;

/** Decap's number widget checks `min`/`max`; JSON Schema's exclusive bounds become inclusive ones. */
function numberLimits(s: JsonSchema, int: boolean): Pick<DecapField, 'min' | 'max'> {
  const step = int ? 1 : 0;
  const min = s.minimum ?? (s.exclusiveMinimum === undefined ? undefined : s.exclusiveMinimum + step);
  const max = s.maximum ?? (s.exclusiveMaximum === undefined ? undefined : s.exclusiveMaximum - step);
  return { ...(isNoLimit(min) ? {} : { min }), ...(isNoLimit(max) ? {} : { max }) };
}

/**
 * Free text (at least a few characters, no fixed form) gets a text area, which grows with its text;
 * a string with a pattern, a format or almost no length (ids, dates, addresses) a one-line input.
 */
const isProse = (s: JsonSchema) => !s.pattern && !s.format && (s.minLength ?? 0) >= 3;

/** The widget-specific part of a field for one JSON Schema, or undefined when no Decap widget writes it. */
function widgetOf(s: JsonSchema, inOptional: boolean): Omit<DecapField, 'name' | 'label'> | undefined {
  if (s.const !== undefined) return { widget: 'hidden', default: s.const };
  if (s.enum) {
    return s.enum.every((v) => typeof v === 'string')
      ? { widget: 'select', options: s.enum as string[] }
      : undefined;
  }
  switch (s.type) {
    case 'string':
      if (s.pattern)
        return {
          widget: 'string',
          pattern: [s.pattern, 'Værdien har ikke den form, feltet kræver; se hjælpeteksten under feltet.'],
        };
      return { widget: isProse(s) ? 'text' : 'string' };
    case 'integer':
      return { widget: 'number', value_type: 'int', ...numberLimits(s, true) };
    case 'number':
      return { widget: 'number', value_type: 'float', ...numberLimits(s, false) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'object': {
      const fields = fieldsOf(s, inOptional);
      return fields.length ? { widget: 'object', collapsed: true, fields } : undefined;
    }
    case 'array': {
      const items = s.items ?? {};
      if (items.enum && items.enum.every((v) => typeof v === 'string'))
        return { widget: 'select', multiple: true, options: items.enum as string[] };
      // An item in a list is there because the editor added it, so what it requires is required.
      if (items.type === 'object') {
        const fields = fieldsOf(items, false);
        return fields.length ? { widget: 'list', collapsed: true, fields } : undefined;
      }
      const item = fieldOf('punkt', items, true, false);
      return item ? { widget: 'list', collapsed: true, field: item } : undefined;
    }
    default:
      // Unions (a number or "ikke angivet"), records and "any": Decap has no widget that writes them.
      return undefined;
  }
}

/**
 * One Decap field for a property. The label is the schema's title where it has one, else the field's name
 * as it stands in the file (the name the checks' messages use); the Danish description is the hint under it.
 * Undefined when no widget can write the value: the form leaves the field out, and Decap keeps its value in
 * the file untouched when it saves.
 */
export function fieldOf(
  name: string,
  s: JsonSchema,
  required: boolean,
  inOptional: boolean,
): DecapField | undefined {
  // Decap checks a required field even when the optional part it sits in is absent from the file, and would
  // refuse to save; such a field is optional in the form, and the build's checks still require it.
  const widget = widgetOf(s, inOptional || !required);
  if (!widget) return undefined;
  return {
    name,
    label: s.title ?? name,
    ...(s.description ? { hint: s.description } : {}),
    required: required && !inOptional,
    ...(s.default !== undefined && widget.widget !== 'hidden' ? { default: s.default } : {}),
    ...widget,
  };
}

function fieldsOf(s: JsonSchema, inOptional: boolean): DecapField[] {
  const required = new Set(s.required ?? []);
  return Object.entries(s.properties ?? {}).flatMap(
    ([name, p]) => fieldOf(name, p, required.has(name), inOptional) ?? [],
  );
}

/** The Decap fields for a zod object schema, in the schema's order. */
export function decapFields(schema: z.ZodType): DecapField[] {
  return fieldsOf(jsonSchemaOf(schema), false);
}

/** The field that names an entry in the editor's lists: the first required one-line or prose text field. */
function identifierField(fields: DecapField[]): string {
  const found = fields.find((f) => f.required && (f.widget === 'string' || f.widget === 'text'));
  if (!found)
    throw new Error('En samling i webeditoren skal have et påkrævet tekstfelt, der navngiver posten.');
  return found.name;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One Decap collection for one content collection, with the same folder, file type and schema. */
export function decapCollection(name: string, spec: CollectionSpec): Record<string, unknown> {
  const fields = decapFields(spec.schema);
  const folder = `content/${spec.folder}`;
  const mdx = spec.extension === '.mdx';
  const common = {
    name,
    label: capitalise(spec.label),
    description: `Filerne i ${folder}/.`,
    // Decap's preview is a list of raw values, not the page; the pull request's preview shows the page.
    editor: { preview: false },
    // Formats that write only what the editor changed, keeping comments and layout (src/domain/cms-formats.ts).
    format: (mdx ? CMS_FORMATS.frontmatter : CMS_FORMATS.yaml).name,
  };
  if (spec.singleEntry) {
    const file = `${folder}/${spec.singleEntry}${spec.extension}`;
    return { ...common, files: [{ name: spec.singleEntry, label: capitalise(spec.label), file, fields }] };
  }
  return {
    ...common,
    label_singular: spec.label,
    folder,
    extension: spec.extension.slice(1),
    // A new entry's file name must follow the collection's rule (an indication's code, a source's id);
    // `npm run ny` makes new entries with the right name and the standard headings.
    create: false,
    // Other entries refer to these by file name; removing one is a change to make where the checks run.
    delete: false,
    identifier_field: identifierField(fields),
    fields: mdx
      ? [
          ...fields,
          // The text of an MDX page is edited as written: a rich-text editor would rewrite its components.
          {
            name: 'body',
            label: 'Tekst (MDX)',
            widget: 'text',
            hint: 'Sidens tekst i Markdown med komponenter som <Kilde … /> og <Term …>; se CONTRIBUTING.md.',
          },
        ]
      : fields,
  };
}

export interface DecapSettings {
  /** The GitHub repository as owner/name. */
  repo: string;
  branch: string;
  /** The site's public address, for Decap's "view live" links. */
  siteUrl?: string;
  /** The OAuth client that signs editors in to GitHub (Decap's `base_url`); Decap's default when absent. */
  authUrl?: string;
}

/** Decap's whole configuration: GitHub with a pull request per change, and every content collection. */
export function decapConfig(settings: DecapSettings): Record<string, unknown> {
  return {
    locale: 'da',
    backend: {
      name: 'github',
      repo: settings.repo,
      branch: settings.branch,
      ...(settings.authUrl ? { base_url: settings.authUrl } : {}),
    },
    // Each change is a branch and a pull request, so the checks and the preview run before it is merged.
    publish_mode: 'editorial_workflow',
    // Decap looks for `npx decap-server` (which writes straight to the files) only when the editor runs on
    // localhost or 127.0.0.1; on the public site this setting does nothing.
    local_backend: true,
    ...(settings.siteUrl ? { site_url: settings.siteUrl, display_url: settings.siteUrl } : {}),
    // No field takes files or images; Decap still requires a media folder.
    media_folder: 'public/filer',
    collections: (Object.keys(collections) as CollectionName[]).map((name) =>
      decapCollection(name, collections[name]),
    ),
  };
}
