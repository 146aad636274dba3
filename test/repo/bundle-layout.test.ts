import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATCH_MARKER } from '../../scripts/patch-micromark.mjs';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

// The action's entry loads the lint engine and Octokit with import() (src/github/main.ts, action.ts): ncc puts
// them in chunks beside dist/index.js, so a run that stops early (no workflow context, a bad input) starts fast.
describe('dist/ layout (npm run bundle)', () => {
  const chunks = readdirSync(dist).filter((file) => /^\d+\.index\.js$/.test(file));

  it('keeps the lint engine, micromark and the HTTP stack out of the action entry', () => {
    const entry = read('index.js');
    expect(entry).not.toContain(PATCH_MARKER);
    expect(entry).not.toContain('kDispatch'); // undici, under @actions/core and Octokit
    expect(entry).not.toContain('octokit-core.js');
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.some((file) => read(file).includes(PATCH_MARKER))).toBe(true);
    expect(chunks.some((file) => read(file).includes('octokit-core.js'))).toBe(true);
  });

  it('has only the files the bundle writes: the action, its chunks, the CLI in one file', () => {
    expect(readdirSync(dist).sort()).toEqual(['cli.js', 'index.js', 'package.json', ...chunks].sort());
    expect(read('cli.js')).toContain(PATCH_MARKER);
    expect(read('cli.js')).not.toMatch(/\.index\.js"/);
  });
});
