#!/usr/bin/env node
// Accuracy on labelled real lists: runs the built CLI (dist/cli.js, preset `recommended`) on every file named in
// DIR/expected.json and scores its JSON report against those labels (scripts/accuracy-score.mjs).
//
//   npm run accuracy -- <dir> [--details] [--json FILE] [--today YYYY-MM-DD] [--variant NAME]
//   npm run accuracy -- <dir>... --variant all
//
// Prints ideas found (precision, recall), precision and recall of each field rule at idea level (a rule "fires on
// an idea" when it reports at least one finding on it), and undefined-terms precision against the labelled terms,
// with the flagged terms nobody labelled listed as unjudged. Run `npm run bundle` first: the script measures the
// bundle, as users run it. Exit status: 0 measured, 2 usage error or a CLI failure.
//
// `--variant NAME` measures the lists rewritten by one label-preserving, line-preserving variant of
// scripts/variants.mjs (written to a temporary directory), against the same labels. `--variant all` prints a table
// over every variant for one or more labelled directories together: ideas and six rules P/R per variant against the
// original, and how many lists score differently (test/fixtures/VARIANTS.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { FIELD_RULES, ratios, scoreFile, totals } from './accuracy-score.mjs';
import { applyVariant, VARIANT_NAMES, VARIANTS } from './variants.mjs';

const USAGE =
  'Usage: npm run accuracy -- <dir> [--details] [--json FILE] [--today YYYY-MM-DD] [--variant NAME]\n' +
  '       npm run accuracy -- <dir>... --variant all';
const root = resolve(import.meta.dirname, '..');

/** A problem with the command line or the run: printed without a stack trace, exit status 2. */
class UsageError extends Error {}

function parseArgs(argv) {
  const options = { dir: undefined, dirs: [], details: false, json: undefined, today: undefined, variant: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--details') options.details = true;
    else if (arg === '--json' || arg === '--today' || arg === '--variant') {
      const value = argv[++i];
      if (!value) throw new UsageError(`${arg} needs a value.\n${USAGE}`);
      options[arg.slice(2)] = value;
    } else if (arg.startsWith('-')) throw new UsageError(`Unknown option "${arg}".\n${USAGE}`);
    else options.dirs.push(resolve(arg));
  }
  if (options.dirs.length === 0) throw new UsageError(`Name the directory of the labelled lists.\n${USAGE}`);
  if (options.variant !== undefined && options.variant !== 'all' && !VARIANT_NAMES.includes(options.variant)) {
    throw new UsageError(`Unknown variant "${options.variant}"; known: all, ${VARIANT_NAMES.join(', ')}.`);
  }
  if (options.dirs.length > 1 && options.variant !== 'all') {
    throw new UsageError(`Give one directory, not "${options.dirs[0]}" and "${options.dirs[1]}".\n${USAGE}`);
  }
  options.dir = options.dirs[0];
  return options;
}

