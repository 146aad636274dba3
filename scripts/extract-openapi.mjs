#!/usr/bin/env node
// Test-fixture stage: extracts the slice of GitHub's OpenAPI description that idea-lint's action uses.
//
// @octokit/openapi is ~385 MB unpacked, so it is never a dependency. This script fetches its tarball
// into a temporary directory with `npm pack` (through npm's cache), reads
// `generated/api.github.com.json`, keeps only the operations listed in OPERATIONS plus every
// component they reference (transitively, still as `$ref`s under `components`), drops the bulky
// `examples`, and writes test/fixtures/github/openapi.json. The GitHub API emulator
// (test/support/github-emulator.ts) validates every request against that file.
//
// Usage: node scripts/extract-openapi.mjs [--version X.Y.Z] [--out path]
// Without --version the registry's latest version is used; the version is recorded in the fixture
// (`info.x-extracted-from`), together with the operation list. Re-run it when the action starts
// using another endpoint (add it to OPERATIONS first).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The REST operations the action calls, as `METHOD /path/template`. */
export const OPERATIONS = [
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  'GET /repos/{owner}/{repo}/contents/{path}',
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments',
  'GET /repos/{owner}/{repo}/commits/{ref}',
  // Ideas proposed as issues: the issue, its labels, and the needs-work label itself.
  'GET /repos/{owner}/{repo}/issues/{issue_number}',
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
  'GET /repos/{owner}/{repo}/labels/{name}',
  'POST /repos/{owner}/{repo}/labels',
];

const PACKAGE = '@octokit/openapi';
const DESCRIPTION_FILE = 'package/generated/api.github.com.json';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = { version: undefined, out: join(repoRoot, 'test/fixtures/github/openapi.json') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--version') args.version = argv[++i];
    else if (argv[i] === '--out') args.out = resolve(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

/** Downloads the package tarball with npm and returns the parsed api.github.com description. */
function fetchDescription(version) {
  const dir = mkdtempSync(join(tmpdir(), 'octokit-openapi-'));
  try {
    execFileSync('npm', ['pack', `${PACKAGE}@${version}`, '--pack-destination', dir, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack produced no tarball in ${dir}`);
    execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir, DESCRIPTION_FILE]);
    return JSON.parse(readFileSync(join(dir, DESCRIPTION_FILE), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Deep copy without `examples` objects (they are large and only reference more examples). */
function withoutExamples(value) {
  if (Array.isArray(value)) return value.map(withoutExamples);
  if (value === null || typeof value !== 'object') return value;
  const copy = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'examples') continue;
    copy[key] = withoutExamples(child);
  }
  return copy;
}

function collectRefs(value, found) {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.add(child);
      else collectRefs(child, found);
    }
  }
}

/** Resolves a local JSON pointer such as `#/components/schemas/simple-user`. */
function lookup(document, ref) {
  if (!ref.startsWith('#/')) throw new Error(`non-local $ref ${ref}`);
  const segments = ref
    .slice(2)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = document;
  for (const segment of segments) {
    node = node?.[segment];
    if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  }
  return { segments, node };
}

/** Builds the fixture: chosen operations plus the transitive closure of referenced components. */
export function extract(description, operations) {
  const paths = {};
  for (const operation of operations) {
    const [method, template] = operation.split(' ');
    const pathItem = description.paths[template];
    const op = pathItem?.[method.toLowerCase()];
    if (!op) throw new Error(`operation not in the description: ${operation}`);
    paths[template] ??= pathItem.parameters ? { parameters: withoutExamples(pathItem.parameters) } : {};
    paths[template][method.toLowerCase()] = withoutExamples(op);
  }

  const components = {};
  const pending = new Set();
  collectRefs(paths, pending);
  const done = new Set();
  while (pending.size > 0) {
    const [ref] = pending;
    pending.delete(ref);
    if (done.has(ref)) continue;
    done.add(ref);
    const { segments, node } = lookup(description, ref);
    if (segments[0] !== 'components' || segments.length !== 3) throw new Error(`unexpected $ref ${ref}`);
    const [, kind, name] = segments;
    const copy = withoutExamples(node);
    (components[kind] ??= {})[name] = copy;
    const inner = new Set();
    collectRefs(copy, inner);
    for (const next of inner) if (!done.has(next)) pending.add(next);
  }
  for (const kind of Object.keys(components)) {
    components[kind] = Object.fromEntries(Object.entries(components[kind]).sort(([a], [b]) => a.localeCompare(b)));
  }

  return {
    openapi: description.openapi,
    info: {
      ...description.info,
      'x-extracted-from': {
        package: PACKAGE,
        version: description.info.version,
        file: DESCRIPTION_FILE.replace(/^package\//, ''),
        operations,
        stripped: ['examples'],
        script: 'scripts/extract-openapi.mjs',
      },
    },
    servers: description.servers,
    paths,
    components,
  };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const version = args.version ?? execFileSync('npm', ['view', PACKAGE, 'version'], { encoding: 'utf8' }).trim();
  const description = fetchDescription(version);
  const fixture = extract(description, OPERATIONS);
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(fixture, null, 1)}\n`);
  const counts = Object.entries(fixture.components).map(([kind, items]) => `${Object.keys(items).length} ${kind}`);
  console.log(`wrote ${args.out}: ${PACKAGE}@${version}, ${OPERATIONS.length} operations, ${counts.join(', ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
