// Benchmark (`npm run bench`): idea-lint against the floor (remark alone) and a peer (markdownlint-cli2) on
// real idea lists at 1×, 10× and 100×; a small run against one process; scaling; cold start; bundle sizes; peak
// memory; and linear time on pathological inputs. Prints every figure with its target and a pass/fail mark, writes
// bench/results.json.
// Options: --quick (fewer runs, no 100×: a smoke run), --bundle (rebuild dist/ first), --markdown (also print
// the table as Markdown for the README), --baseline=path/to/cli.js (an older CLI beside idea-lint in the small-run,
// program and one-file cases). See bench/README.md.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_DIR, compileEngine } from './compile.mjs';
import { buildScaleInputs, buildSingleFileInputs, INPUT_DIR, realLists, SCALES, writeBenchConfig } from './inputs.mjs';
import { MEASURES_CHILD_CPU, median, roundRobin, runJsonChild, runNode } from './measure.mjs';
import { PATHOLOGICAL_CASES } from './pathological-inputs.mjs';
import { programFigures } from './program.mjs';
import { smallRunFigures } from './small-run.mjs';
import { patchMicromark } from '../scripts/patch-micromark.mjs';

// The in-process figures import micromark from node_modules: it must carry the fix the bundles carry.
patchMicromark(new URL('..', import.meta.url).pathname);
import { figure, ms, ratio, renderMarkdown, renderTable, size } from './report.mjs';

const root = new URL('..', import.meta.url).pathname;
const options = new Set(process.argv.slice(2));
const quick = options.has('--quick');
const started = performance.now();
const bench = (name) => join(root, 'bench', name);
const dist = (name) => join(root, 'dist', name);
const peerBin = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

/** Runs per measurement: in process (floor and engine), and as processes (CLI and peer). */
const RUNS = quick
  ? { inProcess: { 1: 3, 10: 2 }, processes: { 1: 2, 10: 1 }, coldStart: 5, single: 2, pathological: 2 }
  : {
      inProcess: { 1: 5, 10: 3, 100: 2 },
      processes: { 1: 3, 10: 2, 100: 1 },
      coldStart: 15,
      single: 3,
      pathological: 5,
    };
const TARGET = { engineOverFloor: 1.5, linearPerDecade: 11, coldStartMs: 150, peakRssMb: 1024 };

const rows = [];
const raw = {};
const note = (message) =>
  process.stderr.write(`bench: ${message} (${Math.round((performance.now() - started) / 1000)} s)\n`);
/** CPU time when /usr/bin/time measured it, else wall time. */
const cost = (result) => median(result.cpu.length ? result.cpu : result.wall);

