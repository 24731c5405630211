import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/content.ts';
import { openParseCache } from '../../scripts/lib/parse-cache.ts';
import { fixtureRoot } from '../helpers/temp-project.ts';

const dirs: string[] = [];
const cacheFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'parse-cache-'));
  dirs.push(dir);
  return join(dir, 'sub', 'indhold.json');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the parse cache of npm run check', () => {
  it('gives back the data of a text seen in the last run, and nothing for a changed text', () => {
    const file = cacheFile();
    const first = openParseCache(file);
    expect(first.get('a: 1\n')).toBeUndefined();
    first.set('a: 1\n', { a: 1 });
    first.save();
    const second = openParseCache(file);
    expect(second.get('a: 1\n')).toEqual({ data: { a: 1 } });
    expect(second.get('a: 2\n')).toBeUndefined();
  });

  it('keeps only the texts of the last run, so it does not grow with every edit', () => {
    const file = cacheFile();
    const first = openParseCache(file);
    first.set('old: 1\n', { old: 1 });
    first.save();
    const second = openParseCache(file);
    second.set('new: 1\n', { new: 1 });
    second.save();
    const third = openParseCache(file);
    expect(third.get('old: 1\n')).toBeUndefined();
    expect(third.get('new: 1\n')).toEqual({ data: { new: 1 } });
  });

  it('adds the texts new in a run, and leaves out a line cut short', () => {
    const file = cacheFile();
    const first = openParseCache(file);
    first.set('a: 1\n', { a: 1, text: 'line one\nline two' });
    first.set('b: 1\n', { b: 1 });
    first.save();
    const second = openParseCache(file);
    expect(second.get('a: 1\n')).toEqual({ data: { a: 1, text: 'line one\nline two' } });
    expect(second.get('b: 1\n')).toEqual({ data: { b: 1 } });
    second.set('c: 1\n', { c: 1 });
    second.save();
    const third = openParseCache(file);
    expect(third.get('a: 1\n')).toEqual({ data: { a: 1, text: 'line one\nline two' } });
    expect(third.get('c: 1\n')).toEqual({ data: { c: 1 } });
    // A run that stopped while adding its line: the line has no line break yet.
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, -1));
    expect(openParseCache(file).get('c: 1\n')).toBeUndefined();
  });

  it('does not keep data that JSON would change (YAML .inf and .nan)', () => {
    const file = cacheFile();
    const cache = openParseCache(file);
    cache.set('x: .inf\n', { x: Infinity });
    cache.set('y: .nan\n', { y: [Number.NaN] });
    cache.save();
    expect(openParseCache(file).get('x: .inf\n')).toBeUndefined();
    expect(openParseCache(file).get('y: .nan\n')).toBeUndefined();
  });

  it('ignores a cache written by another version or left unreadable', () => {
    const file = cacheFile();
    const cache = openParseCache(file);
    cache.set('a: 1\n', { a: 1 });
    cache.save();
    const [version, ...lines] = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, ['older', ...lines].join('\n'));
    expect(openParseCache(file).get('a: 1\n')).toBeUndefined();
    writeFileSync(file, [version, ...lines.map((l) => l.slice(0, -3))].join('\n'));
    expect(openParseCache(file).get('a: 1\n')).toBeUndefined();
    writeFileSync(file, '{ not json');
    expect(openParseCache(file).get('a: 1\n')).toBeUndefined();
  });

  it('reads the content to the same data with a cold and a warm cache', () => {
    const file = cacheFile();
    const plain = readContent(fixtureRoot).map((e) => e.data);
    const cold = openParseCache(file);
    expect(readContent(fixtureRoot, undefined, cold).map((e) => e.data)).toEqual(plain);
    cold.save();
    const warm = openParseCache(file);
    let hits = 0;
    const counting = {
      ...warm,
      get: (t: string) => {
        const hit = warm.get(t);
        if (hit) hits++;
        return hit;
      },
    };
    expect(readContent(fixtureRoot, undefined, counting).map((e) => e.data)).toEqual(plain);
    expect(hits).toBeGreaterThan(0);
  });
});
