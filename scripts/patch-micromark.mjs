// Patches two packages in node_modules where they cost idea-lint time without changing what they produce.
//
// micromark-util-edit-map: `EditMap.consume` no longer copies the whole event list on every call (a quadratic cost
// on nested lists, lazy lines and setext headings; see README, Performance). Upstream `consume` truncates `events`
// to the first edit, then copies that unchanged prefix (`events.slice()`), empties the list and pushes everything
// back: O(all events) per call, and micromark calls it once per sibling list item and per setext heading. The
// patched `consume` leaves the prefix in place and appends the rest, so a call costs O(events after the first
// edit); the resulting event list is the same.
//
// mdast-util-from-markdown: `compile` calls each event's handler with a fresh copy of its context
// (`{...context, sliceSerialize}`), one object of nine fields per event, 5% of all the memory a lint allocates.
// The patched `compile` makes that object once and sets its `sliceSerialize` before each call. The handlers (its
// own and the GFM and front-matter extensions') read `this` during the call only and never set a field on it, so
// they see the same values; the trees are identical (test/parse/markdown.test.ts).
//
// Run by `npm install`/`npm ci` in this project (the `prepare` script, which npm does not run for people
// installing the published package) and by scripts/bundle.mjs before bundling. Idempotent; fails loudly when
// an upstream file changed shape, so that the patch is revisited rather than silently skipped.
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

/** Marks a patched mdast-util-from-markdown (and the bundles built from it). */
export const FROM_MARKDOWN_MARKER = 'idea-lint patch: one handler context per compile';
/** Upstream's per-event copy of the context, in the built file and in the development one. */
const CONTEXT_COPY = /\{\s*\.\.\.context,\s*sliceSerialize: events\[index\]\[2\]\.sliceSerialize\s*\}/g;
/** The statement before which the one context is made: `context` is complete there and never reassigned. */
const LIST_STACK = /\n([ \t]*)const listStack = \[\];?\n/;

/** Every copy of `name` (default: micromark-util-edit-map) under `nodeModules`, hoisted or nested. */
export function findCopies(nodeModules, name = PACKAGE) {
  const copies = [];
  const visit = (dir, depth) => {
    if (!existsSync(dir) || depth > 4) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.name.startsWith('@')) visit(path, depth);
      else if (entry.name === name) copies.push(path);
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

/**
 * The patched text of mdast-util-from-markdown's lib/index.js (built or development), or the text itself when
 * already patched; throws when `compile` no longer copies its context in exactly three places.
 */
export function patchFromMarkdownSource(source, name) {
  if (source.includes(FROM_MARKDOWN_MARKER)) return source;
  const copies = source.match(CONTEXT_COPY) ?? [];
  const anchor = LIST_STACK.exec(source);
  if (copies.length !== 3 || !anchor || /\bcontext\.\w+ =[^=]/.test(source)) {
    throw new Error(
      `${name}: compile's handler context changed shape upstream, so idea-lint's patch cannot be applied. ` +
        'Check whether it still copies the context for every event, then update or remove that part of ' +
        'scripts/patch-micromark.mjs.',
    );
  }
  const indent = anchor[1];
  const made =
    `\n${indent}// ${FROM_MARKDOWN_MARKER}: its sliceSerialize is set before each call.\n` +
    `${indent}const bound = {...context, sliceSerialize: undefined};`;
  return source
    .replace(CONTEXT_COPY, '(bound.sliceSerialize = events[index][2].sliceSerialize, bound)')
    .replace(LIST_STACK, (line) => `${made}${line}`);
}

/** What is patched: each package, its files, and the function that patches one file's text. */
const PATCHES = [
  { name: PACKAGE, files: ['index.js', join('dev', 'index.js')], patch: patchSource },
  {
    name: 'mdast-util-from-markdown',
    files: [join('lib', 'index.js'), join('dev', 'lib', 'index.js')],
    patch: patchFromMarkdownSource,
  },
];

/** Patches every copy under `root`/node_modules; returns the files changed and the files already patched. */
export function patchMicromark(root) {
  const changed = [];
  const unchanged = [];
  for (const { name, files, patch } of PATCHES) {
    const copies = findCopies(join(root, 'node_modules'), name);
    if (copies.length === 0) throw new Error(`${name} is not installed under ${root}/node_modules: run npm ci.`);
    for (const copy of copies) patchCopy(root, copy, files, patch, { changed, unchanged });
  }
  return { changed, unchanged };
}

function patchCopy(root, copy, files, patch, { changed, unchanged }) {
  for (const file of files) {
    const path = join(copy, file);
    if (!existsSync(path)) continue;
    const source = readFileSync(path, 'utf8');
    const patched = patch(source, relative(root, path));
    if (patched === source) unchanged.push(path);
    else {
      writeFileSync(path, patched);
      changed.push(path);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  try {
    const { changed, unchanged } = patchMicromark(root);
    const count = (n) => `${n} file${n === 1 ? '' : 's'}`;
    process.stdout.write(
      `patch-micromark: ${PATCHES.map((p) => p.name).join(' and ')} patched (${count(changed.length)} changed, ${count(unchanged.length)} already patched).\n`,
    );
  } catch (error) {
    process.stderr.write(`patch-micromark: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
