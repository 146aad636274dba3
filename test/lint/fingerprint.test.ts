import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/lint/fingerprint.js';

describe('fingerprint', () => {
  it('is stable for the same rule, file, idea and subject', () => {
    expect(fingerprint('undefined-terms', 'ideas.md', 'Idea', 'XCP')).toBe(
      fingerprint('undefined-terms', 'ideas.md', 'Idea', 'XCP'),
    );
  });

  it('differs when any part differs', () => {
    const base = fingerprint('undefined-terms', 'ideas.md', 'Idea', 'XCP');
    expect(fingerprint('missing-size', 'ideas.md', 'Idea', 'XCP')).not.toBe(base);
    expect(fingerprint('undefined-terms', 'other.md', 'Idea', 'XCP')).not.toBe(base);
    expect(fingerprint('undefined-terms', 'ideas.md', 'Other idea', 'XCP')).not.toBe(base);
    expect(fingerprint('undefined-terms', 'ideas.md', 'Idea', 'VDI')).not.toBe(base);
  });

  it('does not confuse parts that run together', () => {
    expect(fingerprint('a', 'bc', null)).not.toBe(fingerprint('ab', 'c', null));
  });
});
