#!/usr/bin/env node
// Accuracy on labelled real lists: runs the built CLI (dist/cli.js, preset `recommended`) on every file named in
// DIR/expected.json and scores its JSON report against those labels (scripts/accuracy-score.mjs).
//
//   npm run accuracy -- <dir> [--details] [--json FILE] [--today YYYY-MM-DD]
//
// Prints ideas found (precision, recall), precision and recall of each field rule at idea level (a rule "fires on
// an idea" when it reports at least one finding on it), and undefined-terms precision against the labelled terms,
// with the flagged terms nobody labelled listed as unjudged. Run `npm run bundle` first: the script measures the
// bundle, as users run it. Exit status: 0 measured, 2 usage error or a CLI failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIELD_RULES, ratios, scoreFile, totals } from './accuracy-score.mjs';

const USAGE = 'Usage: npm run accuracy -- <dir> [--details] [--json FILE] [--today YYYY-MM-DD]';
const root = resolve(import.meta.dirname, '..');

/** A problem with the command line or the run: printed without a stack trace, exit status 2. */
class UsageError extends Error {}

function parseArgs(argv) {
  const options = { dir: undefined, details: false, json: undefined, today: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--details') options.details = true;
    else if (arg === '--json' || arg === '--today') {
      const value = argv[++i];
      if (!value) throw new UsageError(`${arg} needs a value.\n${USAGE}`);
      options[arg.slice(2)] = value;
    } else if (arg.startsWith('-')) throw new UsageError(`Unknown option "${arg}".\n${USAGE}`);
    else if (options.dir) throw new UsageError(`Give one directory, not "${options.dir}" and "${arg}".\n${USAGE}`);
    else options.dir = resolve(arg);
  }
  if (!options.dir) throw new UsageError(`Name the directory of the labelled lists.\n${USAGE}`);
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
  const labels = readLabels(options.dir);
  const files = Object.keys(labels).filter((name) => !name.startsWith('_'));
  for (const file of files) {
    if (!existsSync(join(options.dir, file))) throw new UsageError(`${join(options.dir, file)}: labelled but missing.`);
  }
  const report = runCli(options.dir, files, options.today);
  const byPath = new Map(report.files.map((file) => [file.path, file]));
  const scores = files.map((file) => ({ file, score: scoreFile(labels[file], byPath.get(file)) }));
  const sum = totals(scores.map((entry) => entry.score));
  const labelCount = scores.reduce((n, { score }) => n + score.ideas.tp + score.ideas.fn, 0);
  const out = [printSummary(options.dir, files.length, labelCount, report.version, sum)];
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
