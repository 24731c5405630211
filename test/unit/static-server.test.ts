import { connect } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { serveStatic } from '../helpers/static-server.ts';

// A browser keeps connections open to the servers it has used, and opens some before it needs them; with one
// browser context kept for a worker's tests, those are still open when a test block closes its server.
// Closing must not wait for them: a connection that has sent no request yet held server.close() until Node's
// header timeout, a minute, longer than a test hook may take.
test('closing the test server does not wait for a connection that is open without a request', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  const server = await serveStatic(dir);
  const { hostname, port } = new URL(server.url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  // Well under the header timeout: a close that waited for the idle connection would miss it.
  const closed = await Promise.race([
    server.close().then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), 10_000)),
  ]);
  expect(
    closed,
    'server.close() did not return within 10 s while a connection without a request was open',
  ).toBe(true);
  await ended;
});
