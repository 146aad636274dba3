// Benchmark: what a program admin and one long list cost, idea-lint's CLI next to markdownlint-cli2.
// - Program scale: 50 copies of the corpus (750 files, 16 MB) in nested folders, in a temporary directory;
//   `dist/cli.js` (a pool of children on a multi-core machine) and markdownlint-cli2 on the same files,
//   round-robin; wall time (what the admin waits for), CPU time, and the peak memory of each process tree.
// - One file: the whole corpus in one file at 1× and 10×, the engine in process (CPU, the linear-time target)
//   and both CLIs as processes.
// Used by run.mjs; alone: `node bench/program.mjs [--quick] [--copies=N] [--baseline=path/to/an/older/cli.js]` prints the
// table (a baseline CLI, e.g. one built from an earlier commit, joins every round-robin; --copies=10 makes a
// smaller program, 150 files, for iterating).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { BUILD_DIR } from './compile.mjs';
import { buildCorpusSingleFiles, buildProgramInputs, writeBenchConfig } from './inputs.mjs';
import { median, roundRobinTree, runJsonChild, runNode } from './measure.mjs';
import { figure, ms, ratio, renderTable, size } from './report.mjs';

const root = new URL('..', import.meta.url).pathname;
const peerBin = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
export const PROGRAM_TARGET = { overPeer: 0.8, linearPerDecade: 11 };

