import { describe, expect, it } from 'vitest';
import type { FileReport, Finding } from '../../src/lint/types.js';
import { isIssueComment, READY_COMMENT, renderIssueComment } from '../../src/report/issue-comment.js';

const finding = (ruleId: string, severity: Finding['severity'], message: string, offset: number): Finding => ({
  ruleId,
  severity,
  message,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  offset,
  endOffset: offset + 1,
  idea: 'Idea',
  fingerprint: ruleId,
  docs: `https://example.org/${ruleId}.md`,
});
const file = (findings: Finding[]): FileReport => ({ path: 'issues/7.md', ideas: [], findings, notices: [] });

describe('renderIssueComment', () => {
  it('lists errors first, then warnings, each with its rule link, and names the label', () => {
    const body = renderIssueComment({
      file: file([
        finding('thin-description', 'warning', 'Explained in 3 words.', 5),
        finding('missing-outcomes', 'error', 'Expected outcomes are "No response".', 9),
      ]),
      needsWorkLabel: 'idea: needs work',
    });
    expect(body).toBe(
      [
        '<!-- idea-lint:issue -->',
        '**idea-lint** found 2 things to fix before this idea is ready for applicants:',
        '',
        '- ❌ Expected outcomes are "No response". ([missing-outcomes](https://example.org/missing-outcomes.md))',
        '- ⚠️ Explained in 3 words. ([thin-description](https://example.org/thin-description.md))',
        '',
        'Edit the issue to fix them: this comment updates itself, and the `idea: needs work` label goes once nothing is left.',
      ].join('\n'),
    );
    expect(isIssueComment(body)).toBe(true);
  });

  it('defuses mentions and markers quoted from the issue', () => {
    const body = renderIssueComment({
      file: file([finding('missing-mentor-email', 'error', 'Mentor "@octocat <!-- x -->" has no email.', 1)]),
      needsWorkLabel: 'needs work',
    });
    expect(body).toContain('Mentor "@\u200boctocat  x " has no email.');
    expect(body.indexOf('<!--')).toBe(0);
  });

  it('says ready when nothing is left', () => {
    expect(renderIssueComment({ file: file([]), needsWorkLabel: 'x' })).toBe(READY_COMMENT);
    expect(READY_COMMENT).toContain('✅ ready');
    expect(isIssueComment(`> ${READY_COMMENT}`)).toBe(false);
  });
});
