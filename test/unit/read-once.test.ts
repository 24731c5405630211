import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeOnce, readOnce } from '../../src/lib/read-once.ts';

describe('readOnce', () => {
  it('reads once however many pages ask, while the content cannot change', async () => {
    const read = vi.fn(async () => ['b', 'a']);
    const list = readOnce(read, () => false);
    await Promise.all([list(), list()]);
    await list();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('gives every caller a list of its own, so sorting one leaves the next alone', async () => {
    const list = readOnce(
      async () => ['b', 'a'],
      () => false,
    );
    (await list()).sort();
    expect(await list()).toEqual(['b', 'a']);
  });

  it('reads afresh on every call where the content can change (astro dev)', async () => {
    let version = 0;
    const list = readOnce(
      async () => [++version],
      () => true,
    );
    await list();
    expect(await list()).toEqual([2]);
  });
});

describe('computeOnce', () => {
  it('computes once for every file that asks, while the content cannot change', async () => {
    const compute = vi.fn(async () => ({ total: 1 }));
    const value = computeOnce(compute, () => false);
    expect(await value()).toBe(await value());
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('computes afresh on every call where the content can change (astro dev)', async () => {
    const compute = vi.fn(async () => ({ total: 1 }));
    const value = computeOnce(compute, () => true);
    await value();
    await value();
    expect(compute).toHaveBeenCalledTimes(2);
  });
});

// The site's lists, read through astro:content: a build asks Astro for each collection once.
const getCollection = vi.fn(async (name: string) =>
  name === 'indikationer'
    ? [
        { id: 'B-2', data: { gruppe: 'b', nummer: 2 } },
        { id: 'A-1', data: { gruppe: 'a', nummer: 1 } },
        { id: 'B-1', data: { gruppe: 'b', nummer: 1 } },
      ]
    : [
        { id: 'b', data: { omraade: 'x', navn: 'Bø' } },
        { id: 'a', data: { omraade: 'x', navn: 'Al' } },
      ],
);
vi.mock('astro:content', () => ({ getCollection, getEntry: vi.fn() }));

describe('getIndications and getGroups in a build', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
    getCollection.mockClear();
  });

  it('ask Astro for each collection once, and keep their order and group filter', async () => {
    vi.stubEnv('DEV', false);
    const { getGroups, getIndications } = await import('../../src/lib/content.ts');
    expect((await getIndications()).map((e) => e.id)).toEqual(['A-1', 'B-1', 'B-2']);
    expect((await getIndications('b')).map((e) => e.id)).toEqual(['B-1', 'B-2']);
    expect((await getGroups()).map((e) => e.id)).toEqual(['a', 'b']);
    await getGroups();
    expect(getCollection.mock.calls.map(([name]) => name).sort()).toEqual(['grupper', 'indikationer']);
  });

  it('read again on every call under astro dev', async () => {
    vi.stubEnv('DEV', true);
    const { getIndications } = await import('../../src/lib/content.ts');
    await getIndications();
    await getIndications('b');
    expect(getCollection).toHaveBeenCalledTimes(2);
  });
});
