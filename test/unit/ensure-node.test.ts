import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/temp-project.ts';

// `npm test`, `npm run build` and `npm run dev` start with scripts/ensure-node.sh: on a machine whose
// Node is too old for Astro 7 it must stop with the one command that fixes it.
const stubs = mkdtempSync(join(tmpdir(), 'old-node-'));
afterAll(() => rmSync(stubs, { recursive: true, force: true }));

const run = (pathFirst: string) =>
  spawnSync('bash', [join(projectRoot, 'scripts', 'ensure-node.sh')], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${pathFirst}:/usr/bin:/bin` },
  });

describe('scripts/ensure-node.sh', () => {
  it('stops on Node 20 and says to run npm install', () => {
    // A stand-in for Node 20: `node -v` answers v20, and the version test (`node -e …`) fails like it would.
    writeFileSync(
      join(stubs, 'node'),
      '#!/bin/sh\nif [ "$1" = "-v" ]; then echo v20.20.2; exit 0; fi\nexit 1\n',
    );
    chmodSync(join(stubs, 'node'), 0o755);
    const result = run(stubs);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Node v20.20.2 is too old: Astro 7 needs Node >= 22.12. Run: npm install   (it installs Node 24 into node_modules)',
    );
  });

  it('passes with the Node that npm install brings', () => {
    const result = run(dirname(process.execPath));
    expect(result.status, result.stderr).toBe(0);
  });
});
