import { describe, expect, it } from 'vitest';
import type { IssueOperations, NewLabel } from '../../src/github/issue-client.js';
import { syncNeedsWorkLabel } from '../../src/github/needs-work-label.js';

/** Issue operations that record the calls; the repository has the labels in `existing`. */
function fakeIssues(existing: string[]) {
  const calls: string[] = [];
  const issues: IssueOperations = {
    getIssue: async () => undefined,
    hasLabel: async (name) => (calls.push(`has ${name}`), existing.some((l) => l.toLowerCase() === name.toLowerCase())),
    createLabel: async (label: NewLabel) => void calls.push(`create ${label.name} #${label.color}`),
    addLabels: async (n, names) => void calls.push(`add #${n} ${names.join(',')}`),
    removeLabel: async (n, name) => void calls.push(`remove #${n} ${name}`),
  };
  return { issues, calls };
}

describe('syncNeedsWorkLabel', () => {
  it('creates the label in the repository the first time, then adds it', async () => {
    const { issues, calls } = fakeIssues([]);
    expect(await syncNeedsWorkLabel(issues, 7, ['idea'], 'idea: needs work', true)).toBe('added');
    expect(calls).toEqual(['has idea: needs work', 'create idea: needs work #fbca04', 'add #7 idea: needs work']);
  });

  it('adds an existing label without creating it', async () => {
    const { issues, calls } = fakeIssues(['Idea: Needs Work']);
    expect(await syncNeedsWorkLabel(issues, 7, [], 'idea: needs work', true)).toBe('added');
    expect(calls).toEqual(['has idea: needs work', 'add #7 idea: needs work']);
  });

  it('removes the label once nothing is left, whatever its case', async () => {
    const { issues, calls } = fakeIssues(['idea: needs work']);
    expect(await syncNeedsWorkLabel(issues, 7, ['Idea: Needs Work'], 'idea: needs work', false)).toBe('removed');
    expect(calls).toEqual(['remove #7 idea: needs work']);
  });

  it('makes no call when the label is already right', async () => {
    const { issues, calls } = fakeIssues([]);
    expect(await syncNeedsWorkLabel(issues, 7, ['idea: needs work'], 'idea: needs work', true)).toBe('unchanged');
    expect(await syncNeedsWorkLabel(issues, 7, [], 'idea: needs work', false)).toBe('unchanged');
    expect(calls).toEqual([]);
  });
});
