// `npm run bench [-- N ...]`: how the cost of the full pipeline grows with content, against a bare build.
//
// For each N (default 100, 500 and 2,000) it copies the project to a temp folder, adds N synthetic
// indications in N/2 synthetic groups made from the haematological cancer group (which has two
// indications), and times each stage with its peak memory:
//   full: `npm run build` (scripts/build.ts): astro build with all our integrations (it runs the content
//     checks itself), then the search index and built-HTML checks in their own process
//   checks: `npm run check` alone, timed for itself but not added to "full", since the build repeats it
//   bare: astro build of the same pages with only MDX (no checks, sitemap, CSP or built-HTML checks)
// Pagefind is timed on both, so "full / (bare + Pagefind)" compares with Starlight's figure for the same.
// The copy gets a short git history (scripts/lib/synthetic-content.ts), so the full build pays for its change
// log as a checkout does.
// Options: --repeat=R runs every stage R times and keeps the median of each figure; --keep leaves the temp
// folders for inspection; --history-cost also builds the full site without its git history, to show what
// the change log costs. The run fails (exit 1) when, at the largest size, the full build takes more than
// 1.2 times bare + Pagefind in wall time or 1.3 times its peak memory: budgets, not a timed test.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyProject } from './lib/temp-copy.ts';
import { commitSyntheticHistory, generateSynthetic } from './lib/synthetic-content.ts';
import { MEMORY_BUDGET, WALL_BUDGET, median, overBudget } from './lib/bench-budget.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** What `npm run build` runs, in the copy; its stage's memory is that of its whole process tree. */
const buildScript = 'scripts/build.ts';
const pagefindBin = join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const historyCost = args.includes('--history-cost');
// The median of several runs: one run that another job slowed (or a lucky quiet one) does not decide.
const repeat = Math.max(
  1,
  Number(args.find((a) => a.startsWith('--repeat='))?.slice('--repeat='.length) ?? 1),
);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const counts = sizes.length ? sizes : [100, 500, 2000];

interface Stage {
  name: string;
  seconds: number;
  peakMb: number | undefined;
  /** CPU time (user + system) of the stage's processes: steadier than wall time on a busy machine. */
  cpuSeconds: number | undefined;
  output: string;
}

/**
 * CPU seconds used by this process's finished children, from /proc/self/stat (cutime + cstime). A
 * child that has ended and been reaped adds its own time and that of its reaped descendants.
 */
function childCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat (cutime, cstime), counted after the ")" that ends field 2.
    return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/** Resident memory of a process and all its descendants, in kB, from /proc (Linux only). */
function treeRss(pid: number): { sum: number; hwm: number } | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return undefined;
  }
  const children = new Map<number, number[]>();
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(e)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let sum = 0;
  let hwm = 0;
  const queue = [pid];
  while (queue.length) {
    const p = queue.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      for (const line of status.split('\n')) {
        if (line.startsWith('VmRSS:')) sum += Number.parseInt(line.slice(6), 10);
        if (line.startsWith('VmHWM:')) hwm = Math.max(hwm, Number.parseInt(line.slice(6), 10));
      }
    } catch {
      // Gone already.
    }
    queue.push(...(children.get(p) ?? []));
  }
  return { sum, hwm };
}

// The default site and base path, whatever the caller's shell has set.
const benchEnv: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
delete benchEnv.SITE_URL;
delete benchEnv.BASE_PATH;

/** Runs one stage and measures its wall time and the peak memory of its process tree. */
function runStage(name: string, cwd: string, command: string[]): Promise<Stage> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const cpuBefore = childCpuSeconds();
    const child = spawn(process.execPath, command, {
      cwd,
      env: benchEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakKb: number | undefined;
    const sample = () => {
      const rss = child.pid ? treeRss(child.pid) : undefined;
      if (rss) peakKb = Math.max(peakKb ?? 0, rss.sum, rss.hwm);
    };
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - start) / 1000;
      const cpuAfter = childCpuSeconds();
      const cpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      if (code !== 0) reject(new Error(`Trinnet "${name}" fejlede (exit ${code}):\n${output.slice(-3000)}`));
      else
        resolve({
          name,
          seconds,
          peakMb: peakKb === undefined ? undefined : peakKb / 1024,
          cpuSeconds,
          output,
        });
    });
  });
}

