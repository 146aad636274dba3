import { describe, expect, it } from 'vitest';
import { describeHiddenAnnotations, emitAnnotations } from '../../src/github/annotations.js';
import type { Finding, Report, Severity } from '../../src/lint/types.js';
import { FakeIO } from './fakes.js';

function finding(severity: Severity, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: `rule-${severity}`,
    severity,
    message: `${severity} on ${line}`,
    line,
    column: 3,
    endLine: line,
    endColumn: 9,
    offset: 0,
    endOffset: 6,
    idea: 'Idea',
    fingerprint: `${severity}${line}`,
    docs: 'https://example.org',
    ...extra,
  };
}

function report(findings: Finding[], notices: { message: string; line: number; column: number }[] = []): Report {
  return { version: '0', today: '2026-11-25', files: [{ path: 'ideas.md', ideas: [], findings, notices }] };
}

describe('emitAnnotations', () => {
  it('emits a finding with file, lines, inclusive end column and the rule id as title', () => {
    const io = new FakeIO();
    emitAnnotations(io, report([finding('warning', 4)]));
    expect(io.annotations).toEqual([
      {
        kind: 'warning',
        message: 'warning on 4',
        target: { title: 'rule-warning', file: 'ideas.md', startLine: 4, endLine: 4, startColumn: 3, endColumn: 8 },
      },
    ]);
  });

  it('leaves columns out of an annotation that spans lines', () => {
    const io = new FakeIO();
    emitAnnotations(io, report([finding('error', 4, { endLine: 6 })]));
    expect(io.annotations[0]?.target).toEqual({ title: 'rule-error', file: 'ideas.md', startLine: 4, endLine: 6 });
  });

  it('emits the most severe first and at most 10 of each kind, counting the rest', () => {
    const io = new FakeIO();
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding('notice', i + 1)),
      ...Array.from({ length: 13 }, (_, i) => finding('error', 100 + i)),
      finding('warning', 50),
    ];
    const tally = emitAnnotations(io, report(findings));
    expect(io.annotations.map((a) => a.kind)).toEqual([
      ...Array(10).fill('error'),
      'warning',
      ...Array(10).fill('notice'),
    ]);
    expect(io.annotations[0]?.message).toBe('error on 100');
    expect(tally).toEqual({
      shown: { error: 10, warning: 1, notice: 10 },
      hidden: { error: 3, warning: 0, notice: 2 },
    });
    expect(describeHiddenAnnotations(tally)).toBe(
      'GitHub shows at most 10 annotations of each kind per step, so 3 more errors and 2 more notices are listed here only.',
    );
  });

  it('keeps room for the annotations the caller emits itself', () => {
    const io = new FakeIO();
    const tally = emitAnnotations(
      io,
      report([finding('error', 1), finding('error', 2)], [{ message: 'skipped', line: 1, column: 1 }]),
      {
        error: 9,
        notice: 10,
      },
    );
    expect(tally.shown).toEqual({ error: 1, warning: 0, notice: 0 });
    expect(tally.hidden).toEqual({ error: 1, warning: 0, notice: 1 });
  });

  it('emits file notices as notices', () => {
    const io = new FakeIO();
    emitAnnotations(io, report([], [{ message: 'No ideas found.', line: 1, column: 1 }]));
    expect(io.annotations).toEqual([
      { kind: 'notice', message: 'No ideas found.', target: { title: 'idea-lint', file: 'ideas.md', startLine: 1 } },
    ]);
  });

  it('says nothing when every annotation was shown', () => {
    expect(
      describeHiddenAnnotations({
        shown: { error: 1, warning: 0, notice: 0 },
        hidden: { error: 0, warning: 0, notice: 0 },
      }),
    ).toBe('');
  });
});
