#!/usr/bin/env node
// Release: cuts version X.Y.Z in a local commit and tags; never pushes (it prints the push commands instead).
//
//   node scripts/release.mjs <X.Y.Z> [--dry-run] [--date YYYY-MM-DD] [--cwd DIR] [--skip-bundle-check]
//
// Checks a clean tree, a non-empty "Unreleased" changelog section and a fresh dist/; bumps package.json,
// package-lock.json and src/version.ts; dates the changelog; points the references users copy at the new version
// (`uses: …@vN` and the schema URL at the major tag, pre-commit's `rev:` at the release tag); rebuilds dist/ (rule
// links name the release tag); commits; tags vX.Y.Z and moves the major tag (v0, v1…) to it, as
// actions/typescript-action's script/release. When package.json already holds X.Y.Z, no tag vX.Y.Z exists yet and
// the changelog has its "## [X.Y.Z]" section (the first release), it only checks and tags.
// Exit status: 0 released (or dry run), 1 a check failed, 2 usage error.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const USAGE = 'Usage: npm run release -- <X.Y.Z> [--dry-run] [--date YYYY-MM-DD] [--cwd DIR] [--skip-bundle-check]';
const VERSION_PATTERN = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/;
const VERSION_CONSTANT = /export const VERSION = '[^']*';/;
const UNRELEASED = /^## \[Unreleased\][^\n]*\n/m;
const REPOSITORY_CONSTANT = /export const REPOSITORY_URL = '([^']*)';/;
/** Files that quote the action reference, the schema URL or pre-commit's `rev:`; missing ones are skipped. */
const REFERENCE_FILES = [
  'README.md',
  'CONTRIBUTING.md',
  'action.yml',
  '.pre-commit-hooks.yaml',
  'idea-lint.schema.json',
];

/** A failed check: printed without a stack trace. */
class ReleaseError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Reads the command line into options; throws a usage error on anything unknown. */
function parseArgs(argv) {
  const options = { version: undefined, dryRun: false, skipBundleCheck: false, cwd: process.cwd(), date: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--skip-bundle-check') options.skipBundleCheck = true;
    else if (arg === '--cwd' || arg === '--date') {
      const value = argv[++i];
      if (!value) throw new ReleaseError(`${arg} needs a value.\n${USAGE}`, 2);
      options[arg.slice(2)] = arg === '--cwd' ? resolve(value) : value;
    } else if (arg.startsWith('-')) throw new ReleaseError(`Unknown option "${arg}".\n${USAGE}`, 2);
    else if (options.version) throw new ReleaseError(`Give one version, not "${options.version}" and "${arg}".`, 2);
    else options.version = arg.replace(/^v/, '');
  }
  if (!options.version) throw new ReleaseError(USAGE, 2);
  if (!VERSION_PATTERN.test(options.version)) {
    throw new ReleaseError(`"${options.version}" is not a version: give X.Y.Z, such as 0.2.0.`, 2);
  }
  options.date ??= new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new ReleaseError(`--date must be YYYY-MM-DD.`, 2);
  return options;
}

/** Runs a command in the release directory and returns its stdout; git never inherits another repository. */
function run(cwd, command, args) {
  const env = { ...process.env };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];
  try {
    return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    throw new ReleaseError(`\`${command} ${args.join(' ')}\` failed${output ? `:\n${output}` : '.'}`);
  }
}

