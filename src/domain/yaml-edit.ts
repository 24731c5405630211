import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

/**
 * Writes new data into a YAML text by changing only the text of the values that changed. Everything else
 * stays byte for byte as it was: comments (each content file starts with one naming its source), key order,
 * flow mappings such as `kilde: { dokument: …, sted: "…" }`, quoting and the line breaks of folded text. A
 * pull request from the web editor then shows the editor's change and nothing else.
 *
 * Re-serialising a parsed document (the `yaml` package's `String(doc)`) is not enough: it re-wraps every
 * folded text and long flow mapping. So the changes are found on the parsed document and applied as edits to
 * the original text, at the places the parser recorded for each node.
 *
 * The result is checked: when it does not read back as exactly `data`, the data is written as plain YAML
 * instead, so a layout this code cannot keep costs the layout, never a value.
 */

/** Options for {@link editYaml}. */
export interface EditYamlOptions {
  /** The order of the top-level fields, for placing a field the text does not have yet. */
  order?: readonly string[];
}

/** One change to the original text: the characters from `start` to `end` become `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A layout this code does not edit in place; the whole text is then written as plain YAML. */
class CannotKeepLayout extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether two parsed values are the same data (key order does not count). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a).filter((k) => a[k] !== undefined);
    return (
      keys.length === Object.keys(b).filter((k) => b[k] !== undefined).length &&
      keys.every((k) => Object.hasOwn(b, k) && sameData(a[k], b[k]))
    );
  }
  return false;
}

/** Data as new YAML, for a file with no original text to keep. */
export function plainYaml(data: unknown): string {
  return stringify(data, { lineWidth: 0 });
}

/** `original` with the values of `data` written in; see the module comment. */
export function editYaml(original: string, data: unknown, options: EditYamlOptions = {}): string {
  const doc = parseDocument(original);
  if (doc.errors.length === 0 && isMap(doc.contents) && isRecord(data)) {
    try {
      const edits: Edit[] = [];
      new Editor(original, doc, edits).map(doc.contents, data, false, options.order);
      const edited = applyEdits(original, edits);
      const reread = parseDocument(edited);
      if (reread.errors.length === 0 && sameData(reread.toJS(), data)) return edited;
    } catch (e) {
      if (!(e instanceof CannotKeepLayout)) throw e;
    }
  }
  return plainYaml(data);
}

function applyEdits(text: string, edits: Edit[]): string {
  // Insertions before removals at the same place; otherwise in the order they were made (the sort is stable).
  const sorted = [...edits].sort((a, b) => a.start - b.start || (a.end - a.start === 0 ? -1 : 0));
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) throw new CannotKeepLayout('overlapping edits');
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

const FLOW_SPECIAL = /[,[\]{}]/;