/** The figures of both cases as report rows, and their raw data. */
export async function programFigures({ quick = false, configPath, baseline, copies = 50, note = () => {} }) {
  const rows = [];
  const scratch = mkdtempSync(join(tmpdir(), 'idea-lint-program-'));
  try {
    const program = buildProgramInputs(join(scratch, 'program'), copies);
    const singles = buildCorpusSingleFiles(join(scratch, 'single'));
    note(`program-scale inputs in ${scratch}`);
    const cli = (path) => [
      join(root, 'dist', 'cli.js'),
      '--format',
      'json',
      '--config',
      configPath,
      '--fail-on',
      'never',
      path,
    ];
    const base = (path) => [baseline, '--format', 'json', '--config', configPath, '--fail-on', 'never', path];
    const commands = (path, cwd) => [
      { name: 'idea-lint', args: cli(path), options: { cwd } },
      { name: 'markdownlint-cli2', args: [peerBin, path === '.' ? '**/*.md' : path], options: { cwd } },
      ...(baseline ? [{ name: 'idea-lint before', args: base(path), options: { cwd } }] : []),
    ];

    // Program scale. First a check that both lint every file (and a warm file cache).
    const check = runNode(cli('.'), { cwd: program.dir, keepStdout: true });
    const linted = JSON.parse(check.stdout).files.length;
    const peerCheck = runNode([peerBin, '**/*.md'], { cwd: program.dir, keepStdout: true, keepStderr: true });
    const peerLinted = Number(/Linting: (\d+) file/.exec(peerCheck.stdout + peerCheck.stderr)?.[1]);
    const section = `Program scale: ${program.files.length} files, ${size(program.bytes)} (${copies} × the corpus, nested folders)`;
    rows.push(
      figure(
        section,
        'files linted: idea-lint = markdownlint-cli2 = files',
        `${linted} = ${peerLinted}`,
        'equal',
        linted === program.files.length && peerLinted === program.files.length,
      ),
    );
    const programRuns = quick ? 1 : 3;
    const measured = await roundRobinTree(commands('.', program.dir), programRuns);
    const [ours, peer, before] = measured;
    const wallRatio = median(ours.wall) / median(peer.wall);
    rows.push(
      figure(
        section,
        `wall time: idea-lint ${ms(median(ours.wall))} / markdownlint-cli2 ${ms(median(peer.wall))} (median of ${programRuns})`,
        ratio(wallRatio),
        `≤ ${PROGRAM_TARGET.overPeer}×`,
        wallRatio <= PROGRAM_TARGET.overPeer,
        { ours, peer, before },
      ),
    );
    if (ours.cpu.length && peer.cpu.length) {
      rows.push(
        figure(
          section,
          `CPU time: idea-lint ${ms(median(ours.cpu))} / markdownlint-cli2 ${ms(median(peer.cpu))}`,
          ratio(median(ours.cpu) / median(peer.cpu)),
        ),
      );
    }
    rows.push(
      figure(
        section,
        `peak memory (all processes), markdownlint-cli2 ${Math.round(peer.treeRssKb / 1024)} MB; idea-lint`,
        `${Math.round(ours.treeRssKb / 1024)} MB`,
        '≤ markdownlint-cli2',
        ours.treeRssKb <= peer.treeRssKb,
      ),
    );
    if (before) {
      rows.push(
        figure(
          section,
          `before (${baseline}): wall ${ms(median(before.wall))}, CPU ${ms(median(before.cpu))}, ${Math.round(before.treeRssKb / 1024)} MB`,
          ratio(median(before.wall) / median(peer.wall)),
        ),
      );
    }
    note(`program scale: ${programRuns} runs each`);

    // One file: the engine in process (CPU), then the CLIs.
    const oneSection = `One file: the whole corpus at 1× and 10× (${size(singles[0].bytes)}, ${size(singles[1].bytes)})`;
    const engine = singles.map(({ path }) =>
      runJsonChild(
        [
          '--expose-gc',
          join(root, 'bench', 'in-process.mjs'),
          JSON.stringify({ files: [path], runs: quick ? 1 : 2, config: configPath, floor: true }),
        ],
        {
          env: { ...process.env, IDEA_LINT_BENCH_ENGINE: BUILD_DIR },
        },
      ),
    );
    const growth = median(engine[1].engine.cpu) / median(engine[0].engine.cpu);
    rows.push(
      figure(
        oneSection,
        `engine in process, CPU: ${ms(median(engine[0].engine.cpu))} → ${ms(median(engine[1].engine.cpu))} (remark alone ${ratio(median(engine[1].floor.cpu) / median(engine[0].floor.cpu))})`,
        ratio(growth),
        `≤ ${PROGRAM_TARGET.linearPerDecade}×`,
        growth <= PROGRAM_TARGET.linearPerDecade,
        { engine },
      ),
    );
    const perFile = [];
    for (const { scale, path } of singles) {
      const [oursOne, peerOne, beforeOne] = await roundRobinTree(
        commands(basename(path), dirname(path)),
        quick ? 1 : 2,
      );
      perFile.push({ scale, ours: oursOne, peer: peerOne, before: beforeOne });
      rows.push(
        figure(
          oneSection,
          `${scale}×, wall: idea-lint ${ms(median(oursOne.wall))} / markdownlint-cli2 ${ms(median(peerOne.wall))}${beforeOne ? ` (before: ${ms(median(beforeOne.wall))})` : ''}`,
          ratio(median(oursOne.wall) / median(peerOne.wall)),
        ),
      );
    }
    // What a user waits for on one file ten times as long (start-up included, so at most 10×).
    const cliGrowth = median(perFile[1].ours.wall) / median(perFile[0].ours.wall);
    rows.push(
      figure(
        oneSection,
        `idea-lint CLI, wall: 10× over 1× (markdownlint-cli2: ${ratio(median(perFile[1].peer.wall) / median(perFile[0].peer.wall))})`,
        ratio(cliGrowth),
        `≤ ${PROGRAM_TARGET.linearPerDecade}×`,
        cliGrowth <= PROGRAM_TARGET.linearPerDecade,
      ),
    );
    note('one file, whole corpus');
    return {
      rows,
      raw: { program: { files: program.files.length, bytes: program.bytes, measured }, singleFile: perFile },
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const baseline = args.find((arg) => arg.startsWith('--baseline='))?.slice('--baseline='.length);
  const { compileEngine } = await import('./compile.mjs');
  await compileEngine();
  const { rules } = await import(join(BUILD_DIR, 'rules', 'index.js'));
  const { path: configPath } = writeBenchConfig(rules);
  const started = performance.now();
  const { rows, raw } = await programFigures({
    quick: args.includes('--quick'),
    copies: Number(args.find((arg) => arg.startsWith('--copies='))?.slice('--copies='.length) ?? 50),
    configPath,
    baseline,
    note: (message) =>
      process.stderr.write(`bench: ${message} (${Math.round((performance.now() - started) / 1000)} s)\n`),
  });
  process.stdout.write(renderTable(rows));
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(raw)}\n`);
}
