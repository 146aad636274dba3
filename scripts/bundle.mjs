// Builds dist/: the action (dist/index.js) and the CLI (dist/cli.js), bundled by ncc.
// ncc emits ESM; dist/package.json marks the folder as a module so Node loads every file as ESM.
// The action loads most of its code with import() at the point of use (src/github/main.ts), so that a run that
// stops early starts fast: ncc splits each import() into a chunk, dist/<id>.index.js, which index.js loads by
// that name beside itself. The chunks are part of the action: commit them with index.js. The CLI does the same
// (src/cli/main.ts loads the run with import(), so that --help and --version never load the engine): its chunks
// are renamed dist/<id>.cli.js, and cli.js's chunk loader with them, so that they cannot clash with the action's.
// dist/cli.js (the npm package's script, which its pool children run too) and its chunks are the npm package.
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
import { FROM_MARKDOWN_MARKER, PATCH_MARKER, patchMicromark } from './patch-micromark.mjs';

const root = new URL('..', import.meta.url).pathname;
const ncc = join(root, 'node_modules', '.bin', 'ncc');
const entries = [
  { source: 'src/index.ts', target: 'index.js', chunkSuffix: '.index.js' },
  { source: 'src/cli/bin.ts', target: 'cli.js', chunkSuffix: '.cli.js', shebang: true },
];
// ncc's (webpack's) chunk loader names a chunk file: `return "" + chunkId + ".index.js";`, once per bundle.
const CHUNK_NAME = 'return "" + chunkId + ".index.js";';

// The bundles carry micromark with idea-lint's fix of its quadratic EditMap.consume, and mdast-util-from-markdown
// with one handler context per parse (scripts/patch-micromark.mjs).
patchMicromark(root);
rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'));
for (const { source, target, shebang, chunkSuffix } of entries) {
  const out = join(root, 'build', target.replace(/\.js$/, ''));
  rmSync(out, { recursive: true, force: true });
  execFileSync(ncc, ['build', source, '-o', out, '--quiet', '--no-source-map-register', '--target', 'es2022'], {
    cwd: root,
    stdio: 'inherit',
  });
  const files = readdirSync(out).filter((f) => f !== 'package.json');
  const chunkFiles = files.filter((f) => /^\d+\.index\.js$/.test(f));
  const others = files.filter((f) => f !== 'index.js' && !chunkFiles.includes(f));
  if (!files.includes('index.js') || others.length > 0) {
    throw new Error(`ncc emitted unexpected files for ${source}: ${files.join(', ')}`);
  }
  const bundled = ['index.js', ...chunkFiles].map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
  if (!bundled.includes(PATCH_MARKER) || !bundled.includes(FROM_MARKDOWN_MARKER)) {
    throw new Error(`${target} does not carry the micromark patches: see scripts/patch-micromark.mjs.`);
  }
  // The entry loads its chunks as ./<id><chunkSuffix>: rename them, and the loader's name for them, to match.
  let entry = readFileSync(join(out, 'index.js'), 'utf8');
  if (chunkFiles.length > 0) {
    if (entry.split(CHUNK_NAME).length !== 2) {
      throw new Error(`${target}: ncc's chunk loader is not the one expected (${CHUNK_NAME}); see scripts/bundle.mjs.`);
    }
    entry = entry.replace(CHUNK_NAME, `return "" + chunkId + ${JSON.stringify(chunkSuffix)};`);
  }
  writeFileSync(join(root, 'dist', target), entry);
  for (const chunk of chunkFiles) {
    copyFileSync(join(out, chunk), join(root, 'dist', chunk.replace(/\.index\.js$/, chunkSuffix)));
  }
  if (shebang) chmodSync(join(root, 'dist', target), 0o755);
}
writeFileSync(join(root, 'dist', 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
if (existsSync(join(root, 'build'))) rmSync(join(root, 'build'), { recursive: true, force: true });
