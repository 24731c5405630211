// The MDX reading of the checks (src/domain/mdx-text.ts, src/domain/readability.ts), loaded the first
// time a check reads an MDX body rather than when the checks load: the parser is some 200 modules, and
// after an edit of a YAML file `npm run check` takes what it knows of every MDX file from its store
// (scripts/lib/entry-memo.ts) without parsing one. Node loads an ES module synchronously through
// require, so the checks call these as they would the modules' own functions.
import { createRequire } from 'node:module';
import type * as MdxText from '../../src/domain/mdx-text.ts';
import type * as Readability from '../../src/domain/readability.ts';

const load = createRequire(import.meta.url);
let mdxText: typeof MdxText | undefined;
let readability: typeof Readability | undefined;
const mdx = () => (mdxText ??= load('../../src/domain/mdx-text.ts') as typeof MdxText);

export const bodyLineOffset: typeof MdxText.bodyLineOffset = (...args) => mdx().bodyLineOffset(...args);
export const componentUses: typeof MdxText.componentUses = (...args) => mdx().componentUses(...args);
export const mdxSyntaxError: typeof MdxText.mdxSyntaxError = (...args) => mdx().mdxSyntaxError(...args);
export const patientPageLix: typeof Readability.patientPageLix = (...args) =>
  (readability ??= load('../../src/domain/readability.ts') as typeof Readability).patientPageLix(...args);
