// Builds dist/: the action (dist/index.js) and the CLI (dist/cli.js), each one file bundled by ncc.
// ncc emits ESM; dist/package.json marks the folder as a module so Node loads both files as ESM.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { PATCH_MARKER, patchMicromark } from './patch-micromark.mjs';

const root = new URL('..', import.meta.url).pathname;
const ncc = join(root, 'node_modules', '.bin', 'ncc');
const entries = [
  { source: 'src/index.ts', target: 'index.js' },
  { source: 'src/cli/bin.ts', target: 'cli.js', shebang: true },
];

// The bundles carry micromark with idea-lint's fix of its quadratic EditMap.consume (scripts/patch-micromark.mjs).
patchMicromark(root);
rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'));
for (const { source, target, shebang } of entries) {
  const out = join(root, 'build', target.replace(/\.js$/, ''));
  rmSync(out, { recursive: true, force: true });
  execFileSync(ncc, ['build', source, '-o', out, '--quiet', '--no-source-map-register', '--target', 'es2022'], {
    cwd: root,
    stdio: 'inherit',
  });
  const files = readdirSync(out).filter((f) => f !== 'package.json');
  if (files.length !== 1 || files[0] !== 'index.js') {
    throw new Error(`ncc emitted more than one file for ${source}: ${files.join(', ')}`);
  }
  const bundled = readFileSync(join(out, 'index.js'), 'utf8');
  if (!bundled.includes(PATCH_MARKER)) {
    throw new Error(`${target} does not carry the micromark patch: see scripts/patch-micromark.mjs.`);
  }
  copyFileSync(join(out, 'index.js'), join(root, 'dist', target));
  if (shebang) chmodSync(join(root, 'dist', target), 0o755);
}
writeFileSync(join(root, 'dist', 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
if (existsSync(join(root, 'build'))) rmSync(join(root, 'build'), { recursive: true, force: true });
