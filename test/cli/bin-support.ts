// Test support (CLI end-to-end): runs the built dist/cli.js as a child process in a throw-away project.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The bundle under test; IDEA_LINT_CLI_ENTRY may point at another build of src/cli/bin.ts. */
export const CLI_ENTRY = process.env.IDEA_LINT_CLI_ENTRY ?? join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

/** What a run printed and returned. */
export interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js …args` in `cwd`, with `stdin` piped in when given (else an empty stdin). */
export function runCli(cwd: string, args: readonly string[], stdin = ''): Promise<BinRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** A temporary project holding `files` (path → text or bytes), with a `.git` folder unless `git: false`. */
export function makeProject(files: Record<string, string | Buffer>, options: { git?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'idea-lint-bin-'));
  if (options.git !== false) mkdirSync(join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** One idea that the real rules flag for thin-description, undefined-terms ("PCIe") and invalid-date (line 12). */
export const IDEA = [
  '# Ideas',
  '',
  '## Parser rewrite',
  '',
  'Rewrite the PCIe parser so that it streams its input instead of loading it whole, which makes large files slow.',
  '',
  '- Difficulty: Medium',
  '- Size: 175 hours',
  '- Skills: TypeScript',
  '- Mentors: Jane Doe <jane@example.org>',
  '- Expected outcomes: A streaming parser.',
  '- Verified: 25 March 26',
  '',
].join('\n');

/** A longer description that passes thin-description and defines no acronym. */
export const CLEAN_IDEA = [
  '# Ideas',
  '',
  '## Parser rewrite',
  '',
  'Rewrite the parser so that it streams its input instead of loading it whole, which makes large files slow today.',
  'The current parser reads everything into memory first; start from the tokenizer module and its tests, then',
  'measure the memory used on the sample files before and after the change.',
  '',
  '- Difficulty: Medium',
  '- Size: 175 hours',
  '- Skills: TypeScript',
  '- Mentors: Jane Doe <jane@example.org>',
  '- Expected outcomes: A streaming parser.',
  '- Verified: 2026-03-25',
  '',
].join('\n');
