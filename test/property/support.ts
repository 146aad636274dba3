// Test support (property and hostile-input tests): lint with every rule on, and the invariants every result
// must keep whatever the input: positions inside the file and consistent, fix ranges inside, the same
// output on a second run.
import { readdirSync, readFileSync } from 'node:fs';
import { parseIdeaFile } from '../../src/parse/index.js';
import type { IdeaFile, Position } from '../../src/parse/types.js';
import { resolveConfig } from '../../src/lint/config.js';
import { lintText } from '../../src/lint/engine.js';
import type { FileReport, ResolvedConfig } from '../../src/lint/types.js';
import { rules } from '../../rules/index.js';
import { rules as registry } from '../../rules/index.js';

/** Every registered rule on (those off by default as warnings), a fixed day, and optional overrides. */
export function allRulesConfig(extra: Record<string, unknown> = {}): ResolvedConfig {
  const severities = Object.fromEntries(
    rules.map((rule) => [rule.id, rule.defaultSeverity === 'off' ? 'warning' : rule.defaultSeverity]),
  );
  return resolveConfig({ rules: severities, ...extra }, undefined, { rules: registry, today: '2026-06-01' });
}

/** The real idea lists of test/fixtures/corpus/, by file name. */
export function corpusFixtures(): { name: string; text: string }[] {
  const dir = new URL('../fixtures/corpus/', import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));
}

/** Offsets where each line starts: after `\r\n`, `\n` or a lone `\r`, as micromark counts lines. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** What is wrong with a point: outside the file, or line and column that do not match its offset. */
function pointProblems(what: string, starts: number[], length: number, line: number, column: number, offset?: number) {
  const problems: string[] = [];
  if (!(Number.isInteger(line) && line >= 1 && line <= starts.length))
    problems.push(`${what}: line ${line} of ${starts.length}`);
  if (!(Number.isInteger(column) && column >= 1)) problems.push(`${what}: column ${column}`);
  if (offset !== undefined) {
    if (!(Number.isInteger(offset) && offset >= 0 && offset <= length))
      problems.push(`${what}: offset ${offset} of ${length}`);
    else if (line >= 1 && line <= starts.length && offset - starts[line - 1] + 1 !== column) {
      problems.push(`${what}: ${line}:${column} is not offset ${offset}`);
    }
  }
  return problems;
}

function rangeProblems(what: string, starts: number[], length: number, position: Position): string[] {
  const { start, end } = position;
  const problems = [
    ...pointProblems(`${what} start`, starts, length, start.line, start.column, start.offset),
    ...pointProblems(`${what} end`, starts, length, end.line, end.column, end.offset),
  ];
  if (start.offset > end.offset) problems.push(`${what}: starts at ${start.offset} after its end ${end.offset}`);
  return problems;
}

/** Every way a lint result breaks the invariants (empty when it keeps them all). */
export function reportProblems(text: string, report: FileReport): string[] {
  const starts = lineStartsOf(text);
  const problems: string[] = [];
  for (const finding of report.findings) {
    const what = `${finding.ruleId} "${finding.message}"`;
    problems.push(
      ...rangeProblems(what, starts, text.length, {
        start: { line: finding.line, column: finding.column, offset: finding.offset },
        end: { line: finding.endLine, column: finding.endColumn, offset: finding.endOffset },
      }),
    );
    if (finding.message.trim() === '') problems.push(`${finding.ruleId}: empty message`);
    if (finding.fix) {
      const [from, to] = finding.fix.range;
      if (!(from >= 0 && from <= to && to <= text.length)) problems.push(`${what}: fix range ${from}..${to}`);
    }
  }
  for (const notice of report.notices) {
    problems.push(...pointProblems(`notice "${notice.message}"`, starts, text.length, notice.line, notice.column));
  }
  for (const idea of report.ideas) {
    if (!(idea.line >= 1 && idea.line <= idea.endLine && idea.endLine <= starts.length)) {
      problems.push(`idea "${idea.title}": lines ${idea.line}-${idea.endLine} of ${starts.length}`);
    }
  }
  return problems;
}

/** Every way a parse result breaks the invariants: ideas, titles and fields outside the file. */
export function parseProblems(file: IdeaFile): string[] {
  const starts = lineStartsOf(file.text);
  const length = file.text.length;
  const problems: string[] = [];
  for (const idea of file.ideas) {
    problems.push(...rangeProblems(`idea "${idea.title}"`, starts, length, idea.position));
    problems.push(...rangeProblems(`title "${idea.title}"`, starts, length, idea.titlePosition));
    for (const field of Object.values(idea.fields)) {
      if (!field) continue;
      problems.push(...rangeProblems(`${field.name} label`, starts, length, field.labelPosition));
      if (field.valuePosition)
        problems.push(...rangeProblems(`${field.name} value`, starts, length, field.valuePosition));
    }
  }
  for (const notice of file.notices) {
    problems.push(...pointProblems(`notice "${notice.message}"`, starts, length, notice.line, notice.column));
  }
  return problems;
}

/** Parses `text`, and lints it twice with every rule; returns the report and every invariant they break. */
export function checkEverything(text: string, config: ResolvedConfig = allRulesConfig()) {
  const parsed = parseIdeaFile('ideas.md', text);
  const report = lintText('ideas.md', text, config, registry);
  const problems = [...parseProblems(parsed), ...reportProblems(text, report)];
  const again = lintText('ideas.md', text, config, registry);
  if (JSON.stringify(again) !== JSON.stringify(report)) problems.push('a second run gave another report');
  return { report, parsed, problems };
}
