// CLI stage: a pool child (see pool.ts). Lints the files its parent sends, one at a time and in the order they
// came (the parent sends the next before the last is done), with the CLI's own lintPath, and sends each report
// back; exits when the parent disconnects. Its heap is limited by a V8 flag
// (see CHILD_MEMORY_MB).
import { rules as registry } from '../../rules/index.js';
import type { ResolvedConfig } from '../lint/types.js';
import { lintPath } from './run.js';
import type { FromChild, ToChild } from './pool.js';

/**
 * Serves the parent over the IPC channel `channel` (the child's `process`). `early` holds the messages that came
 * before this module was loaded (bin.ts loads it with import() and keeps them meanwhile), handled first, in order.
 */
export function runPoolChild(channel: NodeJS.Process, early: readonly ToChild[] = []): void {
  let settings: { cwd: string; config: ResolvedConfig } | undefined;
  // The file being linted (-1: none), and those sent after it, waiting their turn.
  let current = -1;
  const queue: { index: number; path: string }[] = [];
  const reply = (message: FromChild): void => {
    channel.send?.(message);
  };
  const onMessage = (message: ToChild): void => {
    if (message.type === 'init') {
      settings = { cwd: message.cwd, config: message.config };
      return;
    }
    const { index, path } = message;
    if (!settings) {
      reply({ index, error: describe(new Error('pool child: a file came before the settings')) });
      return;
    }
    queue.push({ index, path });
    if (current === -1) lintNext(settings);
  };
  const lintNext = (run: { cwd: string; config: ResolvedConfig }): void => {
    const file = queue.shift();
    if (!file) return;
    current = file.index;
    const done = (message: FromChild): void => {
      current = -1;
      reply(message);
      lintNext(run);
    };
    lintPath(file.path, run.cwd, run.config, registry).then(
      (report) => done({ index: file.index, report }),
      (error: unknown) => done({ index: file.index, error: describe(error) }),
    );
  };
  for (const message of early) onMessage(message);
  channel.on('message', onMessage);
  // An error thrown outside the file's promise (a bug) is that file's error, as it would be in process, and the
  // child exits once the parent has it: no stack trace on stderr, which the parent passes on.
  channel.on('uncaughtException', (error) => {
    const exit = (): never => channel.exit(1);
    if (channel.send) channel.send({ index: current, error: describe(error) } satisfies FromChild, exit);
    else exit();
  });
}

/** What the parent needs of an error to raise it again: a FileError stays one; the stack for RUNNER_DEBUG. */
function describe(error: unknown): { name: string; message: string; stack?: string } {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  return { name: error.name, message: error.message, ...(error.stack !== undefined ? { stack: error.stack } : {}) };
}
