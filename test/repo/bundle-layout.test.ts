import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATCH_MARKER } from '../../scripts/patch-micromark.mjs';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

// The action's entry loads the lint engine and Octokit with import() (src/github/main.ts, action.ts): ncc puts
// them in chunks beside dist/index.js, so a run that stops early (no workflow context, a bad input) starts fast.
// The CLI does the same (src/cli/main.ts): --help and --version answer from dist/cli.js alone, and its chunks are
// named dist/<id>.cli.js (scripts/bundle.mjs renames them) so that they cannot clash with the action's.
describe('dist/ layout (npm run bundle)', () => {
  const chunks = readdirSync(dist).filter((file) => /^\d+\.index\.js$/.test(file));
  const cliChunks = readdirSync(dist).filter((file) => /^\d+\.cli\.js$/.test(file));

  it('keeps the lint engine, micromark and the HTTP stack out of the action entry', () => {
    const entry = read('index.js');
    expect(entry).not.toContain(PATCH_MARKER);
    expect(entry).not.toContain('kDispatch'); // undici, under @actions/core and Octokit
    expect(entry).not.toContain('octokit-core.js');
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.some((file) => read(file).includes(PATCH_MARKER))).toBe(true);
    expect(chunks.some((file) => read(file).includes('octokit-core.js'))).toBe(true);
  });

  it('keeps the lint engine and micromark out of the CLI entry, in chunks it loads by their own names', () => {
    const entry = read('cli.js');
    expect(entry).not.toContain(PATCH_MARKER);
    expect(entry).not.toContain('octokit-core.js');
    expect(entry.length).toBeLessThan(100_000);
    expect(entry).toContain('".cli.js"');
    expect(entry).not.toMatch(/\.index\.js"/);
    expect(cliChunks.some((file) => read(file).includes(PATCH_MARKER))).toBe(true);
  });

  it('has only the files the bundle writes: the action, the CLI, and the chunks of each', () => {
    expect(readdirSync(dist).sort()).toEqual(['cli.js', 'index.js', 'package.json', ...chunks, ...cliChunks].sort());
  });
});