/** The project's own config with only the MDX integration and no CSP: "a bare astro build". */
const BARE_CONFIG = `import config from './astro.config.mjs';
export default {
  ...config,
  integrations: [config.integrations ?? []].flat(Infinity).filter((i) => i && i.name === '@astrojs/mdx'),
  security: {},
};
`;

/** Per stage, over repeated runs: the median wall time, CPU time and peak memory. */
function best(runs: Stage[][]): Stage[] {
  return runs[0]!.map((_, i) => {
    const same = runs.map((r) => r[i]!);
    const defined = (xs: (number | undefined)[]) => xs.filter((x): x is number => x !== undefined);
    const seconds = median(same.map((s) => s.seconds))!;
    // Keep the output of the run nearest the median, so the checks' own time printed below belongs to it.
    const nearest = same.reduce((a, b) =>
      Math.abs(b.seconds - seconds) < Math.abs(a.seconds - seconds) ? b : a,
    );
    return {
      ...nearest,
      seconds,
      cpuSeconds: median(defined(same.map((s) => s.cpuSeconds))),
      peakMb: median(defined(same.map((s) => s.peakMb))),
    };
  });
}

function clearCaches(project: string): void {
  for (const dir of ['node_modules/.astro', 'node_modules/.vite', '.astro'])
    rmSync(join(project, dir), { recursive: true, force: true });
}

const fmt = (s: number) => s.toFixed(2).padStart(7);
const mb = (m: number | undefined) => (m === undefined ? '      –' : m.toFixed(0).padStart(7));

interface Row {
  n: number;
  pages: number;
  check: Stage;
  /** `npm run check` again on the same files: the outcome the first run stored is given again. */
  warmCheck: Stage;
  /** `npm run check` after one indication changed: an editor's run, with the caches the runs before left. */
  editedCheck: Stage;
  full: Stage[];
  bare: Stage[];
  /** The full build with the git history moved away (--history-cost). */
  noHistory?: Stage;
  indexInBuild: boolean;
}

async function benchOne(n: number): Promise<Row> {
  const project = mkdtempSync(join(tmpdir(), `genomvejledninger-bench-${n}-`));
  try {
    copyProject(root, project);
    const { groups, indications } = generateSynthetic(root, project, n);
    writeFileSync(join(project, 'astro.bare.config.mjs'), BARE_CONFIG);
    const { commits } = commitSyntheticHistory(project);
    console.log(
      `\nN = ${n}: ${indications} syntetiske indikationer i ${groups} grupper, ${commits} commits (${project})`,
    );

    const runs: Pick<Row, 'check' | 'warmCheck' | 'editedCheck' | 'full' | 'bare' | 'noHistory'>[] = [];
    let indexInBuild = false;
    for (let r = 0; r < repeat; r++) {
      // Cold: no parse cache from an earlier run (scripts/lib/parse-cache.ts); warm: an editor's next run.
      rmSync(join(project, 'node_modules', '.cache'), { recursive: true, force: true });
      const check = await runStage('tjek', project, ['scripts/check.ts']);
      const warmCheck = await runStage('tjek (varm)', project, ['scripts/check.ts']);
      // A comment added to one indication: valid, but the files are no longer those the last run saw.
      const indications = join(project, 'content', 'indikationer');
      const edited = join(indications, readdirSync(indications).filter((f) => f.endsWith('.yaml'))[0]!);
      const before = readFileSync(edited, 'utf8');
      writeFileSync(edited, `${before}# Ændret til måling.\n`);
      const editedCheck = await runStage('tjek (1 fil)', project, ['scripts/check.ts']);
      writeFileSync(edited, before);
      const runFull = async () => {
        const full: Stage[] = [];
        clearCaches(project);
        full.push(await runStage('build', project, [buildScript]));
        // A search integration may already have written the index during the build.
        indexInBuild = existsSync(join(project, 'dist', 'pagefind'));
        if (!indexInBuild) full.push(await runStage('søgeindeks', project, [pagefindBin, '--site', 'dist']));
        return full;
      };
      const runBare = async () => {
        clearCaches(project);
        return [
          await runStage('build', project, [
            astroBin,
            'build',
            '--config',
            'astro.bare.config.mjs',
            '--outDir',
            'dist-bare',
          ]),
          await runStage('søgeindeks', project, [pagefindBin, '--site', 'dist-bare']),
        ];
      };
      // The same full build without .git: the pages then say the history is not included.
      const runNoHistory = async () => {
        if (!historyCost) return undefined;
        clearCaches(project);
        renameSync(join(project, '.git'), join(project, '.git-hidden'));
        try {
          return await runStage('uden historik', project, [buildScript]);
        } finally {
          renameSync(join(project, '.git-hidden'), join(project, '.git'));
        }
      };
      // Alternate the order, so a machine that gets busier during a run does not always hit the same side.
      if (r % 2 === 0) {
        const full = await runFull();
        const noHistory = await runNoHistory();
        runs.push({ check, warmCheck, editedCheck, full, noHistory, bare: await runBare() });
      } else {
        const bare = await runBare();
        const noHistory = await runNoHistory();
        runs.push({ check, warmCheck, editedCheck, full: await runFull(), noHistory, bare });
      }
    }
    const check = best(runs.map((r) => [r.check]))[0]!;
    const warmCheck = best(runs.map((r) => [r.warmCheck]))[0]!;
    const editedCheck = best(runs.map((r) => [r.editedCheck]))[0]!;
    const full = best(runs.map((r) => r.full));
    const bare = best(runs.map((r) => r.bare));
    const noHistory = historyCost ? best(runs.map((r) => [r.noHistory!]))[0] : undefined;

    const pages = readdirSync(join(project, 'dist'), { recursive: true }).filter((f) =>
      String(f).endsWith('.html'),
    ).length;
    for (const [label, stages] of [
      ['', [check, warmCheck, editedCheck]],
      ['fuld', full],
      ['fuld', noHistory ? [noHistory] : []],
      ['bar', bare],
    ] as const) {
      for (const s of stages)
        console.log(
          `  ${label.padEnd(5)} ${s.name.padEnd(11)} ${fmt(s.seconds)} s  (CPU ${s.cpuSeconds === undefined ? '–' : s.cpuSeconds.toFixed(2)} s) ${mb(s.peakMb)} MB`,
        );
    }
    return { n, pages, check, warmCheck, editedCheck, full, bare, noHistory, indexInBuild };
  } finally {
    if (keep) console.log(`  (beholdt: ${project})`);
    else rmSync(project, { recursive: true, force: true });
  }
}

