// A worker thread that runs in the background lowers its own priority, not the process's.
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

describe.runIf(process.platform === 'linux')('a background thread', () => {
  it('gives way to the main thread, which keeps its priority', async () => {
    const before = getPriority();
    const code = `
      import { getPriority } from 'node:os';
      import { parentPort } from 'node:worker_threads';
      const { runInBackground } = await import(${JSON.stringify(new URL('../../src/lib/background-thread.ts', import.meta.url).href)});
      runInBackground();
      parentPort.postMessage(getPriority());`;
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`));
    const workerPriority = await new Promise<number>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(workerPriority).toBeGreaterThan(before);
    expect(getPriority()).toBe(before);
  });
});
