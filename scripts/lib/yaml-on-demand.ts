// The yaml package, which knows the line of every value, loaded the first time a check must point at a
// line or read a file js-yaml could not: content files are read with js-yaml (scripts/lib/content.ts),
// and after an edit that leaves every file valid and free of placeholders `npm run check` needs no line,
// so it does without yaml's some 70 modules. Node loads a package synchronously through require.
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const load = createRequire(import.meta.url);
let yaml: typeof Yaml | undefined;

/** The yaml package, loaded on first use. */
export const yamlPackage = (): typeof Yaml => (yaml ??= load('yaml') as typeof Yaml);
