// Benchmark: where a pool of processes starts to pay (POOL_MIN_BYTES, src/cli/pool-flag.ts). Folders of real idea
// lists (the 1× lists, repeated) of growing total size; on each, the same dist/cli.js with a pool
// (IDEA_LINT_WORKERS=2: the restart with GC flags and one child) and in one process (IDEA_LINT_WORKERS=1), interleaved
// (the order alternates from round to round); prints the wall and CPU medians and pool over one process. Not part of
// `npm run bench` (minutes per size under load). Run on idle cores to move the constant:
// `node bench/break-even.mjs [--sizes=100,300,600,1000,2000,4000] [--runs=3] [--cli=dist/cli.js]` (sizes in KB).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_DIR, compileEngine } from './compile.mjs';
import { realLists, writeBenchConfig } from './inputs.mjs';
import { median, runNode } from './measure.mjs';
import { ms, ratio, size } from './report.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const sizesKb = (option('sizes') ?? '100,300,600,1000,2000,4000').split(',').map(Number);
const runs = Number(option('runs') ?? 3);
const cli = option('cli') ?? join(root, 'dist', 'cli.js');

await compileEngine();
const { rules } = await import(join(BUILD_DIR, 'rules', 'index.js'));
const { path: configPath } = writeBenchConfig(rules);
const lists = realLists();
const scratch = mkdtempSync(join(tmpdir(), 'idea-lint-break-even-'));
try {
  const inputs = sizesKb.map((kb) => {
    const dir = join(scratch, `kb${kb}`);
    mkdirSync(dir);
    let bytes = 0;
    let files = 0;
    while (bytes < kb * 1000) {
      const { name, text } = lists[files % lists.length];
      writeFileSync(join(dir, `${String(files).padStart(4, '0')}-${name}`), text);
      bytes += Buffer.byteLength(text);
      files += 1;
    }
    return { dir, bytes, files, pool: { wall: [], cpu: [] }, one: { wall: [], cpu: [] } };
  });
  const command = [cli, '--format', 'json', '--config', configPath, '--fail-on', 'never', '.'];
  const run = (input, mode) =>
    runNode(command, { cwd: input.dir, env: { ...process.env, IDEA_LINT_WORKERS: mode === 'pool' ? '2' : '1' } });
  for (const input of inputs) run(input, 'one');
  for (let round = 0; round < runs; round++) {
    for (const input of inputs) {
      for (const mode of round % 2 ? ['one', 'pool'] : ['pool', 'one']) {
        const measured = run(input, mode);
        input[mode].wall.push(measured.wall);
        if (measured.cpu !== null) input[mode].cpu.push(measured.cpu);
      }
    }
    process.stderr.write(`break-even: round ${round + 1} of ${runs}\n`);
  }
  for (const { bytes, files, pool, one } of inputs) {
    const cpu = (result) => (result.cpu.length ? ` (CPU ${ms(median(result.cpu))})` : '');
    process.stdout.write(
      `${size(bytes)}, ${files} files: pool ${ms(median(pool.wall))}${cpu(pool)}, one process ` +
        `${ms(median(one.wall))}${cpu(one)}: ${ratio(median(pool.wall) / median(one.wall))}\n`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
