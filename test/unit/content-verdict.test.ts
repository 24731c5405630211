// While the checks' verdict is pending, what Astro says about the content waits for it: a failed load and
// the warnings and errors Astro logs.
import { afterEach, describe, expect, it } from 'vitest';
import {
  awaitContentVerdict,
  dropHeldLog,
  guardLoader,
  holdLogEvent,
  pendingContentVerdict,
  type LogEvent,
} from '../../src/lib/content-verdict.ts';

/** A verdict the test gives: resolve() is the checks passing. */
function pendingVerdict() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  awaitContentVerdict(promise);
  return { promise, resolve };
}

const settle = () => new Promise((r) => setImmediate(r));
const event = (level: string, message: string): LogEvent => ({ level, label: 'content', message });

let open: ReturnType<typeof pendingVerdict> | undefined;
afterEach(async () => {
  open?.resolve();
  await open?.promise;
  open = undefined;
});

describe('the content verdict', () => {
  it('holds warnings and errors until the checks pass, then prints them in order', async () => {
    open = pendingVerdict();
    const written: string[] = [];
    const write = (e: LogEvent) => written.push(e.message);
    expect(holdLogEvent(event('warn', 'first'), write)).toBe(true);
    expect(holdLogEvent(event('info', 'Syncing content'), write)).toBe(false);
    expect(holdLogEvent(event('error', 'second'), write)).toBe(true);
    await settle();
    expect(written).toEqual([]);
    open.resolve();
    await open.promise;
    await settle();
    expect(written).toEqual(['first', 'second']);
    expect(pendingContentVerdict()).toBeUndefined();
    expect(holdLogEvent(event('warn', 'after'), write)).toBe(false);
  });

  it('drops what it held when the report is printed instead', async () => {
    open = pendingVerdict();
    const written: string[] = [];
    holdLogEvent(event('error', 'Invalid content reference'), (e) => written.push(e.message));
    dropHeldLog();
    open.resolve();
    await open.promise;
    await settle();
    expect(written).toEqual([]);
  });

  it('holds nothing when no checks are running', () => {
    expect(pendingContentVerdict()).toBeUndefined();
    expect(holdLogEvent(event('error', 'x'), () => {})).toBe(false);
  });

  it('lets a failed load through only after the verdict', async () => {
    open = pendingVerdict();
    const loader = guardLoader({
      name: 'glob',
      load: async (_context: unknown) => {
        throw new Error('Astro: does not match the schema');
      },
    });
    let failed = false;
    const loading = loader.load({}).catch((error: Error) => {
      failed = true;
      return error.message;
    });
    await settle();
    expect(failed).toBe(false);
    open.resolve();
    expect(await loading).toBe('Astro: does not match the schema');
  });

  it('lets a failed load through at once, and a good one always, without checks running', async () => {
    const failing = guardLoader({
      name: 'glob',
      load: async (_context: unknown) => Promise.reject(new Error('x')),
    });
    await expect(failing.load({})).rejects.toThrow('x');
    const loaded: unknown[] = [];
    const good = guardLoader({ name: 'glob', load: async (context: unknown) => void loaded.push(context) });
    await good.load('ctx');
    expect(loaded).toEqual(['ctx']);
  });
});
