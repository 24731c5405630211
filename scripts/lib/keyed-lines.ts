// The file format of the stores `npm run check` keeps between runs (scripts/lib/entry-memo.ts,
// scripts/lib/parse-cache.ts): a first line naming the version (and what else must match), then one line
// per key, the key and what is stored under it split by a separator the key never holds. A run that
// stored something new appends its lines, as one write, so two runs at once add whole lines; a key
// appended again stands for the line before it. Once the lines no run will read again are as many as
// those it will, the file is written anew with only the live ones, so it does not grow without end.
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface KeyedLines {
  /** The last line of each key, whole (key and separator included). */
  lines: Map<string, string>;
  /** How many lines the file holds after its first, to know how many no run reads any more. */
  count: number;
}

/**
 * The lines of `file` by key, or undefined when it is missing or its first line is not `head`. Every
 * line ends in a line break, so a line cut short by a run that stopped while writing is left out.
 */
export function readKeyedLines(file: string, head: string, separator: string): KeyedLines | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const end = text.indexOf('\n');
  if (end < 0 || text.slice(0, end) !== head) return undefined;
  const lines = new Map<string, string>();
  let count = 0;
  for (let start = end + 1, next: number; (next = text.indexOf('\n', start)) >= 0; start = next + 1) {
    count++;
    const at = text.indexOf(separator, start);
    if (at > start && at < next) lines.set(text.slice(start, at), text.slice(start, next));
  }
  return { lines, count };
}

/**
 * Writes what a run keeps: `added` appended to what was `read`, or, when the file was missing, for other
 * code, or holds as many dead lines as live ones, only the `live` lines (each key's line this run used or
 * added) after `head`. A store that cannot be written only makes the next run slower, so errors are
 * ignored.
 */
export function saveKeyedLines(
  file: string,
  head: string,
  read: KeyedLines | undefined,
  live: readonly string[],
  added: readonly string[],
): void {
  try {
    if (read && read.count + added.length - live.length < live.length) {
      if (added.length) appendFileSync(file, `${added.join('\n')}\n`);
      return;
    }
    mkdirSync(dirname(file), { recursive: true });
    // Written aside and renamed: two runs at once never leave half a file.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, `${[head, ...live].join('\n')}\n`);
    renameSync(temp, file);
  } catch {
    // Nothing stored: the next run works it out again.
  }
}