/** A value written as a scalar in one line (numbers, true/false, null, or a string in the given style). */
function scalarText(value: unknown, type: Scalar['type'], inFlow: boolean): string {
  if (typeof value !== 'string') return stringify(value).trimEnd();
  const styled = (t: Scalar['type']) => {
    const doc = new Document(value);
    (doc.contents as Scalar).type = t;
    return doc.toString({ lineWidth: 0 }).trimEnd();
  };
  const plainLike = !type || type === 'PLAIN' || type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL';
  const text = styled(plainLike ? 'PLAIN' : type);
  // A plain scalar in a flow mapping or list ends at a comma or bracket, and one line cannot hold a line break.
  if (value.includes('\n') || (inFlow && !/^["']/.test(text) && FLOW_SPECIAL.test(text)))
    return styled('QUOTE_DOUBLE');
  return text;
}

/** A value in flow style on one line: `{ a: 1, b: x }` for mappings, `[a, b]` for lists (the content's style). */
function flowText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowText).join(', ')}]`;
  if (isRecord(value)) {
    const pairs = Object.entries(value).map(([k, v]) => `${scalarText(k, 'PLAIN', true)}: ${flowText(v)}`);
    return pairs.length ? `{ ${pairs.join(', ')} }` : '{}';
  }
  return scalarText(value, 'PLAIN', true);
}

/** Block YAML for `value` as lines, each to be indented by the caller. */
function blockLines(value: unknown): string[] {
  return plainYaml(value).replace(/\n$/, '').split('\n');
}

/** Lines indented by `indent` spaces (blank lines stay empty), the first one only if `first` says so. */
function indentLines(lines: string[], indent: number, first: boolean): string {
  const pad = ' '.repeat(indent);
  return lines.map((l, i) => (l === '' || (i === 0 && !first) ? l : pad + l)).join('\n') + '\n';
}

class Editor {
  private readonly text: string;
  private readonly doc: Document;
  private readonly edits: Edit[];

  constructor(text: string, doc: Document, edits: Edit[]) {
    this.text = text;
    this.doc = doc;
    this.edits = edits;
  }

  private lineStart(pos: number): number {
    return this.text.lastIndexOf('\n', pos - 1) + 1;
  }

  private column(pos: number): number {
    return pos - this.lineStart(pos);
  }

  /** Whether only spaces stand between the start of its line and `pos`. */
  private startsLine(pos: number): boolean {
    return /^ *$/.test(this.text.slice(this.lineStart(pos), pos));
  }

  private js(node: Node | null | undefined): unknown {
    return node ? node.toJS(this.doc) : null;
  }

  private range(node: Node | null | undefined): [number, number, number] {
    if (!node?.range) throw new CannotKeepLayout('node without position');
    return node.range;
  }

  /** Text to add where a new line starts at `pos`: a line break first if `pos` is not at a line start. */
  private atLineStart(pos: number, text: string): string {
    return pos > 0 && this.text[pos - 1] !== '\n' ? `\n${text}` : text;
  }

  /** Brings `node` to `value`; `replace` writes the value anew where the node's layout cannot take it. */
  private node(node: Node | null, value: unknown, inFlow: boolean, replace: () => void): void {
    if (node && sameData(this.js(node), value)) return;
    if (isMap(node) && isRecord(value)) {
      if (node.flow) this.flowCollection(node, value);
      else this.map(node, value, inFlow);
    } else if (isSeq(node) && Array.isArray(value) && (node.flow || value.length > 0)) {
      if (node.flow) this.flowCollection(node, value);
      else this.seq(node, value);
    } else if (isScalar(node) && (value === null || typeof value !== 'object')) {
      this.scalar(node, value, inFlow, replace);
    } else replace();
  }

  private scalar(node: Scalar, value: unknown, inFlow: boolean, replace: () => void): void {
    const [start, end] = this.range(node);
    // `key:` with nothing after it has no text to overwrite.
    if (start === end) return replace();
    if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
      if (typeof value !== 'string') return replace();
      this.edits.push({ start, end, text: this.blockScalar(node, value) });
      return;
    }
    if (typeof value === 'string' && value.includes('\n') && !inFlow) return replace();
    this.edits.push({ start, end, text: scalarText(value, node.type, inFlow) });
  }

  /** A folded or literal text with a new value, indented and about as wide as the original. */
  private blockScalar(node: Scalar, value: string): string {
    const [start, end] = this.range(node);
    const content = this.text.slice(start, end).split('\n').slice(1);
    const lines = content.filter((l) => l.trim() !== '');
    const indent = Math.min(...lines.map((l) => l.length - l.trimStart().length));
    const width = Math.max(...lines.map((l) => l.length), 80);
    const doc = new Document(value);
    (doc.contents as Scalar).type = node.type;
    const [header, ...body] = doc
      .toString({ lineWidth: Math.max(width - indent, 40) })
      .replace(/\n$/, '')
      .split('\n');
    return indentLines([header!, ...body], Number.isFinite(indent) ? indent : 2, false);
  }

  /** A flow mapping or list rewritten on one line, with the text of unchanged items kept as it was. */
  private flowCollection(node: YAMLMap | YAMLSeq, value: unknown): void {
    const [start, end] = this.range(node);
    this.edits.push({ start, end, text: this.flowRebuilt(node, value) });
  }

  private flowRebuilt(node: Node | null, value: unknown): string {
    if (node && sameData(this.js(node), value)) {
      const [start, end] = this.range(node);
      return this.text.slice(start, end);
    }
    if (isScalar(node) && (value === null || typeof value !== 'object') && !/^[|>]/.test(this.source(node)))
      return scalarText(value, node.type, true);
    const padded = node ? /^[[{] /.test(this.source(node)) : undefined;
    if (isMap(node) && isRecord(value)) {
      const pairs: string[] = [];
      const seen = new Set<string>();
      for (const pair of node.items as Pair<Node, Node>[]) {
        const key = this.keyOf(pair);
        seen.add(key);
        if (value[key] === undefined) continue;
        const keyText = this.source(pair.key);
        pairs.push(`${keyText}: ${this.flowRebuilt(pair.value, value[key])}`);
      }
      for (const [key, v] of Object.entries(value))
        if (!seen.has(key) && v !== undefined)
          pairs.push(`${scalarText(key, 'PLAIN', true)}: ${flowText(v)}`);
      const pad = (padded ?? true) && pairs.length ? ' ' : '';
      return `{${pad}${pairs.join(', ')}${pad}}`;
    }
    if (isSeq(node) && Array.isArray(value)) {
      const items = node.items as Node[];
      const texts = value.map((v, i) => this.flowRebuilt(items[i] ?? null, v));
      const pad = padded && texts.length ? ' ' : '';
      return `[${pad}${texts.join(', ')}${pad}]`;
    }
    return flowText(value);
  }

  private source(node: Node | null | undefined): string {
    const [start, end] = this.range(node);
    return this.text.slice(start, end);
  }

  private keyOf(pair: Pair<unknown, unknown>): string {
    if (!isScalar(pair.key)) throw new CannotKeepLayout('a key that is not a scalar');
    return String(pair.key.value);
  }

  /** Where a block mapping's pair starts and ends in the text (the end includes its line break). */
  private pairExtent(pair: Pair<Node, Node | null>): { start: number; end: number } {
    const keyStart = this.range(pair.key)[0];
    const end = pair.value ? this.range(pair.value)[2] : this.range(pair.key)[2];
    return { start: this.startsLine(keyStart) ? this.lineStart(keyStart) : keyStart, end };
  }

  /** A block mapping: changed values in place, removed keys' lines out, new keys in. */
  map(node: YAMLMap, value: Record<string, unknown>, inFlow: boolean, order?: readonly string[]): void {
    const pairs = node.items as Pair<Node, Node | null>[];
    if (pairs.length === 0) throw new CannotKeepLayout('an empty block mapping');
    const keyColumn = this.column(this.range(pairs[0]!.key)[0]);
    const pairText = (key: string, v: unknown, first: boolean) => {
      const lines = blockLines({ [key]: v });
      return indentLines(lines, keyColumn, first);
    };
    const keys = pairs.map((p) => this.keyOf(p));
    pairs.forEach((pair, i) => {
      const key = keys[i]!;
      const extent = this.pairExtent(pair);
      const atStart = this.startsLine(this.range(pair.key)[0]);
      if (value[key] === undefined) {
        this.edits.push({ ...extent, text: '' });
        return;
      }
      this.node(pair.value, value[key], inFlow, () =>
        this.edits.push({ ...extent, text: pairText(key, value[key], atStart) }),
      );
    });
    const added = Object.keys(value).filter((k) => value[k] !== undefined && !keys.includes(k));
    const end = this.pairExtent(pairs[pairs.length - 1]!).end;
    for (const key of added) {
      // A top-level field goes before the first field that the order puts after it; others go last.
      const rank = order?.indexOf(key) ?? -1;
      const before =
        rank < 0
          ? -1
          : keys.findIndex((k, i) => {
              const r = order!.indexOf(k);
              return r > rank && this.startsLine(this.range(pairs[i]!.key)[0]);
            });
      const pos = before < 0 ? end : this.pairExtent(pairs[before]!).start;
      this.edits.push({ start: pos, end: pos, text: this.atLineStart(pos, pairText(key, value[key], true)) });
    }
  }

  /** Where a block list's item starts (at its dash's line) and ends (after its line break). */
  private itemExtent(item: Node): { start: number; end: number; dash: number } {
    const [start, , end] = this.range(item);
    const lineStart = this.lineStart(start);
    const lead = /^( *)- +$/.exec(this.text.slice(lineStart, start));
    if (!lead) throw new CannotKeepLayout('a list item that does not start its own line');
    return { start: lineStart, end, dash: lead[1]!.length };
  }

  /**
   * A block list: items are matched to the new list by their longest common run (so removing one item
   * removes its lines, not a shift of every item after it), the rest is changed in place, removed or added.
   */
  private seq(node: YAMLSeq, value: unknown[]): void {
    const items = node.items as Node[];
    const before = items.map((item) => this.js(item));
    const n = items.length;
    const m = value.length;
    // Longest common subsequence of equal items.
    const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        lcs[i]![j] = sameData(before[i], value[j])
          ? lcs[i + 1]![j + 1]! + 1
          : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    const anchors: [number, number][] = [];
    for (let i = 0, j = 0; i < n && j < m;) {
      if (sameData(before[i], value[j])) anchors.push([i++, j++]);
      else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
      else j++;
    }
    anchors.push([n, m]);
    const dash = this.itemExtent(items[0]!).dash;
    const flowItems = items.some((item) => (isMap(item) || isSeq(item)) && item.flow);
    const itemText = (v: unknown) =>
      flowItems && (isRecord(v) || Array.isArray(v))
        ? `${' '.repeat(dash)}- ${flowText(v)}\n`
        : indentLines(blockLines([v]), dash, true);
    let i = 0;
    let j = 0;
    for (const [ai, aj] of anchors) {
      const common = Math.min(ai - i, aj - j);
      for (let k = 0; k < common; k++) {
        const item = items[i + k]!;
        const extent = this.itemExtent(item);
        this.node(item, value[j + k], false, () =>
          this.edits.push({ start: extent.start, end: extent.end, text: itemText(value[j + k]) }),
        );
      }
      for (let k = i + common; k < ai; k++) this.edits.push({ ...this.itemExtent(items[k]!), text: '' });
      if (aj - j > common) {
        const last = ai - 1;
        const pos = last >= 0 ? this.itemExtent(items[last]!).end : this.itemExtent(items[0]!).start;
        const text = value
          .slice(j + common, aj)
          .map(itemText)
          .join('');
        this.edits.push({ start: pos, end: pos, text: this.atLineStart(pos, text) });
      }
      i = ai + 1;
      j = aj + 1;
    }
  }
}
