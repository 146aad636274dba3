import { describe, expect, it } from 'vitest';
import { applyFixes, fixText } from '../../src/cli/fix.js';
import type { FileReport, Fix } from '../../src/lint/types.js';

/** A report whose findings carry `fixes`, as the engine would stamp them. */
function reportWith(fixes: Fix[]): FileReport {
  return {
    path: 'ideas.md',
    ideas: [],
    notices: [],
    findings: fixes.map((fix, i) => ({
      ruleId: `fake-${i}`,
      severity: 'warning',
      message: 'Fix me.',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      offset: fix.range[0],
      endOffset: fix.range[1],
      idea: null,
      fix,
      fingerprint: String(i),
      docs: '',
    })),
  };
}

describe('applyFixes', () => {
  it('applies fixes in offset order, whatever order they come in', () => {
    const fixes: Fix[] = [
      { range: [8, 10], text: '2026' },
      { range: [0, 3], text: 'One' },
    ];
    expect(applyFixes('one and 26', fixes)).toEqual({ text: 'One and 2026', count: 2 });
  });

  it('skips a fix that overlaps an earlier one, leaving it for the next pass', () => {
    const fixes: Fix[] = [
      { range: [0, 5], text: 'HELLO' },
      { range: [3, 8], text: 'XXXXX' },
    ];
    expect(applyFixes('hello world', fixes)).toEqual({ text: 'HELLO world', count: 1 });
  });

  it('skips a fix that changes nothing, and a repeated insertion', () => {
    expect(
      applyFixes('abc', [
        { range: [0, 1], text: 'a' },
        { range: [3, 3], text: '!' },
        { range: [3, 3], text: '!' },
      ]),
    ).toEqual({ text: 'abc!', count: 1 });
  });
});

describe('fixText', () => {
  it('lints again after each pass until no fix is left', () => {
    // Each pass fixes the first lower-case letter; overlapping fixes would need one pass each.
    const lint = (text: string): FileReport => {
      const at = text.search(/[a-z]/);
      return reportWith(at === -1 ? [] : [{ range: [at, at + 1], text: text[at]!.toUpperCase() }]);
    };
    const outcome = fixText('abc', lint);
    expect(outcome).toMatchObject({ text: 'ABC', applied: 3 });
    expect(outcome.report.findings).toEqual([]);
  });

  it('stops after ten passes when fixes keep coming', () => {
    const outcome = fixText('', (text) => reportWith([{ range: [text.length, text.length], text: 'x' }]));
    expect(outcome.text).toBe('x'.repeat(10));
  });
});
