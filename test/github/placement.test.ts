import { describe, expect, it } from 'vitest';
import { parsePatch } from '../../src/github/diff.js';
import { placeFindings, type PlacementInput } from '../../src/github/placement.js';
import { lineStarts as computeLineStarts } from '../../src/parse/text.js';
import type { Finding } from '../../src/lint/types.js';

const text = [
  '# Ideas',
  '',
  '## Idea one',
  'Difficulty: Unknown',
  'Skills: TBD',
  '',
  '## Idea two',
  'Difficulty: ?',
  '',
].join('\n');
const lineStarts = computeLineStarts(text);

function finding(line: number, extra: Partial<Finding> = {}): Finding {
  const offset = lineStarts[line - 1];
  return {
    ruleId: 'unknown-difficulty',
    severity: 'error',
    message: 'm',
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    offset,
    endOffset: offset + 1,
    idea: line >= 7 ? 'Idea two' : 'Idea one',
    fingerprint: `fp${line}`,
    docs: 'https://example.com',
    ...extra,
  };
}

function input(patch: string, findings: Finding[]): PlacementInput {
  return {
    path: 'ideas.md',
    text,
    findings,
    ideas: [
      { title: 'Idea one', line: 3, endLine: 6, section: [], fields: {} },
      { title: 'Idea two', line: 7, endLine: 9, section: [], fields: {} },
    ],
    changed: parsePatch(patch),
  };
}

// Line 4 added; line 3 and 5 are context; idea two untouched.
const patch = '@@ -3,3 +3,3 @@\n ## Idea one\n-Difficulty: ?\n+Difficulty: Unknown\n Skills: TBD';

describe('placeFindings', () => {
  it('puts a finding on an added line inline under added', () => {
    const [placed] = placeFindings([input(patch, [finding(4)])], 'added');
    expect(placed).toMatchObject({ where: 'inline', line: 4, inScope: true });
  });

  it('sends a finding on a context line to the summary under added, inline under diff_context', () => {
    expect(placeFindings([input(patch, [finding(5)])], 'added')[0]).toMatchObject({ where: 'summary', inScope: true });
    expect(placeFindings([input(patch, [finding(5)])], 'diff_context')[0]).toMatchObject({ where: 'inline', line: 5 });
  });

  it('makes an off-diff finding a file-level comment under file', () => {
    expect(placeFindings([input(patch, [finding(8)])], 'file')[0]).toMatchObject({ where: 'file', inScope: true });
  });

  it('keeps findings of untouched ideas out of scope under added and diff_context, in scope otherwise', () => {
    expect(placeFindings([input(patch, [finding(8)])], 'added')[0]).toMatchObject({ where: 'summary', inScope: false });
    expect(placeFindings([input(patch, [finding(8)])], 'diff_context')[0].inScope).toBe(false);
    expect(placeFindings([input(patch, [finding(8)])], 'nofilter')[0]).toMatchObject({
      where: 'summary',
      inScope: true,
    });
  });

  it('counts a file-level notice for the gate wherever it stands, as no-ideas (unread-ideas inside an untouched idea)', () => {
    const unread = finding(8, { ruleId: 'unread-ideas', severity: 'notice', idea: null });
    for (const mode of ['added', 'diff_context'] as const)
      expect(placeFindings([input(patch, [unread])], mode)[0]).toMatchObject({ where: 'summary', inScope: true });
  });

  it('never drops a finding', () => {
    const findings = [finding(1), finding(4), finding(5), finding(8)];
    for (const mode of ['added', 'diff_context', 'file', 'nofilter'] as const) {
      expect(placeFindings([input(patch, findings)], mode)).toHaveLength(4);
    }
  });

  it('turns a fix into a single-line suggestion of the whole rewritten line', () => {
    const start = lineStarts[3] + 'Difficulty: '.length;
    const fix = { range: [start, start + 'Unknown'.length] as [number, number], text: 'Medium' };
    const [placed] = placeFindings([input(patch, [finding(4, { fix })])], 'added');
    expect(placed).toMatchObject({ where: 'inline', line: 4, suggestion: 'Difficulty: Medium' });
    expect(placed.startLine).toBeUndefined();
  });

  it('turns a fix over two lines into a multi-line suggestion with start_line below line', () => {
    const fix = { range: [lineStarts[3], lineStarts[5] - 1] as [number, number], text: 'Difficulty: Easy\nSkills: C' };
    const [placed] = placeFindings([input(patch, [finding(4, { fix })])], 'diff_context');
    expect(placed).toMatchObject({ where: 'inline', startLine: 4, line: 5, suggestion: 'Difficulty: Easy\nSkills: C' });
  });

  it('falls back to a plain line comment when the suggestion would leave the commentable lines', () => {
    const fix = { range: [lineStarts[3], lineStarts[5] - 1] as [number, number], text: 'x' };
    const [placed] = placeFindings([input(patch, [finding(4, { fix })])], 'added');
    expect(placed).toMatchObject({ where: 'inline', line: 4 });
    expect(placed.suggestion).toBeUndefined();
  });
});
