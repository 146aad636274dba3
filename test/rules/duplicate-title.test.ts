import { describe, expect, it } from 'vitest';
import { describeFindings, lintWith } from '../support/lint.js';

const idea = (title: string) => `## ${title}\n\nDifficulty: Medium\nSize: 175 hours\n`;
const check = (...titles: string[]) => lintWith('duplicate-title', titles.map(idea).join('\n'));

describe('duplicate-title', () => {
  it('flags the second idea with the same title, naming the line of the first', () => {
    const findings = check(
      'Fuzz testing Xen with Mirage',
      'Mirage OS web stack testing',
      'Fuzz testing Xen with Mirage',
    );
    expect(describeFindings(findings)).toEqual([
      '11:4 The title "Fuzz testing Xen with Mirage" is already used by the idea on line 1: give each idea its own title, or merge the two.',
    ]);
    expect(findings[0]).toMatchObject({ idea: 'Fuzz testing Xen with Mirage', subject: 'title', severity: 'error' });
  });

  it('ignores case, accents, punctuation and spacing', () => {
    expect(check('Fuzz testing Xen with Mirage', 'FUZZ  Testing: Xen, with Mirage!')).toHaveLength(1);
    expect(check('Refactor the café scripts', 'Refactor the cafe scripts')).toHaveLength(1);
  });

  it('flags each later copy against the first, with distinct fingerprints', () => {
    const findings = check('Same idea', 'Same idea', 'Same idea');
    expect(findings.map((f) => f.message)).toEqual([
      'The title "Same idea" is already used by the idea on line 1: give each idea its own title, or merge the two.',
      'The title "Same idea" is already used by the idea on line 1: give each idea its own title, or merge the two.',
    ]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('accepts titles that differ in words', () => {
    expect(check('Fuzz testing Xen with Mirage', 'Fuzz testing the Xen toolstack with Mirage')).toEqual([]);
  });
});
