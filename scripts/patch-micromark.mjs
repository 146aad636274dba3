// Patches micromark-util-edit-map in node_modules so that `EditMap.consume` no longer copies the whole event
// list on every call (a quadratic cost on nested lists, lazy lines and setext headings; see README, Performance).
// Upstream `consume` truncates `events` to the first edit, then copies that unchanged prefix (`events.slice()`),
// empties the list and pushes everything back: O(all events) per call, and micromark calls it once per sibling
// list item and per setext heading. The patched `consume` leaves the prefix in place and appends the rest, so a
// call costs O(events after the first edit); the resulting event list is the same.
//
// Run by `npm install`/`npm ci` in this project (the `prepare` script, which npm does not run for people
// installing the published package) and by scripts/bundle.mjs before bundling. Idempotent; fails loudly when
// the upstream file changed shape, so that the patch is revisited rather than silently skipped.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'micromark-util-edit-map';
/** Marks a patched file (and the bundles built from it). */
export const PATCH_MARKER = 'idea-lint patch: consume keeps the unchanged prefix in place';
/** The upstream statements the patch removes: copy the prefix, then empty the list (with or without semicolons). */
const UPSTREAM = /(\n[ \t]*)vecs\.push\(events\.slice\(\)\);?\s*\n[ \t]*events\.length = 0;?[ \t]*\n/;
/** What `consume` must still contain for the patch to be correct: the loop that truncates `events` to each edit. */
const EXPECTED = [/events\.length = this\.map\[index\]\[0\]/, /let slice = vecs\.pop\(\)/, /events\.push\(element\)/];

/** Every copy of the package under `nodeModules` (hoisted, or nested under the packages that need it). */
export function findCopies(nodeModules) {
  const copies = [];
  const visit = (dir, depth) => {
    if (!existsSync(dir) || depth > 4) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.name.startsWith('@')) visit(path, depth);
      else if (entry.name === PACKAGE) copies.push(path);
      else visit(join(path, 'node_modules'), depth + 1);
    }
  };
  visit(nodeModules, 0);
  return copies;
}

/** The patched text of one file of the package, or the text itself when already patched; throws on a new shape. */
export function patchSource(source, name) {
  if (source.includes(PATCH_MARKER)) return source;
  const match = UPSTREAM.exec(source);
  const missing = EXPECTED.filter((pattern) => !pattern.test(source));
  if (!match || missing.length > 0) {
    throw new Error(
      `${name}: EditMap.consume changed shape upstream, so idea-lint's patch cannot be applied. ` +
        'Check whether the new version still copies the whole event list on each call, then update or remove ' +
        'scripts/patch-micromark.mjs.',
    );
  }
  const indent = match[1];
  return source.replace(UPSTREAM, `${indent}// ${PATCH_MARKER}, no copy of it.\n`);
}

/** Patches every copy under `root`/node_modules; returns the files changed and the files already patched. */
export function patchMicromark(root) {
  const copies = findCopies(join(root, 'node_modules'));
  if (copies.length === 0) throw new Error(`${PACKAGE} is not installed under ${root}/node_modules: run npm ci.`);
  const changed = [];
  const unchanged = [];
  for (const copy of copies) {
    for (const file of ['index.js', join('dev', 'index.js')]) {
      const path = join(copy, file);
      if (!existsSync(path)) continue;
      const source = readFileSync(path, 'utf8');
      const patched = patchSource(source, relative(root, path));
      if (patched === source) unchanged.push(path);
      else {
        writeFileSync(path, patched);
        changed.push(path);
      }
    }
  }
  return { changed, unchanged };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  try {
    const { changed, unchanged } = patchMicromark(root);
    const count = (n) => `${n} file${n === 1 ? '' : 's'}`;
    process.stdout.write(
      `patch-micromark: ${PACKAGE} patched (${count(changed.length)} changed, ${count(unchanged.length)} already patched).\n`,
    );
  } catch (error) {
    process.stderr.write(`patch-micromark: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
