import { describe, expect, it } from 'vitest';
import { closestMatch } from '../../src/lint/did-you-mean.js';

describe('closestMatch', () => {
  it('suggests the candidate one typo away', () => {
    expect(closestMatch('erorr', ['error', 'warning', 'notice', 'off'])).toBe('error');
    expect(closestMatch('Warnign', ['error', 'warning', 'notice', 'off'])).toBe('warning');
    expect(closestMatch('undefined-term', ['missing-size', 'undefined-terms'])).toBe('undefined-terms');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(closestMatch('severe', ['error', 'warning', 'notice', 'off'])).toBeUndefined();
    expect(closestMatch('on', ['error', 'warning', 'notice', 'off'])).toBeUndefined();
  });
});