function readLabels(dir) {
  const path = join(dir, 'expected.json');
  if (!existsSync(path)) throw new UsageError(`${path}: no such file; the directory needs an expected.json.`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${error.message}).`);
  }
}

/** Runs the bundled CLI on the labelled files with the recommended preset and returns its parsed JSON report. */
function runCli(dir, files, today) {
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new UsageError(`${cli}: no such file; run "npm run bundle" first.`);
  const configDir = mkdtempSync(join(tmpdir(), 'idea-lint-accuracy-'));
  try {
    const config = join(configDir, 'idea-lint.yml');
    writeFileSync(config, 'extends: recommended\n');
    const args = [cli, '--format', 'json', '--fail-on', 'never', '--config', config];
    if (today) args.push('--today', today);
    const run = spawnSync(process.execPath, [...args, ...files], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.status !== 0) {
      throw new UsageError(`idea-lint exited with status ${run.status}:\n${run.stderr.trim() || run.stdout.trim()}`);
    }
    return JSON.parse(run.stdout);
  } finally {
    rmSync(configDir, { recursive: true, force: true });
  }
}

/**
 * Writes the labelled `files` of each of `dirs` rewritten by `variant` (or as they are, for undefined) under a new
 * temporary directory, as `<index of the dir>/<file>` (or `<file>` for one dir); returns it. Lines are kept, so the
 * labels' lines hold.
 */
function writeVariant(sets, variant) {
  const out = mkdtempSync(join(tmpdir(), 'idea-lint-variant-'));
  sets.forEach(({ dir, files }, index) => {
    const base = sets.length === 1 ? out : join(out, String(index));
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      const target = join(base, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, variant ? applyVariant(variant, text, file) : text);
    }
  });
  return out;
}

/** The labelled sets of `dirs`: each directory with its labels and labelled files (checked to exist). */
function readSets(dirs) {
  return dirs.map((dir) => {
    const labels = readLabels(dir);
    const files = Object.keys(labels).filter((name) => !name.startsWith('_'));
    for (const file of files) {
      if (!existsSync(join(dir, file))) throw new UsageError(`${join(dir, file)}: labelled but missing.`);
    }
    return { dir, labels, files };
  });
}

/** Per list (`set index/file`), its score on `variant` (undefined: the original), from one CLI run over every set. */
function scoreVariant(sets, variant, today) {
  const dir = writeVariant(sets, variant);
  try {
    const paths = sets.flatMap(({ files }, index) => files.map((file) => [index, file, `${index}/${file}`]));
    const report = runCli(
      dir,
      paths.map(([, , path]) => path),
      today,
    );
    const byPath = new Map(report.files.map((file) => [file.path, file]));
    return paths.map(([index, file, path]) => ({
      list: path,
      score: scoreFile(sets[index].labels[file], byPath.get(path)),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sixRules = (sum) =>
  ratios(
    Object.values(sum.rules).reduce((acc, c) => ({ tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn }), {
      tp: 0,
      fp: 0,
      fn: 0,
    }),
  );

/** `--variant all`: one row per variant over every set together, against the original. */
function variantTable(options) {
  const sets = readSets(options.dirs);
  const base = scoreVariant(sets, undefined, options.today);
  const key = ({ score }) => JSON.stringify([score.ideas, score.rules]);
  const figures = (scores) => {
    const sum = totals(scores.map((entry) => entry.score));
    return { ideas: ratios(sum.ideas), rules: sixRules(sum) };
  };
  const before = figures(base);
  const cell = (value, was) => {
    const delta = value == null || was == null ? 0 : value - was;
    return `${fmt(value)}${Math.abs(delta) >= 0.005 ? ` (${delta > 0 ? '+' : '-'}${fmt(Math.abs(delta)).replace(/^0/, '')})` : ''}`;
  };
  const lists = base.length;
  // Rows go out as they are measured (a variant takes one CLI run over every list).
  const emit = (line) => process.stdout.write(`${line}\n`);
  [
    `Variants of ${lists} labelled lists in ${options.dirs.length} sets (${options.dirs.map((dir) => basename(dir)).join(', ')}), commit ${gitCommit()}`,
    '',
    `${pad('Variant', 32)}${pad('lists changed', 15)}${pad('ideas P', 13)}${pad('ideas R', 13)}${pad('rules P', 13)}rules R`,
    `${pad('(original)', 32)}${pad('', 15)}${pad(fmt(before.ideas.precision), 13)}${pad(fmt(before.ideas.recall), 13)}${pad(fmt(before.rules.precision), 13)}${fmt(before.rules.recall)}`,
  ].forEach(emit);
  const changedLists = {};
  for (const name of VARIANT_NAMES) {
    const scores = scoreVariant(sets, name, options.today);
    const changed = scores.filter((entry, index) => key(entry) !== key(base[index])).map((entry) => entry.list);
    changedLists[name] = changed;
    const after = figures(scores);
    emit(
      `${pad(name, 32)}${pad(changed.length, 15)}${pad(cell(after.ideas.precision, before.ideas.precision), 13)}${pad(cell(after.ideas.recall, before.ideas.recall), 13)}${pad(cell(after.rules.precision, before.rules.precision), 13)}${cell(after.rules.recall, before.rules.recall)}`,
    );
  }
  emit('');
  emit(`Sets: ${options.dirs.map((dir, index) => `${index} ${basename(dir)}`).join(', ')}`);
  if (options.details) {
    for (const [name, changed] of Object.entries(changedLists)) {
      if (changed.length > 0) emit(`${name}: ${changed.join(', ')}`);
    }
  }
}

function gitCommit() {
  const run = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : 'unknown';
}

const fmt = (value) => (value == null ? 'n/a' : value.toFixed(2));
const pad = (text, width) => String(text).padEnd(width);

function printSummary(dir, fileCount, labelCount, version, sum) {
  const lines = [];
  lines.push(`Labelled set: ${dir} (${fileCount} lists, ${labelCount} labelled ideas)`);
  lines.push(
    `idea-lint ${version}, commit ${gitCommit()}, preset recommended, ${new Date().toISOString().slice(0, 10)}`,
  );
  lines.push('');
  const ideas = ratios(sum.ideas);
  lines.push(
    `Ideas found: P ${fmt(ideas.precision)} R ${fmt(ideas.recall)}  (matched ${sum.ideas.tp}, not ideas ${sum.ideas.fp}, missed ${sum.ideas.fn})`,
  );
  lines.push('');
  lines.push(`${pad('Rule', 22)}${pad('findings', 10)}${pad('TP', 5)}${pad('FP', 5)}${pad('FN', 5)}${pad('P', 7)}R`);
  for (const rule of Object.keys(FIELD_RULES)) {
    const counts = sum.rules[rule];
    const { precision, recall } = ratios(counts);
    lines.push(
      `${pad(rule, 22)}${pad(counts.findings, 10)}${pad(counts.tp, 5)}${pad(counts.fp, 5)}${pad(counts.fn, 5)}${pad(fmt(precision), 7)}${fmt(recall)}`,
    );
  }
  const all = Object.values(sum.rules).reduce(
    (acc, c) => ({ tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn }),
    {
      tp: 0,
      fp: 0,
      fn: 0,
    },
  );
  const allRatios = ratios(all);
  lines.push(
    `${pad('six rules together', 22)}${pad('', 10)}${pad(all.tp, 5)}${pad(all.fp, 5)}${pad(all.fn, 5)}${pad(fmt(allRatios.precision), 7)}${fmt(allRatios.recall)}`,
  );
  lines.push('');
  const terms = sum.terms;
  const termPrecision = terms.tp + terms.fp === 0 ? null : terms.tp / (terms.tp + terms.fp);
  lines.push(
    `undefined-terms: P ${fmt(termPrecision)}  (flagged and labelled undefined ${terms.tp}; false alarms ${terms.fp}: labelled defined or common, in another idea, or on a non-idea; flagged but unjudged ${terms.unjudged}; labelled undefined terms flagged: ${terms.flaggedUndefined} of ${terms.labelledUndefined})`,
  );
  return lines.join('\n');
}

/** One line per list: ideas matched/missed/not ideas, and the six rules' hits, false alarms and misses together. */
function perListTable(scores) {
  const width = Math.min(60, Math.max(...scores.map(({ file }) => file.length)));
  const lines = [`${pad('List', width + 2)}${pad('ideas ok/missed/not', 21)}rules TP/FP/FN   terms TP/FP`];
  for (const { file, score } of scores) {
    const rules = Object.values(score.rules).reduce(
      (acc, c) => ({ tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn }),
      { tp: 0, fp: 0, fn: 0 },
    );
    const name = file.length > width ? `${file.slice(0, width - 1)}…` : file;
    lines.push(
      `${pad(name, width + 2)}${pad(`${score.ideas.tp}/${score.ideas.fn}/${score.ideas.fp}`, 21)}${pad(`${rules.tp}/${rules.fp}/${rules.fn}`, 17)}${score.terms.tp}/${score.terms.fp}`,
    );
  }
  return lines.join('\n');
}

function printCases(name, score) {
  const lines = [];
  for (const idea of score.missedIdeas) lines.push(`  missed idea: line ${idea.line} "${idea.title}"`);
  for (const idea of score.extraIdeas) lines.push(`  not an idea: line ${idea.line} "${idea.title}"`);
  for (const c of score.ruleCases) {
    const what = c.outcome === 'fn' ? 'miss' : c.outcome === 'fp' ? 'false alarm' : 'false alarm on a non-idea';
    lines.push(`  ${c.rule} ${what}: line ${c.line} "${c.title}"${c.message ? ` — ${c.message}` : ''}`);
  }
  for (const c of score.termCases) {
    const what = {
      unjudged: 'unjudged',
      fp: 'false alarm',
      'fp-outside': 'false alarm (the term is in another idea)',
      'fp-not-an-idea': 'false alarm on a non-idea',
    }[c.outcome];
    lines.push(`  undefined-terms ${what}: ${c.term} in line ${c.line} "${c.title}"`);
  }
  return lines.length > 0 ? `${name}\n${lines.join('\n')}` : '';
}

function main(argv) {
  const options = parseArgs(argv);
  if (options.variant === 'all') {
    variantTable(options);
    return;
  }
  const [{ labels, files }] = readSets([options.dir]);
  const variantDir = options.variant ? writeVariant([{ dir: options.dir, files }], options.variant) : undefined;
  let report;
  try {
    report = runCli(variantDir ?? options.dir, files, options.today);
  } finally {
    if (variantDir) rmSync(variantDir, { recursive: true, force: true });
  }
  const byPath = new Map(report.files.map((file) => [file.path, file]));
  const scores = files.map((file) => ({ file, score: scoreFile(labels[file], byPath.get(file)) }));
  const sum = totals(scores.map((entry) => entry.score));
  const labelCount = scores.reduce((n, { score }) => n + score.ideas.tp + score.ideas.fn, 0);
  const out = [printSummary(options.dir, files.length, labelCount, report.version, sum)];
  if (options.variant)
    out.unshift(`Variant ${options.variant}: ${VARIANTS[options.variant].about} (scripts/variants.mjs)`);
  const regression = files.filter((file) => !Array.isArray(labels[file].ideas));
  if (regression.length > 0) {
    out.push(
      `${regression.length} of ${files.length} lists have regression labels (titles and present fields only): their ideas are scored in full, their rules only for false alarms on labelled fields, their terms not at all.`,
    );
  }
  const termCases = scores.flatMap(({ score }) => score.termCases);
  const outside = termCases.filter((c) => c.outcome === 'fp-outside').length;
  const onNonIdeas = termCases.filter((c) => c.outcome === 'fp-not-an-idea').length;
  if (outside + onNonIdeas > 0) {
    out.push(
      `  of its false alarms: ${outside} name a term of another idea (the finding's line is outside the idea), ${onNonIdeas} are on non-ideas`,
    );
  }
  out.push('', perListTable(scores));
  const unjudged = scores.flatMap(({ file, score }) =>
    score.termCases.filter((c) => c.outcome === 'unjudged').map((c) => `${c.term} (${file}:${c.line})`),
  );
  if (unjudged.length > 0) out.push(`Unjudged flagged terms: ${unjudged.join(', ')}`);
  if (options.details) {
    out.push('', 'Details (misses and false alarms):');
    for (const { file, score } of scores) {
      const text = printCases(file, score);
      if (text) out.push(text);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  if (options.json) {
    writeFileSync(resolve(options.json), `${JSON.stringify({ totals: sum, files: scores }, null, 2)}\n`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`measure-accuracy: ${error.message}\n`);
  process.exit(2);
}
