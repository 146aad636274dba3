import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formLabels, matchIssueForm } from '../../src/github/issue-form.js';

const FORM = readFileSync(new URL('../../examples/ISSUE_TEMPLATE/idea.yml', import.meta.url), 'utf8');
const BAD = readFileSync(new URL('../fixtures/issues/bad-idea.md', import.meta.url), 'utf8');

/** A client that serves the example form at `.github/ISSUE_TEMPLATE/idea.yml` on `main`. */
const client = {
  reads: [] as string[],
  async readFile(path: string, ref: string) {
    this.reads.push(`${path}@${ref}`);
    return path === '.github/ISSUE_TEMPLATE/idea.yml' && ref === 'main' ? FORM : undefined;
  },
};

describe('formLabels', () => {
  it('lists the labels of the fields that write an answer, in order', () => {
    expect(formLabels(FORM)).toEqual([
      'Description',
      'Expected outcomes',
      'Skills required',
      'Difficulty',
      'Project size',
      'Mentors',
      'Last verified',
      'Upstream issue',
    ]);
  });

  it('gives no labels for text that is not an issue form', () => {
    expect(formLabels('name: x\nbody: 3\n')).toEqual([]);
    expect(formLabels(': : :')).toEqual([]);
  });
});

describe('matchIssueForm', () => {
  it('recognises an issue written with a configured form by its headings', async () => {
    expect(await matchIssueForm(client, BAD, ['idea.yml'], 'main')).toBe('idea.yml');
  });

  it('does not match an issue that lacks one of the form fields', async () => {
    const partial = BAD.replace('### Mentors', '### Contacts');
    expect(await matchIssueForm(client, partial, ['idea.yml'], 'main')).toBeUndefined();
  });

  it('skips a configured form that does not exist, saying so', async () => {
    const log: string[] = [];
    expect(await matchIssueForm(client, BAD, ['missing.yml'], 'main', (m) => log.push(m))).toBeUndefined();
    expect(log).toEqual([
      'Issue form .github/ISSUE_TEMPLATE/missing.yml (config issues.templates) does not exist on main; it is skipped.',
    ]);
  });

  it('reads nothing when no form is configured or the issue has no headings', async () => {
    client.reads = [];
    expect(await matchIssueForm(client, BAD, [], 'main')).toBeUndefined();
    expect(await matchIssueForm(client, 'Just text.', ['idea.yml'], 'main')).toBeUndefined();
    expect(client.reads).toEqual([]);
  });
});
