import { parseDocument } from 'yaml';
import { editYaml, plainYaml } from './yaml-edit.ts';

/**
 * The file formats the web editor (Decap CMS) reads and writes the content with. Decap's own formats write
 * each saved file anew: every `#` comment is lost and every flow mapping `{ … }` becomes block style, so a
 * pull request from the editor shows far more change than the editor made. These formats write only the
 * values that changed into the file's own text (src/domain/yaml-edit.ts).
 *
 * Decap hands `toFile` only the entry's data, not which file it came from. So `fromFile` puts the file's
 * text into the data under {@link ORIGINAL_TEXT}, a key no schema has and no form shows; Decap keeps keys its
 * form does not know, and gives them back to `toFile` with the editor's changes. The text thus travels with
 * its own entry (also through Decap's local drafts), and there is nothing to match up.
 */

/** The key in an entry's data that holds the text the entry was read from. */
export const ORIGINAL_TEXT = '__originalText';

/** The formats' names, as the configuration (src/domain/cms-config.ts) and the editor page use them. */
export const CMS_FORMATS = {
  yaml: { name: 'yaml-in-place', extension: 'yaml' },
  frontmatter: { name: 'frontmatter-in-place', extension: 'mdx' },
} as const;

/** The two functions of a Decap file format (`CMS.registerCustomFormat`). */
export interface DecapFormatter {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
}

function parseYaml(text: string): Record<string, unknown> {
  const doc = parseDocument(text);
  if (doc.errors.length)
    throw new Error(`Filen er ikke gyldig YAML:\n${doc.errors.map((e) => e.message).join('\n')}`);
  const data: unknown = doc.toJS();
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : {};
}

/** The data without the original text, and the text, if the entry was read from a file. */
function split(data: Record<string, unknown>): [Record<string, unknown>, string | undefined] {
  const { [ORIGINAL_TEXT]: original, ...rest } = data;
  return [rest, typeof original === 'string' ? original : undefined];
}

/** A YAML file: the data is the whole file. */
export const yamlInPlace: DecapFormatter = {
  fromFile: (text) => ({ ...parseYaml(text), [ORIGINAL_TEXT]: text }),
  toFile(data, sortedKeys) {
    const [rest, original] = split(data);
    return original === undefined ? plainYaml(rest) : editYaml(original, rest, { order: sortedKeys });
  },
};

/** `---`, the front matter, `---`, then the body (an MDX file). */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

function frontMatterOf(text: string): { yaml: string; body: string } | undefined {
  const match = FRONT_MATTER.exec(text);
  return match?.index === 0 ? { yaml: match[1]!, body: text.slice(match[0].length) } : undefined;
}

/** An MDX file: the front matter's fields, and the text after it as `body` (as in Decap's own format). */
export const frontmatterInPlace: DecapFormatter = {
  fromFile(text) {
    const parts = frontMatterOf(text) ?? { yaml: '', body: text };
    // Decap writes an empty body for an entry without one, so an empty body is not a field.
    return {
      ...parseYaml(parts.yaml),
      ...(parts.body.trim() ? { body: parts.body } : {}),
      [ORIGINAL_TEXT]: text,
    };
  },
  toFile(data, sortedKeys) {
    const [{ body, ...meta }, original] = split(data);
    const before = original === undefined ? undefined : frontMatterOf(original);
    const yaml = before ? editYaml(before.yaml, meta, { order: sortedKeys }) : plainYaml(meta);
    return `---\n${yaml}---\n${typeof body === 'string' ? body : ''}`;
  },
};