console.log(
  `Maskine: ${cpus().length} kerner, ${(totalmem() / 2 ** 30).toFixed(0)} GB; belastning (1/5/15 min) ved start: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}; ${repeat} kørsel(er) pr. trin.`,
);
const rows: Row[] = [];
for (const n of counts) rows.push(await benchOne(n));

const sum = (stages: Stage[], names?: string[]) =>
  stages.filter((s) => !names || names.includes(s.name)).reduce((t, s) => t + s.seconds, 0);
const peak = (stages: Stage[]) => Math.max(...stages.map((s) => s.peakMb ?? 0));
const seconds = (stages: Stage[], name: string) => stages.find((s) => s.name === name)?.seconds;

console.log(
  `\nBelastning ved slut: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}. Med anden last på maskinen er væg-tiderne usikre; CPU-tiderne mindre.`,
);
console.log(`
Tider i sekunder (væg-tid; CPU-tid i de sidste kolonner), hukommelse som højeste RSS for trinnets processer i MB.
     N  sider |  tjek  heraf ms  ms/ind.   build  søgeidx    fuld  maks MB | bar build  bar+pf  maks MB | fuld/bar  fuld/(bar+pf) | CPU: fuld/bar  fuld/(bar+pf)`);
for (const r of rows) {
  const check = r.check.seconds;
  // The checks' own time, without Node's start-up, as scripts/check.ts prints it.
  const inner = Number(/på (\d+) ms/.exec(r.check.output)?.[1] ?? Number.NaN);
  const index = r.indexInBuild ? undefined : seconds(r.full, 'søgeindeks');
  const full = sum(r.full);
  const bareBuild = sum(r.bare, ['build']);
  const bareAll = sum(r.bare);
  const cpu = (stages: Stage[], names?: string[]) =>
    stages
      .filter((s) => !names || names.includes(s.name))
      .reduce((t, s) => t + (s.cpuSeconds ?? Number.NaN), 0);
  const cpuFull = cpu(r.full);
  console.log(
    `${String(r.n).padStart(6)} ${String(r.pages).padStart(6)} | ${check.toFixed(2).padStart(5)} ${String(inner).padStart(8)} ${(inner / r.n).toFixed(3).padStart(7)} ${fmt(seconds(r.full, 'build') ?? 0)} ${index === undefined ? ' i build' : fmt(index)} ${fmt(full)} ${mb(peak(r.full))} | ${fmt(bareBuild).padStart(9)} ${fmt(bareAll)} ${mb(peak(r.bare))} | ${(full / bareBuild).toFixed(2).padStart(8)} ${(full / bareAll).toFixed(2).padStart(14)} | ${(cpuFull / cpu(r.bare, ['build'])).toFixed(2).padStart(13)} ${(cpuFull / cpu(r.bare)).toFixed(2).padStart(14)}`,
  );
}
// `npm run check` cold (no caches), warm (nothing changed: the stored outcome) and after one changed
// file (an editor's usual run), each with its CPU time and the checks' own time as scripts/check.ts prints it.
for (const r of rows) {
  const times = (s: Stage) =>
    `${s.seconds.toFixed(2)} s (CPU ${s.cpuSeconds?.toFixed(2) ?? '–'} s, heraf tjek ${/på (\d+) ms/.exec(s.output)?.[1] ?? '–'} ms)`;
  console.log(
    `npm run check ved ${r.n} indikationer: kold ${times(r.check)}, uændret ${times(r.warmCheck)}, én fil ændret ${times(r.editedCheck)}.`,
  );
}
// What the change log costs: the full build's own step (the search index runs inside it) with and without history.
for (const r of rows) {
  const withHistory = r.full.find((s) => s.name === 'build');
  if (!r.noHistory || !withHistory) continue;
  const pct = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? '–' : `${(((a - b) / b) * 100).toFixed(1)} %`;
  console.log(
    `Ændringsloggen ved ${r.n} indikationer: build med historik ${withHistory.seconds.toFixed(1)} s (CPU ${withHistory.cpuSeconds?.toFixed(1) ?? '–'} s), uden ${r.noHistory.seconds.toFixed(1)} s (CPU ${r.noHistory.cpuSeconds?.toFixed(1) ?? '–'} s): ${pct(withHistory.seconds, r.noHistory.seconds)} væg-tid, ${pct(withHistory.cpuSeconds, r.noHistory.cpuSeconds)} CPU-tid.`,
  );
}
// Growth from the smallest to the largest size, and the budgets at the largest.
const first = rows[0]!;
const last = rows[rows.length - 1]!;
if (rows.length > 1) {
  const growth = (stages: (r: Row) => Stage[]) => sum(stages(last)) / sum(stages(first));
  console.log(
    `\nVækst fra ${first.n} til ${last.n} indikationer (${(last.pages / first.pages).toFixed(1)} gange så mange sider): fuldt build ${growth((r) => r.full).toFixed(2)}×, bart build + Pagefind ${growth((r) => r.bare).toFixed(2)}×, npm run check ${(last.check.seconds / first.check.seconds).toFixed(2)}×.`,
  );
}
const measured = {
  fullSeconds: sum(last.full),
  bareSeconds: sum(last.bare),
  fullPeakMb: peak(last.full),
  barePeakMb: peak(last.bare),
};
const over = overBudget(measured);
console.log(
  over.length
    ? `\n✘ Over budget ved ${last.n} indikationer: ${over.join('; ')}.`
    : `\n✔ Inden for budget ved ${last.n} indikationer: væg-tid ${(measured.fullSeconds / measured.bareSeconds).toFixed(2)} (højst ${WALL_BUDGET}), hukommelse ${(measured.fullPeakMb / measured.barePeakMb).toFixed(2)} (højst ${MEMORY_BUDGET}).`,
);
if (over.length) process.exitCode = 1;

console.log(`
"tjek" er hele \`npm run check\` inkl. opstart af Node; "heraf ms" er tjekkenes egen tid, og ms/ind. den pr. indikation.
"fuld" = build (med indholdstjek, sitemap, CSP og tjek af den byggede HTML) + søgeindeks; tjekket kører i
buildet, så "tjek" (npm run check alene, som redaktører kører det) lægges ikke til.
"bar" = astro build med kun MDX af de samme sider; "bar+pf" lægger Pagefind oveni.`);
