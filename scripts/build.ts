// `npm run build [-- astro build options]`: the complete site in dist/, or exit code 1 with a Danish report.
//
// First `astro build` (the content checks, the pages, the data exports, the sitemap), then, in a process of
// its own once Astro's has exited, the search index and the checks of the built HTML
// (src/integrations/after-build.ts). Run inside Astro's process they came on top of the memory Astro still
// held for every rendered page; this way the build's peak memory is Astro's own, as for a bare build followed
// by Pagefind. Both steps write to this terminal as they go.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HAND_OFF_VARIABLE } from './lib/hand-off.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const afterBuild = join(root, 'src', 'integrations', 'after-build.ts');

const folder = mkdtempSync(join(tmpdir(), 'genomvejledninger-hand-off-'));
const handOff = join(folder, 'hand-off.json');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [HAND_OFF_VARIABLE]: handOff };
const run = (args: string[]) => spawnSync(process.execPath, args, { stdio: 'inherit', env }).status ?? 1;
let status: number;
try {
  status = run([astro, 'build', ...process.argv.slice(2)]);
  if (status === 0 && !existsSync(handOff)) {
    process.stderr.write(
      '\nastro build gav ikke søgeindekset og tjekket af den byggede HTML videre: står afterBuildSteps() i astro.config.mjs?\n',
    );
    status = 1;
  }
  if (status === 0) status = run([afterBuild, handOff]);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exit(status);
