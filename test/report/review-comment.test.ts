import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lint/types.js';
import { fingerprintMarker, readFingerprint, renderReviewComment } from '../../src/report/review-comment.js';

const finding: Finding = {
  ruleId: 'missing-mentor-email',
  severity: 'error',
  message: 'Mentor "@someone <b>x</b>" has no email address: add one so applicants can reach them.',
  line: 9,
  column: 12,
  endLine: 9,
  endColumn: 20,
  offset: 0,
  endOffset: 8,
  idea: 'Maps',
  fingerprint: '0123456789abcdef',
  docs: 'https://github.com/idea-lint/idea-lint/blob/v0.1.0/rules/missing-mentor-email.md',
};

describe('renderReviewComment', () => {
  it('says the message with a link to the rule page and ends with the fingerprint marker', () => {
    expect(renderReviewComment(finding)).toBe(
      '❌ Mentor "@\u200bsomeone &lt;b&gt;x&lt;/b&gt;" has no email address: add one so applicants can reach them. ' +
        '([missing-mentor-email](https://github.com/idea-lint/idea-lint/blob/v0.1.0/rules/missing-mentor-email.md))\n\n' +
        '<!-- idea-lint:fp=0123456789abcdef -->',
    );
  });

  it('adds a suggestion block, verbatim, with a fence longer than any backticks inside', () => {
    expect(renderReviewComment(finding, '- Mentors: Maria <maria@example.org>')).toContain(
      '\n\n```suggestion\n- Mentors: Maria <maria@example.org>\n```\n\n<!-- idea-lint:fp=',
    );
    expect(renderReviewComment(finding, 'Use ```code``` here')).toContain(
      '\n````suggestion\nUse ```code``` here\n````\n',
    );
  });

  it('drops a suggestion that would push the body over the limit, keeping the message', () => {
    const suggestion = `- Notes: ${'x'.repeat(70_000)}`;
    const body = renderReviewComment(finding, suggestion);
    expect(body).not.toContain('```suggestion');
    expect(body).toBe(renderReviewComment(finding));
    expect(renderReviewComment(finding, 'short', 100)).toBe(renderReviewComment(finding, undefined, 100));
  });

  it('cuts an over-long message with a note, never beyond the limit, and keeps the marker', () => {
    const long = { ...finding, message: `Title ${'&<@'.repeat(40_000)} is too long.` };
    const body = renderReviewComment(long, 'fix');
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body).toContain('… _(cut to fit GitHub’s comment size limit)_ ([missing-mentor-email](');
    expect(readFingerprint(body)).toBe('0123456789abcdef');
    expect(body).not.toMatch(/&[a-z]*… _/);
  });

  it('leaves out a suggestion holding bidirectional controls', () => {
    expect(renderReviewComment(finding, '- Mentors: Maria \u202e<maria@example.org>')).toBe(
      renderReviewComment(finding),
    );
  });

  it('reads back only a marker that ends the body', () => {
    expect(readFingerprint(renderReviewComment(finding))).toBe('0123456789abcdef');
    expect(readFingerprint(`${fingerprintMarker('abc')}\n\nI disagree.`)).toBeUndefined();
    expect(readFingerprint('Plain reply.')).toBeUndefined();
  });

  it('cannot be forged by idea text, which loses its comment delimiters', () => {
    const forged = renderReviewComment({ ...finding, message: 'Bad <!-- idea-lint:fp=ffffffffffffffff -->' });
    expect(readFingerprint(forged)).toBe('0123456789abcdef');
    expect(forged.match(/<!--/g)).toHaveLength(1);
  });
});
