import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coreIO } from '../../src/github/runtime.js';

/** What `act` writes to stdout. */
function stdoutOf(act: () => void): string {
  let written = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  });
  try {
    act();
  } finally {
    spy.mockRestore();
  }
  return written;
}

afterEach(() => {
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

// coreIO writes the runner's workflow commands itself (so that the action starts without @actions/core's HTTP
// client): every byte must be what @actions/core writes.
describe('coreIO, the runner without @actions/core', () => {
  const io = coreIO();
  const message = 'Line 1: 100% done,\r\nline 2 :: a, b';
  const targets = [
    {},
    { title: 'idea-lint: a, b: c' },
    { title: 't', file: 'ideas/a,b.md', startLine: 3, endLine: 4, startColumn: 1, endColumn: 9 },
    { file: 'x.md', startLine: 0 },
  ];

  it.each(['error', 'warning', 'notice'] as const)('writes %s annotations as @actions/core does', (kind) => {
    for (const target of targets) {
      expect(stdoutOf(() => io.annotate(kind, message, target))).toBe(stdoutOf(() => core[kind](message, target)));
    }
    expect(stdoutOf(() => io.annotate(kind, message))).toBe(stdoutOf(() => core[kind](message)));
  });

  it('writes info, debug and setFailed as @actions/core does', () => {
    expect(stdoutOf(() => io.info(message))).toBe(stdoutOf(() => core.info(message)));
    expect(stdoutOf(() => io.debug(message))).toBe(stdoutOf(() => core.debug(message)));
    const ours = stdoutOf(() => io.setFailed(message));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    expect(ours).toBe(stdoutOf(() => core.setFailed(message)));
  });

  it('reads inputs as @actions/core does', () => {
    vi.stubEnv('INPUT_FAIL-ON', '  warning \n');
    vi.stubEnv('INPUT_GITHUB_TOKEN', 'x');
    for (const name of ['fail-on', 'github token', 'GITHUB_TOKEN', 'missing']) {
      expect(io.getInput(name)).toBe(core.getInput(name));
    }
  });

  it('writes outputs to GITHUB_OUTPUT, and as a command without it, as @actions/core does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'idea-lint-runtime-'));
    try {
      const file = join(dir, 'output');
      writeFileSync(file, '');
      vi.stubEnv('GITHUB_OUTPUT', file);
      io.setOutput('errors', 3);
      io.setOutput('report', 'a\nb');
      core.setOutput('errors', 3);
      core.setOutput('report', 'a\nb');
      const normalise = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER');
      const lines = normalise(readFileSync(file, 'utf8'));
      const half = lines.length / 2;
      expect(lines.slice(0, half)).toBe(lines.slice(half));
      expect(lines.slice(0, half)).toBe('errors<<DELIMITER\n3\nDELIMITER\nreport<<DELIMITER\na\nb\nDELIMITER\n');
      vi.stubEnv('GITHUB_OUTPUT', '');
      expect(stdoutOf(() => io.setOutput('errors', 3))).toBe(stdoutOf(() => core.setOutput('errors', 3)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('appends the job summary to GITHUB_STEP_SUMMARY, and writes nothing without it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'idea-lint-runtime-'));
    try {
      const file = join(dir, 'summary.md');
      writeFileSync(file, 'before\n');
      vi.stubEnv('GITHUB_STEP_SUMMARY', '');
      await io.writeSummary('# nothing');
      vi.stubEnv('GITHUB_STEP_SUMMARY', file);
      await io.writeSummary('## idea-lint');
      expect(readFileSync(file, 'utf8')).toBe('before\n## idea-lint\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
