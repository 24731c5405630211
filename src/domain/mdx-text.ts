import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { TextBlock } from './lix.ts';

/**
 * Reading the MDX body of a page as a reader meets it, for the readability check and the page's
 * own LIX. The same functions run in `npm run check`, in the build and on the page, so the number an
 * editor sees in the summary is the number in the page's metadata.
 *
 * What counts as running text (documented for editors in content/patienter/README.md):
 * - paragraphs, list items and table cells, each as its own block;
 * - the words inside components such as <Term>;
 * - NOT headings: they are short questions that help the reader find their way, and counting them
 *   would lower the LIX of the text under them without making it easier;
 * - NOT source citations (<Kilde>): a reader skips them, and document titles are not prose;
 * - NOT code, imports/exports or {expressions}.
 */

/** JSX components whose content is not running text. */
const NOT_PROSE = new Set(['Kilde']);
const BLOCKS = new Set(['paragraph', 'tableCell']);
const SKIPPED = new Set([
  'heading',
  'code',
  'inlineCode',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'yaml',
]);

const parsed = new Map<string, Root>();

/** Parses an MDX body. Several checks read the same bodies, so trees are cached; callers must not change them. */
export function parseMdx(body: string): Root {
  let tree = parsed.get(body);
  if (!tree) {
    // GFM because Astro's MDX reads tables and strikethrough too; the same text must be measured.
    tree = remark().use(remarkMdx).use(remarkGfm).parse(body);
    parsed.set(body, tree);
  }
  return tree;
}

export interface MdxSyntaxError {
  message: string;
  /** Line in the file, when the parser knows it. */
  line?: number;
}

/**
 * The syntax error in an MDX body, if any. Checks ask this first, so that a stray "{" or "<" in a
 * text gives one Danish message with its line instead of a crash.
 */
export function mdxSyntaxError(body: string, lineOffset = 0): MdxSyntaxError | undefined {
  try {
    parseMdx(body);
    return undefined;
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number };
    return {
      message: e.reason ?? e.message ?? String(error),
      line: typeof e.line === 'number' ? e.line + lineOffset : undefined,
    };
  }
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

function isJsx(node: Nodes): node is Jsx {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/**
 * The running text of an MDX body as blocks with their line numbers.
 * `lineOffset` is the number of lines before the body in its file (the frontmatter).
 */
export function runningText(body: string, lineOffset = 0): TextBlock[] {
  // One walk over the cached tree, skipping what is not prose, instead of cloning and pruning it: at a
  // thousand patient pages the clone was most of the readability check's time.
  const dropped = (node: Nodes) => SKIPPED.has(node.type) || (isJsx(node) && NOT_PROSE.has(node.name ?? ''));
  // Like mdast-util-to-string (value, then image alt, then children) without HTML and dropped nodes.
  const text = (node: Nodes): string => {
    if (dropped(node) || node.type === 'html') return '';
    if ('value' in node && typeof node.value === 'string') return node.value;
    if ('alt' in node && node.alt) return node.alt;
    return 'children' in node ? (node.children as Nodes[]).map(text).join('') : '';
  };
  const blocks: TextBlock[] = [];
  const walk = (node: Nodes): void => {
    if (dropped(node)) return;
    if (BLOCKS.has(node.type)) {
      const t = text(node).trim();
      if (t)
        blocks.push({ text: t, line: node.position ? node.position.start.line + lineOffset : undefined });
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(parseMdx(body));
  return blocks;
}

export interface JsxUse {
  name: string;
  attributes: Record<string, string | undefined>;
  /** The text between the opening and closing tag. */
  text: string;
  line?: number;
}

/** Every use of the named components in an MDX body, with literal attribute values. */
export function componentUses(body: string, names: readonly string[], lineOffset = 0): JsxUse[] {
  const uses: JsxUse[] = [];
  visit(parseMdx(body), (node) => {
    if (!isJsx(node as Nodes)) return;
    const jsx = node as Jsx;
    if (!jsx.name || !names.includes(jsx.name)) return;
    const attributes: Record<string, string | undefined> = {};
    for (const a of jsx.attributes) {
      if (a.type === 'mdxJsxAttribute')
        attributes[a.name] = typeof a.value === 'string' ? a.value : undefined;
    }
    uses.push({
      name: jsx.name,
      attributes,
      text: toString(jsx).trim(),
      line: jsx.position ? jsx.position.start.line + lineOffset : undefined,
    });
  });
  return uses;
}

/** Number of lines before the body of an MDX file: the frontmatter and its fences. */
export function bodyLineOffset(fileText: string, body: string): number {
  const start = fileText.length - body.length;
  return start <= 0 ? 0 : fileText.slice(0, start).split('\n').length - 1;
}
