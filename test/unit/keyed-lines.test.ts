import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readKeyedLines, saveKeyedLines } from '../../scripts/lib/keyed-lines.ts';

// The one file format of npm run check's stores: a head line, then keyed lines appended run after run.
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function storeFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyed-lines-'));
  dirs.push(dir);
  return join(dir, 'sub', 'lager.txt');
}
const linesOf = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n');

describe('the keyed lines of a store', () => {
  it('reads the last line of each key, and nothing under another head', () => {
    const file = storeFile();
    saveKeyedLines(file, 'v1', undefined, ['a\t1', 'b\t2'], ['a\t1', 'b\t2']);
    saveKeyedLines(file, 'v1', readKeyedLines(file, 'v1', '\t'), ['a\t3', 'b\t2'], ['a\t3']);
    const read = readKeyedLines(file, 'v1', '\t')!;
    expect([...read.lines]).toEqual([
      ['a', 'a\t3'],
      ['b', 'b\t2'],
    ]);
    expect(read.count).toBe(3);
    expect(readKeyedLines(file, 'v2', '\t')).toBeUndefined();
    expect(readKeyedLines(join(file, '..', 'mangler.txt'), 'v1', '\t')).toBeUndefined();
  });

  it('leaves out a line cut short by a run that stopped while writing', () => {
    const file = storeFile();
    saveKeyedLines(file, 'v1', undefined, ['a 1', 'b 2'], []);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, -1));
    expect([...readKeyedLines(file, 'v1', ' ')!.lines.keys()]).toEqual(['a']);
  });

  it('appends while the dead lines are fewer than the live ones, and then keeps only the live', () => {
    const file = storeFile();
    saveKeyedLines(file, 'v1', undefined, ['a 1', 'b 1', 'c 1'], []);
    // One line replaced: 4 lines, 1 dead, 3 live.
    saveKeyedLines(file, 'v1', readKeyedLines(file, 'v1', ' '), ['a 2', 'b 1', 'c 1'], ['a 2']);
    expect(linesOf(file)).toEqual(['v1', 'a 1', 'b 1', 'c 1', 'a 2']);
    // Only b is used now: 4 lines, 3 dead, 1 live: written anew.
    saveKeyedLines(file, 'v1', readKeyedLines(file, 'v1', ' '), ['b 1'], []);
    expect(linesOf(file)).toEqual(['v1', 'b 1']);
  });
});
