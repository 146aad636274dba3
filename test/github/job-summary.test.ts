import { describe, expect, it } from 'vitest';
import { JOB_SUMMARY_BYTES, renderJobSummary } from '../../src/github/job-summary.js';
import type { Finding, Report } from '../../src/lint/types.js';

const finding = (i: number): Finding => ({
  ruleId: 'undefined-terms',
  severity: 'warning',
  message: `"ÄÖÜ${i}" is not defined in this idea: spell it out at first use, or link it. ${'é'.repeat(40)}`,
  line: i + 1,
  column: 1,
  endLine: i + 1,
  endColumn: 4,
  offset: 0,
  endOffset: 3,
  idea: `Idea ${i}`,
  fingerprint: String(i),
  docs: 'https://example.org/undefined-terms',
});
const report = (count: number): Report => ({
  version: '0.1.0',
  today: '2026-11-25',
  files: [
    {
      path: 'ideas.md',
      ideas: Array.from({ length: Math.min(count, 50) }, (_, i) => ({
        title: `Idea ${i} ✨`,
        line: i + 1,
        endLine: i + 1,
        section: [],
        fields: {},
      })),
      findings: Array.from({ length: count }, (_, i) => finding(i)),
      notices: [],
    },
  ],
});
const input = (counted: Report) => ({
  counted,
  failOn: 'error' as const,
  scope: 'files' as const,
  repoUrl: 'https://github.com/o/r',
  sha: 'a'.repeat(40),
  notes: ['GitHub shows at most 10 annotations of each kind per step, so 1 more warning is listed here only.'],
});

describe('renderJobSummary', () => {
  it('shows the verdict, notes, scorecard, counts per rule and every finding', () => {
    const text = renderJobSummary(input(report(2)));
    expect(text).toContain('⚠️ 2 warnings in the linted files: the check passes (fail-on: error).');
    expect(text).toContain('1 more warning is listed here only.');
    expect(text).toContain('### Scorecard');
    expect(text).toContain('| [`undefined-terms`](https://example.org/undefined-terms) | 0 | 2 | 0 |');
    expect(text).toContain(`[ideas.md:2](https://github.com/o/r/blob/${'a'.repeat(40)}/ideas.md#L2)`);
  });

  it('stays under 1 MiB in UTF-8 however many findings there are', () => {
    const text = renderJobSummary(input(report(20_000)));
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(JOB_SUMMARY_BYTES);
    expect(text).toMatch(/…and \d+ more findings\./);
  });
});