/** Moves the Unreleased section's entries under a new dated heading and updates the compare links. */
function dateChangelog(text, version, previous, date) {
  const heading = text.match(UNRELEASED);
  if (!heading) throw new ReleaseError('CHANGELOG.md has no "## [Unreleased]" section: add one above the releases.');
  const start = heading.index + heading[0].length;
  const next = text.slice(start).search(/^## \[/m);
  const entries = next === -1 ? text.slice(start) : text.slice(start, start + next);
  if (!/^\s*[-*]\s+\S/m.test(entries)) {
    throw new ReleaseError('CHANGELOG.md has nothing under "## [Unreleased]": list the changes in this release first.');
  }
  let dated = `${text.slice(0, start)}\n## [${version}] - ${date}\n${text.slice(start)}`;
  const link = dated.match(/^\[Unreleased\]:\s*(\S+)\/compare\/\S+\.\.\.HEAD\s*$/m);
  if (link) {
    const base = link[1];
    dated = dated.replace(
      link[0],
      `[Unreleased]: ${base}/compare/v${version}...HEAD\n[${version}]: ${base}/compare/v${previous}...v${version}`,
    );
  }
  return dated;
}

/** Fails unless `npm run bundle` reproduces the committed dist/ exactly. */
function checkDistIsFresh(cwd) {
  run(cwd, 'npm', ['run', 'bundle', '--silent']);
  const changed = run(cwd, 'git', ['status', '--porcelain', '--', 'dist']).trim();
  if (changed) {
    throw new ReleaseError(`dist/ is out of date:\n${changed}\nCommit the rebuilt dist/ (npm run bundle) first.`);
  }
}

/** Writes JSON as npm does: two-space indent and a final newline. */
function writeJson(path, value) {
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
}

/** Sets the new version in package.json, package-lock.json and src/version.ts. */
function bumpVersionFiles(cwd, version) {
  const pkgPath = join(cwd, 'package.json');
  writeJson(pkgPath, { ...JSON.parse(readFileSync(pkgPath, 'utf8')), version });
  const lockPath = join(cwd, 'package-lock.json');
  if (existsSync(lockPath)) {
    const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
    lock.version = version;
    if (lock.packages?.['']) lock.packages[''].version = version;
    writeJson(lockPath, lock);
  }
  const versionPath = join(cwd, 'src', 'version.ts');
  const source = readFileSync(versionPath, 'utf8');
  if (!VERSION_CONSTANT.test(source)) throw new ReleaseError('src/version.ts has no `export const VERSION = …;` line.');
  writeFileSync(versionPath, source.replace(VERSION_CONSTANT, `export const VERSION = '${version}';`));
}

/**
 * Points what users copy at the new version: `owner/repo@vN` and the schema URL at the major tag, pre-commit's
 * `rev: vX.Y.Z` at the release tag. Returns the files it changed.
 */
function bumpReferences(cwd, version) {
  const source = readFileSync(join(cwd, 'src', 'version.ts'), 'utf8');
  const repositoryUrl = REPOSITORY_CONSTANT.exec(source)?.[1];
  if (!repositoryUrl) throw new ReleaseError("src/version.ts has no `export const REPOSITORY_URL = '…';` line.");
  const slug = repositoryUrl.replace(/^https:\/\/github\.com\//, '');
  const escaped = slug.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const major = `v${VERSION_PATTERN.exec(version)[1]}`;
  const changed = [];
  for (const file of REFERENCE_FILES) {
    const path = join(cwd, file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const updated = text
      .replace(new RegExp(`(${escaped}@)v\\d+(?![\\w.])`, 'g'), `$1${major}`)
      .replace(new RegExp(`(${escaped}/)v\\d+(/idea-lint\\.schema\\.json)`, 'g'), `$1${major}$2`)
      .replace(/^(\s*(?:#\s*)?rev: )v\d+\.\d+\.\d+\S*$/gm, `$1v${version}`);
    if (updated !== text) {
      writeFileSync(path, updated);
      changed.push(file);
    }
  }
  return changed;
}

/** Checks, then (unless dry) performs the release; returns the lines to print. */
function release(options) {
  const { cwd, version, dryRun, skipBundleCheck, date } = options;
  const tag = `v${version}`;
  const [, major, , , prerelease] = VERSION_PATTERN.exec(version);
  // A pre-release never moves the major tag that users pin to.
  const majorTag = prerelease ? undefined : `v${major}`;
  const say = [];
  const step = (text) => say.push(`${dryRun ? '[dry run] would ' : ''}${text}`);

  run(cwd, 'git', ['rev-parse', '--verify', 'HEAD']);
  const previous = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).version;
  if (run(cwd, 'git', ['tag', '--list', tag]).trim()) throw new ReleaseError(`Tag ${tag} exists already.`);
  const changelogText = readFileSync(join(cwd, 'CHANGELOG.md'), 'utf8');
  // The first release: the version is already in the files and dated in the changelog, only the tags are missing.
  const tagOnly = previous === version;
  if (tagOnly && !changelogText.includes(`\n## [${version}]`)) {
    throw new ReleaseError(
      `package.json is already at ${version}: give the next version, or add a "## [${version}]" section to CHANGELOG.md to tag this commit as ${tag}.`,
    );
  }
  const dirty = run(cwd, 'git', ['status', '--porcelain']).trim();
  if (dirty) throw new ReleaseError(`The working tree is not clean:\n${dirty}\nCommit or remove these changes first.`);
  const changelog = tagOnly ? changelogText : dateChangelog(changelogText, version, previous, date);
  say.push(
    tagOnly
      ? `Tagging ${tag} (package.json and CHANGELOG.md already hold it) in ${cwd}: the tree is clean.`
      : `Releasing ${tag} (from ${previous}) in ${cwd}: the tree is clean and the changelog has entries.`,
  );

  if (!skipBundleCheck) {
    step('rebuild dist/ (npm run bundle) and check it equals the committed build');
    if (!dryRun) checkDistIsFresh(cwd);
  }
  if (!tagOnly) {
    step(`set version ${version} in package.json, package-lock.json and src/version.ts`);
    step(`move CHANGELOG.md's Unreleased entries under "## [${version}] - ${date}"`);
    if (majorTag) step(`point the action reference and schema URL at ${majorTag}, pre-commit's rev at ${tag}`);
    if (!dryRun) {
      bumpVersionFiles(cwd, version);
      writeFileSync(join(cwd, 'CHANGELOG.md'), changelog);
      if (majorTag) bumpReferences(cwd, version);
    }
    if (!skipBundleCheck) {
      step('rebuild dist/ so the bundled version and rule links name the new tag');
      if (!dryRun) run(cwd, 'npm', ['run', 'bundle', '--silent']);
    }
    const files = ['package.json', 'package-lock.json', 'src/version.ts', 'CHANGELOG.md', 'dist', ...REFERENCE_FILES];
    step(`commit "Release ${tag}"`);
    if (!dryRun) {
      run(cwd, 'git', ['add', '--all', '--', ...files.filter((f) => existsSync(join(cwd, f)))]);
      run(cwd, 'git', ['commit', '--quiet', '-m', `Release ${tag}`]);
    }
  }
  step(majorTag ? `tag ${tag} and move ${majorTag} to it (git tag -f ${majorTag})` : `tag ${tag}`);
  if (!dryRun) {
    run(cwd, 'git', ['tag', '-a', tag, '-m', tag]);
    if (majorTag) run(cwd, 'git', ['tag', '-f', '-a', majorTag, '-m', `${majorTag} (${tag})`]);
  }
  say.push(
    '',
    dryRun
      ? 'Nothing was changed. Run again without --dry-run, then publish with:'
      : `Released ${tag} locally. To publish:`,
    `  git push origin HEAD`,
    `  git push origin ${tag}`,
    ...(majorTag ? [`  git push --force origin ${majorTag}`] : []),
  );
  return say;
}

try {
  for (const line of release(parseArgs(process.argv.slice(2)))) console.log(line);
} catch (error) {
  if (!(error instanceof ReleaseError)) throw error;
  console.error(error.message);
  process.exitCode = error.exitCode;
}
