#!/usr/bin/env node
// CLI stage: the executable. The only CLI module that touches `process`; everything else is main().
import { fileURLToPath } from 'node:url';
import { main } from './main.js';
import { POOL_CHILD_FLAG } from './pool.js';
import { runPoolChild } from './pool-child.js';

if (process.argv[2] === POOL_CHILD_FLAG) runPoolChild(process);
else runCli();

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
    worker: fileURLToPath(import.meta.url),
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
