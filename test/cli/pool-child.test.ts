// A pool child over a stand-in IPC channel: each file's report or error goes back to the parent, and an error
// thrown outside a file's promise becomes that file's error (then the child exits) instead of a stack trace.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FromChild, ToChild } from '../../src/cli/pool.js';
import { runPoolChild } from '../../src/cli/pool-child.js';
import { resolveConfig } from '../../src/lint/config.js';
import { rules as registry } from '../../rules/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'idea-lint-pool-child-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
writeFileSync(join(scratch, 'ideas.md'), '# Ideas\n\n## Parser rewrite\n\nMentors: Jane Doe <jane@example.org>\n');
const config = resolveConfig({ today: '2026-06-01' }, undefined, { rules: registry });

/** A stand-in for the child's `process`: what it sent, and the code it exited with. */
function channel(early: readonly ToChild[] = []) {
  const sent: FromChild[] = [];
  const exits: number[] = [];
  const fake = Object.assign(new EventEmitter(), {
    send(message: FromChild, done?: () => void) {
      sent.push(message);
      done?.();
      return true;
    },
    exit(code: number) {
      exits.push(code);
    },
  });
  runPoolChild(fake as unknown as NodeJS.Process, early);
  const tell = (message: ToChild) => fake.emit('message', message);
  /** Resolves with the next message the child sends. */
  const next = () =>
    new Promise<FromChild>((resolve) => {
      const count = sent.length;
      const poll = () => (sent.length > count ? resolve(sent[count]) : setImmediate(poll));
      poll();
    });
  return { fake, sent, exits, tell, next };
}

describe('runPoolChild', () => {
  it("sends back each file's report, and a file error as a FileError", async () => {
    const child = channel();
    child.tell({ type: 'init', cwd: scratch, config });
    const report = child.next();
    child.tell({ type: 'lint', index: 4, path: 'ideas.md' });
    expect(await report).toMatchObject({
      index: 4,
      report: { path: 'ideas.md', ideas: [{ title: 'Parser rewrite' }] },
    });
    const missing = child.next();
    child.tell({ type: 'lint', index: 5, path: 'gone.md' });
    expect(await missing).toMatchObject({
      index: 5,
      error: { name: 'FileError', message: expect.stringContaining('gone.md: cannot read the file (ENOENT)') },
    });
  });

  // bin.ts loads this module with import() and keeps what the parent sent meanwhile: those come first, in order.
  it('handles the messages that came while it loaded first, in order, then the later ones', async () => {
    const child = channel([
      { type: 'init', cwd: scratch, config },
      { type: 'lint', index: 0, path: 'ideas.md' },
    ]);
    expect(await child.next()).toMatchObject({ index: 0, report: { path: 'ideas.md' } });
    const later = child.next();
    child.tell({ type: 'lint', index: 1, path: 'ideas.md' });
    expect(await later).toMatchObject({ index: 1, report: { path: 'ideas.md' } });
  });

  // The pool sends a child its next file before the last is done (pool.ts, FILES_AHEAD): one at a time, in order.
  it('lints the files it is sent one at a time, in the order they came', async () => {
    const child = channel();
    child.tell({ type: 'init', cwd: scratch, config });
    const first = child.next();
    child.tell({ type: 'lint', index: 1, path: 'ideas.md' });
    child.tell({ type: 'lint', index: 2, path: 'ideas.md' });
    expect(await first).toMatchObject({ index: 1, report: { path: 'ideas.md' } });
    expect(await child.next()).toMatchObject({ index: 2, report: { path: 'ideas.md' } });
  });

  it('names the file it is linting when an error is thrown outside it, not the one waiting its turn', () => {
    const child = channel();
    child.tell({ type: 'init', cwd: scratch, config });
    child.tell({ type: 'lint', index: 3, path: 'ideas.md' });
    child.tell({ type: 'lint', index: 4, path: 'ideas.md' });
    child.fake.emit('uncaughtException', new TypeError('a rule broke'));
    expect(child.sent).toMatchObject([{ index: 3, error: { message: 'a rule broke' } }]);
  });

  it('answers a file sent before the settings with an error, not a throw', () => {
    const child = channel();
    child.tell({ type: 'lint', index: 0, path: 'ideas.md' });
    expect(child.sent).toMatchObject([{ index: 0, error: { message: 'pool child: a file came before the settings' } }]);
  });

  it('makes an error thrown outside a file its error, stack included, and exits once it is sent', () => {
    const child = channel();
    child.tell({ type: 'init', cwd: scratch, config });
    child.tell({ type: 'lint', index: 7, path: 'ideas.md' });
    // Thrown while ideas.md is read (before its promise settles).
    child.fake.emit('uncaughtException', new TypeError('a rule broke'));
    expect(child.sent).toMatchObject([
      { index: 7, error: { name: 'TypeError', message: 'a rule broke', stack: expect.stringContaining('TypeError') } },
    ]);
    expect(child.exits).toEqual([1]);
  });
});
