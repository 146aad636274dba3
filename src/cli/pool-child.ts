// CLI stage: a pool child (see pool.ts). Lints the files its parent sends, one at a time, with the CLI's own
// lintPath, and sends each report back; exits when the parent disconnects. Its heap is limited by a V8 flag
// (see CHILD_MEMORY_MB).
import { rules as registry } from '../../rules/index.js';
import type { ResolvedConfig } from '../lint/types.js';
import { lintPath } from './main.js';
import type { FromChild, ToChild } from './pool.js';

/** Serves the parent over the IPC channel `channel` (the child's `process`). */
export function runPoolChild(channel: NodeJS.Process): void {
  let settings: { cwd: string; config: ResolvedConfig } | undefined;
  const reply = (message: FromChild): void => {
    channel.send?.(message);
  };
  channel.on('message', (message: ToChild) => {
    if (message.type === 'init') {
      settings = { cwd: message.cwd, config: message.config };
      return;
    }
    const { index, path } = message;
    if (!settings) throw new Error('pool child: a file came before the settings');
    lintPath(path, settings.cwd, settings.config, registry).then(
      (report) => reply({ index, report }),
      (error: unknown) =>
        reply({
          index,
          error:
            error instanceof Error
              ? { name: error.name, message: error.message }
              : { name: 'Error', message: String(error) },
        }),
    );
  });
}
