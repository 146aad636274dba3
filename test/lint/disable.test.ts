import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readDirectives, readDisableComments } from '../../src/lint/disable.js';

const parse = (markdown: string) => unified().use(remarkParse).parse(markdown);
const check = (markdown: string) => readDisableComments(parse(markdown));

describe('readDisableComments', () => {
  it('switches nothing off in a file without directives', () => {
    expect(check('# Ideas\n\nText\n')('missing-size', 3)).toBe(false);
  });

  it('switches a rule off between disable and enable, inclusive', () => {
    const disabled = check(
      [
        'a',
        '',
        '<!-- idea-lint-disable missing-size -->',
        '',
        'b',
        '',
        '<!-- idea-lint-enable missing-size -->',
        '',
        'c',
      ].join('\n'),
    );
    expect(disabled('missing-size', 1)).toBe(false);
    expect(disabled('missing-size', 5)).toBe(true);
    expect(disabled('missing-outcomes', 5)).toBe(false);
    expect(disabled('missing-size', 9)).toBe(false);
  });

  it('keeps a rule off to the end of the file when it is never enabled again', () => {
    const disabled = check('<!-- idea-lint-disable undefined-terms -->\n\nA\n\nB\n');
    expect(disabled('undefined-terms', 5)).toBe(true);
  });

  it('switches every rule off when no rule is named', () => {
    const disabled = check('<!-- idea-lint-disable -->\n\nA\n\n<!-- idea-lint-enable -->\n\nB\n');
    expect(disabled('missing-size', 3)).toBe(true);
    expect(disabled('undefined-terms', 3)).toBe(true);
    expect(disabled('undefined-terms', 7)).toBe(false);
  });

  it('switches a rule off for the next line only', () => {
    const disabled = check('<!-- idea-lint-disable-next-line missing-size -->\n## Idea\n\nText\n');
    expect(disabled('missing-size', 2)).toBe(true);
    expect(disabled('missing-size', 4)).toBe(false);
    expect(disabled('missing-outcomes', 2)).toBe(false);
  });

  it('accepts several rules in one directive', () => {
    const disabled = check('<!-- idea-lint-disable-next-line missing-size, missing-skills -->\n## Idea\n');
    expect(disabled('missing-size', 2)).toBe(true);
    expect(disabled('missing-skills', 2)).toBe(true);
  });

  it('switches everything off for the whole file with disable-file', () => {
    const disabled = check('# Ideas\n\nText\n\n<!-- idea-lint-disable-file -->\n');
    expect(disabled('missing-size', 1)).toBe(true);
    expect(disabled('anything', 99)).toBe(true);
  });

  it('ignores directives shown inside code blocks', () => {
    const disabled = check('```markdown\n<!-- idea-lint-disable-file -->\n```\n\nText\n');
    expect(disabled('missing-size', 5)).toBe(false);
  });

  it("switches a rule off on the directive's own line with disable-line, not for the rest of the file", () => {
    const disabled = check('## Idea <!-- idea-lint-disable-line missing-size -->\n\nText\n');
    expect(disabled('missing-size', 1)).toBe(true);
    expect(disabled('missing-size', 3)).toBe(false);
    expect(disabled('missing-outcomes', 1)).toBe(false);
  });

  it('reads a directive that ends without a space before -->', () => {
    const disabled = check('<!-- idea-lint-disable-next-line-->\n## Idea\n\nText\n');
    expect(disabled('missing-size', 2)).toBe(true);
    expect(disabled('missing-size', 4)).toBe(false);
  });

  it('gives a notice, and switches nothing off, for a directive naming an unknown rule', () => {
    const { isDisabled, notices } = readDirectives(parse('Text\n\n<!-- idea-lint-disable missing-sise -->\n\nB\n'), [
      'missing-size',
      'missing-outcomes',
    ]);
    expect(isDisabled('missing-size', 5)).toBe(false);
    expect(notices).toEqual([
      {
        message:
          '"missing-sise" in this idea-lint-disable comment is not a rule id, so it changes nothing: did you mean "missing-size"?',
        line: 3,
        column: 1,
      },
    ]);
  });

  it('gives a notice for an unknown directive kind', () => {
    const { isDisabled, notices } = readDirectives(parse('# A <!-- idea-lint-disable-lines -->\n\nB\n'), []);
    expect(isDisabled('missing-size', 3)).toBe(false);
    expect(notices).toEqual([
      {
        message:
          '"idea-lint-disable-lines" is not a directive, so this comment changes nothing: write idea-lint-disable-line.',
        line: 1,
        column: 5,
      },
    ]);
  });
});
