import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/lint/types.js';
import {
  COMMENT_LIMIT,
  fitComment,
  isSummaryComment,
  renderRuleCounts,
  renderSummaryComment,
  renderVerdict,
  SUMMARY_MARKER,
} from '../../src/report/summary-comment.js';

function finding(fingerprint: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'unknown-difficulty',
    severity: 'error',
    message: 'Difficulty is "Unknown": state Easy, Medium or Hard so applicants can choose.',
    line: 7,
    column: 15,
    endLine: 7,
    endColumn: 22,
    offset: 0,
    endOffset: 7,
    idea: 'Maps',
    fingerprint,
    docs: 'https://example.org/unknown-difficulty',
    ...extra,
  };
}

function report(
  findings: Finding[],
  ideas = [{ title: 'Maps', line: 3, endLine: 12, section: [], fields: {} }],
): Report {
  return { version: '0.1.0', today: '2026-11-25', files: [{ path: 'ideas/list.md', ideas, findings, notices: [] }] };
}

const empty = report([], []);
const input = (counted: Report, commented: string[] = [], uncounted = empty) => ({
  counted,
  uncounted,
  commented: new Set(commented),
  failOn: 'error' as const,
  repoUrl: 'https://github.com/o/r',
  headSha: 'a'.repeat(40),
});

describe('renderVerdict', () => {
  it('says whether the check passes and why, in one line', () => {
    expect(renderVerdict(report([finding('1')]), 'error', 'pull-request')).toBe(
      '❌ 1 error in the ideas this pull request touches: the check fails (fail-on: error).',
    );
    expect(
      renderVerdict(
        report([finding('1', { severity: 'warning' }), finding('2', { severity: 'notice' })]),
        'error',
        'files',
      ),
    ).toBe('⚠️ 1 warning, 1 notice in the linted files: the check passes (fail-on: error).');
    expect(renderVerdict(report([]), 'error', 'pull-request')).toBe('✅ The idea this pull request touches is ready.');
    expect(renderVerdict(empty, 'error', 'pull-request')).toBe('✅ This pull request touches no ideas.');
    expect(renderVerdict(empty, 'error', 'files')).toBe('✅ No ideas found in the linted files.');
  });
});

describe('renderSummaryComment', () => {
  it('starts with the marker and lists only the findings not commented on a line, linked to the head commit', () => {
    const body = renderSummaryComment(
      input(report([finding('aa'), finding('bb', { line: 9, message: 'Other.' })]), ['aa']),
    );
    expect(body.startsWith(SUMMARY_MARKER)).toBe(true);
    expect(isSummaryComment(body)).toBe(true);
    expect(body).toContain('#### Not commented on a line (1)');
    expect(body).toContain(`[ideas/list.md:9](https://github.com/o/r/blob/${'a'.repeat(40)}/ideas/list.md#L9)`);
    expect(body).not.toContain('ideas/list.md:7]');
    expect(body).toContain('1 finding commented on its line');
  });

  it('counts findings per rule', () => {
    expect(renderRuleCounts(report([finding('1'), finding('2', { severity: 'warning' })]))).toContain(
      '| [`unknown-difficulty`](https://example.org/unknown-difficulty) | 1 | 1 | 0 |',
    );
  });

  it('folds findings outside the pull request into a details block that idea text cannot close', () => {
    const uncounted = report([finding('cc', { message: 'Bad </details><!-- idea-lint:summary --> @all' })]);
    const body = renderSummaryComment(input(report([]), [], uncounted));
    expect(body).toContain(
      '<details><summary>1 finding in ideas this pull request does not change (they do not count)</summary>',
    );
    expect(body.match(/<\/details>/g)).toHaveLength(1);
    expect(body.match(/<!-- idea-lint:summary -->/g)).toHaveLength(1);
    expect(body).toContain('@\u200ball');
  });

  it("stays under GitHub's comment size limit with thousands of findings", () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      finding(`f${i}`, { line: i + 1, message: `Finding number ${i} with some words to make it long enough.` }),
    );
    const body = renderSummaryComment(input(report(many)));
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/…and \d+ more findings\./);
  });
});

describe('fitComment', () => {
  it('cuts at a line boundary with a note', () => {
    const text = `${'line\n'.repeat(100)}end`;
    const cut = fitComment(text, 200);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut).toMatch(/line\n\n_…cut to fit GitHub’s comment size limit/);
  });
});
