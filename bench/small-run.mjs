// Benchmark: what a small run costs with the CLI as users run it, next to the same files linted in one process.
// A pool (a second start of the CLI with GC flags, a child, the engine loaded again in it) pays off only on work
// enough (POOL_MIN_BYTES of files, src/cli/pool-flag.ts); below that the CLI must cost what one process costs.
// - `idea-lint`: `node dist/cli.js --format json --config … --fail-on never .` in the folder, as a user runs it;
// - `one process`: the same with IDEA_LINT_WORKERS=1 (no restart, no child: the in-process floor of the CLI);
// - with a baseline (an older dist/cli.js), that build too, as users run it.
// Round-robin, after a warm-up of each; the ratio is the median over the rounds of each round's ratio (the two runs of
// a round are next to each other in time, so drifting load hits both alike) of CPU times (user + system of every process, /usr/bin/time: what
// a restart and a child add, and it holds still when other work shares the cores), wall times beside (what the user
// waits for; with other work on the cores they vary by 2× from run to run). Without /usr/bin/time, wall times. Used by run.mjs on the 1× input (12 lists, 101 KB); alone:
// `node bench/small-run.mjs [--runs=N] [--baseline=path/to/an/older/cli.js] [--dir=folder]`.
import { join } from 'node:path';
import { median, roundRobin, runNode } from './measure.mjs';
import { figure, ms, ratio, renderTable, size } from './report.mjs';

const root = new URL('..', import.meta.url).pathname;
/** Time of the CLI over one process's on the small run: within the noise of one process. */
export const SMALL_RUN_TARGET = 1.1;

/** The small-run figures as report rows, and their raw data. */
export function smallRunFigures({ dir, files, bytes, configPath, runs = 5, baseline }) {
  const args = (cli) => [cli, '--format', 'json', '--config', configPath, '--fail-on', 'never', '.'];
  const env = (workers) => ({ ...process.env, IDEA_LINT_WORKERS: workers });
  const commands = [
    { name: 'idea-lint', args: args(join(root, 'dist', 'cli.js')), options: { cwd: dir, env: env('') } },
    { name: 'one process', args: args(join(root, 'dist', 'cli.js')), options: { cwd: dir, env: env('1') } },
    ...(baseline ? [{ name: 'before', args: args(baseline), options: { cwd: dir, env: env('') } }] : []),
  ];
  for (const command of commands) runNode(command.args, command.options);
  const [ours, one, before] = roundRobin(commands, runs);
  const section = `Small run: ${files} files, ${size(bytes)}, the CLI as users run it over the same in one process`;
  const cost = (result) => median(result.cpu.length ? result.cpu : result.wall);
  const what = ours.cpu.length ? 'CPU' : 'wall';
  const wall = (result) => (result.cpu.length ? `, wall ${ms(median(result.wall))}` : '');
  /** The median of the per-round ratios of `a` over `b` (CPU, else wall). */
  const paired = (a, b, kind = a.cpu.length ? 'cpu' : 'wall') => median(a[kind].map((x, i) => x / b[kind][i]));
  const value = paired(ours, one);
  const rows = [
    figure(
      section,
      `${what}: idea-lint ${ms(cost(ours))}${wall(ours)} / one process ${ms(cost(one))}${wall(one)} (medians of ${runs}; wall ratio ${ratio(paired(ours, one, 'wall'))})`,
      ratio(value),
      `≤ ${SMALL_RUN_TARGET}×`,
      value <= SMALL_RUN_TARGET,
      { ours, one, before },
    ),
  ];
  if (before) {
    rows.push(
      figure(
        section,
        `before (${baseline}): ${what} ${ms(cost(before))}${wall(before)}, over one process (wall ratio ${ratio(paired(before, one, 'wall'))})`,
        ratio(paired(before, one)),
      ),
    );
  }
  return { rows, raw: { ours, one, before } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const { compileEngine, BUILD_DIR } = await import('./compile.mjs');
  const { buildScaleInputs, realLists, writeBenchConfig } = await import('./inputs.mjs');
  await compileEngine();
  const { rules } = await import(join(BUILD_DIR, 'rules', 'index.js'));
  const { path: configPath } = writeBenchConfig(rules);
  const dirOption = option('dir');
  const input = dirOption
    ? { dir: dirOption, files: '?', bytes: 0 }
    : (({ dir, files, bytes }) => ({ dir, files: files.length, bytes }))(buildScaleInputs(realLists(), [1])[0]);
  const { rows, raw } = smallRunFigures({
    ...input,
    configPath,
    runs: Number(option('runs') ?? 5),
    baseline: option('baseline'),
  });
  process.stdout.write(renderTable(rows));
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(raw)}\n`);
}
