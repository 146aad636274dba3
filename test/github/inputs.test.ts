import { describe, expect, it } from 'vitest';
import { InputError, readInputs } from '../../src/github/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readInputs', () => {
  it('takes the defaults of action.yml for empty inputs', () => {
    expect(readInputs(reader({ 'github-token': 't' }))).toEqual({
      token: 't',
      failOn: 'error',
      comment: 'review',
      filterMode: 'added',
      maxComments: 30,
    });
  });

  it('reads every input', () => {
    const inputs = readInputs(
      reader({
        'github-token': 't',
        config: './.github/ideas.yml',
        files: 'ideas/**/*.md\n\n# drafts are linted too\ndrafts/*.md\n',
        'fail-on': 'warning',
        comment: 'summary',
        'filter-mode': 'diff_context',
        'max-comments': '5',
        today: '2026-02-28',
      }),
    );
    expect(inputs).toEqual({
      token: 't',
      config: '.github/ideas.yml',
      files: ['ideas/**/*.md', 'drafts/*.md'],
      failOn: 'warning',
      comment: 'summary',
      filterMode: 'diff_context',
      maxComments: 5,
      today: '2026-02-28',
    });
  });

  it('reads label-pull-requests as a boolean, off by default', () => {
    expect(readInputs(reader({ 'label-pull-requests': 'true' })).labelPullRequests).toBe(true);
    expect(readInputs(reader({ 'label-pull-requests': 'false' })).labelPullRequests).toBeUndefined();
    expect(() => readInputs(reader({ 'label-pull-requests': 'yes' }))).toThrow(
      new InputError('Input "label-pull-requests" is "yes": use true or false.'),
    );
  });

  it('names the input, its value and the accepted values for a bad input', () => {
    expect(() => readInputs(reader({ 'fail-on': 'sometimes' }))).toThrow(
      new InputError('Input "fail-on" is "sometimes": use error, warning, notice or never.'),
    );
  });

  it('reports every bad input in one message', () => {
    let message = '';
    try {
      readInputs(reader({ comment: 'always', 'max-comments': 'many', today: '2026-02-30' }));
    } catch (error) {
      message = (error as InputError).message;
    }
    expect(message).toBe(
      'Input "comment" is "always": use review, summary or off. ' +
        'Input "max-comments" is "many": use a whole number from 0 to 100. ' +
        'Input "today" is "2026-02-30": write a date as YYYY-MM-DD, such as 2026-11-25.',
    );
  });

  it('rejects a max-comments above the limit and a config path outside the repository', () => {
    expect(() => readInputs(reader({ 'max-comments': '500' }))).toThrow('Input "max-comments" is "500"');
    expect(() => readInputs(reader({ config: '../other/idea-lint.yml' }))).toThrow(
      'Input "config" is "../other/idea-lint.yml": give a path inside the repository, such as .github/idea-lint.yml.',
    );
  });

  it('cuts a long value at 60 characters', () => {
    expect(() => readInputs(reader({ 'filter-mode': 'x'.repeat(100) }))).toThrow(`"${'x'.repeat(60)}…"`);
  });
});
