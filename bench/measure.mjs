// Benchmark support: timing helpers. Wall time from the high-resolution clock; CPU time (user + system) and
// peak RSS of a child from /usr/bin/time when it is installed, so a figure survives other load on the machine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
const scratch = mkdtempSync(join(tmpdir(), 'idea-lint-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs `node args…` once and returns { wall, cpu, rssKb, code, timedOut, stdout, stderr } (milliseconds,
 * kilobytes). With `usage` (the default) CPU and RSS come from /usr/bin/time, else they are null; without it
 * a child over `timeoutMs` is killed and reported as timed out (time(1) would leave it running).
 * Output not kept goes to /dev/null, as when a linter's report is redirected.
 */
export function runNode(args, options = {}) {
  const { cwd, env = process.env, keepStdout = false, keepStderr = true, timeoutMs = 600_000, usage = true } = options;
  const withTime = usage && hasTime;
  const usageFile = join(scratch, 'usage.txt');
  const command = withTime ? TIME : process.execPath;
  const argv = withTime ? ['-f', '%U %S %M', '-o', usageFile, process.execPath, ...args] : args;
  const start = process.hrtime.bigint();
  const result = spawnSync(command, argv, {
    cwd,
    env,
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', keepStderr ? 'pipe' : 'ignore'],
    maxBuffer: 1024 * 1024 * 1024,
    timeout: withTime ? undefined : timeoutMs,
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const timedOut = result.error?.code === 'ETIMEDOUT';
  if (result.error && !timedOut) throw new Error(`node ${args.join(' ')}: ${result.error.message}`);
  if (result.signal && !timedOut) throw new Error(`node ${args.join(' ')} was killed by ${result.signal}.`);
  let cpu = null;
  let rssKb = null;
  if (withTime) {
    // GNU time writes "Command exited with non-zero status N" first when the command fails.
    const last = readFileSync(usageFile, 'utf8').trim().split('\n').pop() ?? '';
    const [user, system, rss] = last.split(' ').map(Number);
    cpu = (user + system) * 1000;
    rssKb = rss;
  }
  return { wall, cpu, rssKb, code: result.status, timedOut, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Whether CPU times and RSS of children are measured (GNU time is installed). */
export const MEASURES_CHILD_CPU = hasTime;

/** Runs a node script that prints one JSON line and returns it parsed, or null when it ran out of time. */
export function runJsonChild(args, options = {}) {
  const { stdout, stderr, code, timedOut } = runNode(args, { ...options, keepStdout: true, usage: false });
  if (timedOut) return null;
  if (code !== 0) throw new Error(`node ${args.join(' ')} failed (exit ${code}):\n${stderr.slice(-2000)}`);
  return JSON.parse(stdout.trim().split('\n').pop());
}

/**
 * Runs each command `runs` times, round-robin (so drifting load hits all alike), and returns, per command,
 * the lists of wall and CPU times and the largest RSS.
 */
export function roundRobin(commands, runs) {
  const results = commands.map(() => ({ wall: [], cpu: [], rssKb: 0, codes: new Set() }));
  for (let run = 0; run < runs; run++) {
    commands.forEach((command, index) => {
      const measured = runNode(command.args, command.options);
      const into = results[index];
      into.wall.push(measured.wall);
      if (measured.cpu !== null) into.cpu.push(measured.cpu);
      into.rssKb = Math.max(into.rssKb, measured.rssKb ?? 0);
      into.codes.add(measured.code);
    });
  }
  return results.map((result) => ({ ...result, codes: [...result.codes] }));
}

/** Milliseconds of CPU (user + system) this process has used. */
export function cpuNow() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Resident memory of `pid` and all its descendants, in kB, from /proc (0 where /proc is missing). */
function treeRssKb(pid) {
  const children = new Map();
  const rss = new Map();
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state ppid … rss (24th field, in pages).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
      rss.set(Number(entry), Number(fields[21]) * 4);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop();
    total += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

/**
 * Runs `node args…` once, output to /dev/null, and returns { wall, cpu, treeRssKb, code }: wall time, CPU time of
 * the process and its children (user + system, from /usr/bin/time when installed, else null) and the peak of the
 * summed resident memory of the process and every descendant (a pool's children included), sampled every 25 ms.
 */
export async function runTree(args, options = {}) {
  const { cwd, env = process.env } = options;
  const usageFile = join(scratch, `tree-usage-${process.pid}.txt`);
  const command = hasTime ? TIME : process.execPath;
  const argv = hasTime ? ['-f', '%U %S %M', '-o', usageFile, process.execPath, ...args] : args;
  const start = process.hrtime.bigint();
  const child = spawn(command, argv, { cwd, env, stdio: ['ignore', 'ignore', 'ignore'] });
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRssKb(child.pid));
  };
  const timer = setInterval(sample, 25);
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (status) => resolve(status));
  });
  clearInterval(timer);
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  let cpu = null;
  if (hasTime) {
    const last = readFileSync(usageFile, 'utf8').trim().split('\n').pop() ?? '';
    const [user, system] = last.split(' ').map(Number);
    cpu = (user + system) * 1000;
  }
  return { wall, cpu, treeRssKb: peak, code };
}

/** runTree over several commands, round-robin: per command the lists of wall and CPU times, and the peak memory. */
export async function roundRobinTree(commands, runs) {
  const results = commands.map(() => ({ wall: [], cpu: [], treeRssKb: 0, codes: new Set() }));
  for (let run = 0; run < runs; run++) {
    for (const [index, command] of commands.entries()) {
      const measured = await runTree(command.args, command.options);
      const into = results[index];
      into.wall.push(measured.wall);
      if (measured.cpu !== null) into.cpu.push(measured.cpu);
      into.treeRssKb = Math.max(into.treeRssKb, measured.treeRssKb);
      into.codes.add(measured.code);
    }
  }
  return results.map((result) => ({ ...result, codes: [...result.codes] }));
}