/** When a file of src/ or rules/ last changed. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'rules'));
  return newest;
}

// 1. The engine, the bundles and the inputs.
if (options.has('--bundle')) execFileSync('npm', ['run', 'bundle'], { cwd: root, stdio: 'inherit' });
for (const file of ['cli.js', 'index.js']) {
  if (!existsSync(dist(file)))
    throw new Error(`dist/${file} is missing: run "npm run bundle" (or npm run bench -- --bundle).`);
}
note(`transpiled ${await compileEngine()} engine files`);
const { rules } = await import(join(BUILD_DIR, 'rules', 'index.js'));
const { path: configPath } = writeBenchConfig(rules);
const lists = realLists();
const scales = buildScaleInputs(lists, quick ? [1, 10] : SCALES);
const singles = buildSingleFileInputs();
note(`inputs written to ${INPUT_DIR}`);

// 2. In process: the floor and the engine on the same texts, one fresh process per scale (at 100× the engine
// alone: remark's own time there would cost a minute of the five).
const inProcess = {};
for (const { scale, dir } of scales) {
  const runs = RUNS.inProcess[scale];
  inProcess[scale] = runJsonChild([
    '--expose-gc',
    bench('in-process.mjs'),
    JSON.stringify({ dir, runs, config: configPath, floor: scale < 100 }),
  ]);
  note(`in process at ${scale}×: ${runs} runs`);
}
for (const { scale, files, bytes } of scales) {
  const result = inProcess[scale];
  rows.push(
    figure(
      'Inputs (real lists, repeated)',
      `${scale}×: files, size, ideas, findings`,
      `${files.length} files, ${size(bytes)}, ${result.ideas} ideas, ${result.findings} findings`,
    ),
  );
}
for (const { scale } of scales.filter(({ scale }) => inProcess[scale].floor)) {
  const { floor, engine } = inProcess[scale];
  const value = median(engine.cpu) / median(floor.cpu);
  rows.push(
    figure(
      'Engine vs floor (in process, CPU time, median)',
      `${scale}×: engine ${ms(median(engine.cpu))} / floor ${ms(median(floor.cpu))}`,
      ratio(value),
      `≤ ${TARGET.engineOverFloor}×`,
      value <= TARGET.engineOverFloor,
      { floor, engine },
    ),
  );
}

// 3. As processes: the CLI and markdownlint-cli2 on the same files, round-robin.
const cliArgs = [dist('cli.js'), '--format', 'json', '--config', configPath, '--fail-on', 'never', '.'];
const peerArgs = [peerBin, '*.md'];
const processes = {};
for (const { scale, dir } of scales) {
  const cli = { args: cliArgs, options: { cwd: dir } };
  const peer = { args: peerArgs, options: { cwd: dir, keepStderr: false } };
  if (scale === 1) {
    // Warm the file cache, and check that the CLI reports what the engine found (unless dist/ is older than
    // the sources: then they are different code, and --bundle rebuilds it).
    const check = runNode(cliArgs, { cwd: dir, keepStdout: true });
    const findings = JSON.parse(check.stdout).files.reduce((sum, file) => sum + file.findings.length, 0);
    const stale = newestSource() > statSync(dist('cli.js')).mtimeMs;
    rows.push(
      figure(
        'CLI and peer (processes, median)',
        `1×: CLI report = in-process report (findings)${stale ? '; dist/ is older than src/: run with --bundle' : ''}`,
        `${findings} = ${inProcess[1].findings}`,
        'equal',
        stale ? null : findings === inProcess[1].findings,
      ),
    );
    runNode(peerArgs, { cwd: dir, keepStderr: false });
  }
  const [cliResult, peerResult] = roundRobin([cli, peer], RUNS.processes[scale]);
  processes[scale] = { cli: cliResult, peer: peerResult };
  const value = cost(cliResult) / cost(peerResult);
  rows.push(
    figure(
      'CLI and peer (processes, median)',
      `${scale}×: idea-lint CLI ${ms(cost(cliResult))} / markdownlint-cli2 ${ms(cost(peerResult))}`,
      ratio(value),
      '< 1× (faster)',
      value < 1,
      { cli: cliResult, peer: peerResult, wallRatio: median(cliResult.wall) / median(peerResult.wall) },
    ),
  );
  note(`processes at ${scale}×: ${RUNS.processes[scale]} runs each`);
}

// 3a. A small run (1×): the CLI as users run it against the same files in one process (no restart, no pool).
{
  const { dir, files, bytes } = scales[0];
  const baseline = [...options].find((option) => option.startsWith('--baseline='))?.slice('--baseline='.length);
  const small = smallRunFigures({
    dir,
    files: files.length,
    bytes,
    configPath,
    runs: quick ? 3 : 5,
    baseline,
  });
  rows.push(...small.rows);
  raw.smallRun = small.raw;
  note('small run');
}

// 3b. What a program audit and one long list cost, next to markdownlint-cli2 (bench/program.mjs).
{
  const baseline = [...options].find((option) => option.startsWith('--baseline='))?.slice('--baseline='.length);
  const program = await programFigures({ quick, configPath, baseline, note });
  rows.push(...program.rows);
  raw.program = program.raw;
}

// 4. Scaling: over N times the ideas (files), and over one file N times as long.
for (const { scale } of scales.filter(({ scale }) => scale > 1)) {
  const limit = (TARGET.linearPerDecade * scale) / 10;
  const engine = median(inProcess[scale].engine.cpu) / median(inProcess[1].engine.cpu);
  const floor = inProcess[scale].floor && median(inProcess[scale].floor.cpu) / median(inProcess[1].floor.cpu);
  const cli = cost(processes[scale].cli) / cost(processes[1].cli);
  rows.push(
    figure(
      'Scaling (time at N× over time at 1×)',
      `engine in process, ${scale}×${floor ? ` (remark alone: ${ratio(floor)})` : ''}`,
      ratio(engine),
      `≤ ${limit}×`,
      engine <= limit,
    ),
  );
  rows.push(
    figure('Scaling (time at N× over time at 1×)', `CLI process, ${scale}×`, ratio(cli), `≤ ${limit}×`, cli <= limit),
  );
}
const single = singles.map(({ path }) =>
  runJsonChild([
    '--expose-gc',
    bench('in-process.mjs'),
    JSON.stringify({ files: [path], runs: RUNS.single, config: configPath, stages: true }),
  ]),
);
raw.singleFile = single;
{
  // remark itself grows faster than the text on one long file (its setext heading resolver copies every event
  // so far, see bench/README.md), so the parse stage is held to remark's own growth; the rules to linear.
  const grow = (kind) => median(single[1][kind].cpu) / median(single[0][kind].cpu);
  const section = `Scaling, one file 10× as long (${size(singles[1].bytes)}, CPU)`;
  rows.push(figure(section, 'remark alone', ratio(grow('floor'))));
  rows.push(figure(section, 'whole engine', ratio(grow('engine'))));
  const parseLimit = Math.max(TARGET.linearPerDecade, grow('floor') * 1.1);
  rows.push(
    figure(
      section,
      'parse stage (remark, ideas, fields)',
      ratio(grow('parse')),
      `≤ ${ratio(parseLimit)} (11× or remark's + 10%)`,
      grow('parse') <= parseLimit,
    ),
  );
  rows.push(
    figure(
      section,
      'rule stage (every rule)',
      ratio(grow('rules')),
      `≤ ${TARGET.linearPerDecade}×`,
      grow('rules') <= TARGET.linearPerDecade,
    ),
  );
  note('single-file scaling');
}

// 5. Cold start: loading each bundle against bare node (wall time, round-robin).
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(GITHUB|INPUT|RUNNER|ACTIONS)_/.test(key)),
);
const [bare, version, action] = roundRobin(
  [
    { args: ['-e', '0'], options: { usage: false } },
    { args: [dist('cli.js'), '--version'], options: { usage: false } },
    // With no GITHUB_* variables the action loads, reads its context, prints one ::error:: and exits 1.
    { args: [dist('index.js')], options: { env: cleanEnv, usage: false } },
  ],
  RUNS.coldStart,
);
raw.coldStart = { bare, version, action };
rows.push(figure('Cold start (wall time, median)', 'node -e 0', ms(median(bare.wall))));
for (const [name, result] of [
  ['node dist/cli.js --version', version],
  ['node dist/index.js (no workflow context: loads, exits 1)', action],
]) {
  const extra = median(result.wall) - median(bare.wall);
  rows.push(
    figure(
      'Cold start (wall time, median)',
      `${name}: ${ms(median(result.wall))}, over bare node`,
      ms(extra),
      `≤ ${TARGET.coldStartMs} ms`,
      extra <= TARGET.coldStartMs,
    ),
  );
}
note('cold start');

// 6. Bundle sizes and memory.
for (const file of ['index.js', 'cli.js']) {
  const bytes = statSync(dist(file)).size;
  rows.push(
    figure(
      'Bundles',
      `dist/${file} (gzip -9: ${size(gzipSync(readFileSync(dist(file)), { level: 9 }).length)})`,
      size(bytes),
    ),
  );
}
const largest = scales.at(-1).scale;
if (MEASURES_CHILD_CPU) {
  const rssMb = processes[largest].cli.rssKb / 1024;
  rows.push(
    figure(
      'Memory (peak RSS)',
      `CLI on ${largest}× (${size(scales.at(-1).bytes)})`,
      `${Math.round(rssMb)} MB`,
      `≤ ${TARGET.peakRssMb} MB (ours)`,
      rssMb <= TARGET.peakRssMb,
    ),
  );
  rows.push(
    figure(
      'Memory (peak RSS)',
      `markdownlint-cli2 on ${largest}×`,
      `${Math.round(processes[largest].peer.rssKb / 1024)} MB`,
    ),
  );
}
rows.push(
  figure(
    'Memory (peak RSS)',
    `engine in process on ${largest}× (all reports held)`,
    `${Math.round(inProcess[largest].maxRssKb / 1024)} MB`,
  ),
);

// 7. Linear time on pathological inputs: parser and rules at 1× and 10× of each case.
const pathological = [];
const PATHOLOGICAL = 'Linear time on pathological input (parser + rules, CPU best of 5 and of 2, 10× size over 1×)';
const timeoutMs = 30_000;
const timePathological = (name, sizes, runs, warm = sizes[0]) =>
  runJsonChild(
    ['--expose-gc', bench('pathological.mjs'), JSON.stringify({ name, sizes, runs, warm, config: configPath })],
    { timeoutMs },
  );
for (const testCase of PATHOLOGICAL_CASES) {
  const base = quick ? Math.round(testCase.size / 4) : testCase.size;
  const label = `${testCase.name} [${testCase.family}]`;
  let one;
  let ten;
  try {
    [one, ten] = timePathological(testCase.name, [base, base * 10], [RUNS.pathological, 2]) ?? [];
    // Over the time limit (the limit is wall time, the child's 7 floor and engine runs add up, and a loaded machine
    // stretches them: the labels case's ~22 s of CPU took over 30 s at load 4.4): time each size alone, one run of
    // 10×, so that only a 10× that alone takes over 30 s reads as a hang.
    if (!one) {
      [one] = timePathological(testCase.name, [base], [RUNS.pathological]) ?? [];
      if (one) [ten] = timePathological(testCase.name, [base * 10], [1], base) ?? [];
    }
  } catch (error) {
    rows.push(
      figure(
        PATHOLOGICAL,
        `${label}: ${String(error).split('\n')[0]}`,
        'crashed',
        `≤ ${TARGET.linearPerDecade}×`,
        false,
      ),
    );
    continue;
  }
  if (!one) {
    rows.push(figure(PATHOLOGICAL, `${label}: 1× took over 30 s`, 'n/a', `≤ ${TARGET.linearPerDecade}×`, false));
    continue;
  }
  const engine = ten ? ten.engine / one.engine : timeoutMs / one.engine;
  const floor = !ten
    ? 'timed out'
    : ten.floorError
      ? 'remark alone gave up (stack)'
      : `remark alone ${ratio(ten.floor / one.floor)}`;
  pathological.push({ ...testCase, build: undefined, one, ten });
  rows.push(
    figure(
      PATHOLOGICAL,
      `${label}: ${size(one.chars)} ${ms(one.engine)} → ${ten ? ms(ten.engine) : '> 30 s'}; ${floor}`,
      ten ? ratio(engine) : `> ${ratio(engine)}`,
      `≤ ${TARGET.linearPerDecade}×`,
      Boolean(ten) && engine <= TARGET.linearPerDecade,
    ),
  );
  note(`pathological ${testCase.name}`);
}
raw.pathological = pathological;

// 8. Output.
const seconds = Math.round((performance.now() - started) / 1000);
const table = renderTable(rows);
process.stdout.write(table);
process.stdout.write(
  `\nTotal: ${seconds} s on ${cpus().length} CPUs (load average at the end ${loadavg()
    .map((x) => x.toFixed(1))
    .join(', ')}).\n`,
);
if (options.has('--markdown')) process.stdout.write(`\n${renderMarkdown(rows)}`);
if (!quick) {
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    loadAverage: loadavg(),
    seconds,
    runs: RUNS,
    lists: lists.map(({ name }) => name),
    targets: TARGET,
    figures: rows,
    raw: { inProcess, processes, ...raw },
  };
  writeFileSync(bench('results.json'), `${JSON.stringify(results, null, 2)}\n`);
  note('wrote bench/results.json');
}
process.exitCode = rows.some((row) => row.pass === false) ? 1 : 0;
