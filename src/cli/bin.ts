#!/usr/bin/env node
// CLI stage: the executable. The only CLI module that touches `process`; everything else is main().
// Its static imports stay light (main.ts answers --help and --version before loading the run): ncc bundles what is
// loaded with import() into chunks beside dist/cli.js, which the answers that need no engine never read.
import { fileURLToPath } from 'node:url';
import { main } from './main.js';
import { POOL_CHILD_FLAG } from './pool-flag.js';
import type { ToChild } from './pool.js';
import { reexec, shouldReexec } from './reexec.js';

const script = fileURLToPath(import.meta.url);
if (process.argv[2] === POOL_CHILD_FLAG) runChild();
else if (
  shouldReexec({ argv: process.argv.slice(2), env: process.env, execArgv: process.execArgv, cwd: process.cwd() })
)
  reexec(script, process.argv.slice(2));
else runCli();

function runChild(): void {
  // The parent may send the settings and a file while the engine loads; Node drops IPC messages nobody listens to,
  // so keep them until the child's own listener takes over.
  const early: ToChild[] = [];
  const keep = (message: ToChild): void => {
    early.push(message);
  };
  process.on('message', keep);
  void import('./pool-child.js').then(({ runPoolChild }) => {
    process.off('message', keep);
    runPoolChild(process, early);
  });
}

function runCli(): void {
  // A reader that closes early (`idea-lint -f json . | head`) makes the next write fail with EPIPE, which Node throws
  // as an unhandled 'error' event with a stack trace. The report is incomplete then, so say so and exit 2, never 0.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EPIPE' ? 'the reader closed it' : (error.code ?? error.message);
    process.stderr.write(`idea-lint: could not write the report to the output (${reason}); the run stopped.\n`);
    process.exit(2);
  });
  main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    now: new Date(),
    worker: script,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A bug, not a user error: one line, exit 2; the stack only when the runner's step debug is on.
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`idea-lint: unexpected error: ${message.split('\n')[0]}\n`);
      if (process.env.RUNNER_DEBUG === '1' && error instanceof Error && error.stack)
        process.stderr.write(`${error.stack}\n`);
      process.exitCode = 2;
    },
  );
}
