// missing-size and unknown-difficulty read a field's value once: the placeholder check's reading is the one checked
// after (reading it twice doubled the cost of a long value, the pathological size and difficulty texts of bench/).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDifficulty } from '../../src/parse/values/difficulty.js';
import { parseSize } from '../../src/parse/values/size.js';
import { lintWith } from '../support/lint.js';

vi.mock('../../src/parse/values/size.js', async (original) => {
  const actual = await original<typeof import('../../src/parse/values/size.js')>();
  return { ...actual, parseSize: vi.fn(actual.parseSize) };
});
vi.mock('../../src/parse/values/difficulty.js', async (original) => {
  const actual = await original<typeof import('../../src/parse/values/difficulty.js')>();
  return { ...actual, parseDifficulty: vi.fn(actual.parseDifficulty) };
});

const text = '## Add PVSCSI support\n\nProject size: 175 or 350 hours\nDifficulty: Medium to hard\nMentors: Jane Doe\n';

/** How many times `spy` read `value` while `ruleId` alone was linted, less the times the parse stage did. */
function ruleReadings(spy: unknown, value: string, ruleId: string): number {
  const mock = vi.mocked(spy as (...args: unknown[]) => unknown);
  const count = () => mock.mock.calls.filter(([read]) => read === value).length;
  mock.mockClear();
  lintWith('missing-outcomes', text);
  const parseOnly = count();
  mock.mockClear();
  lintWith(ruleId, text);
  return count() - parseOnly;
}

describe('one reading of a field value per rule', () => {
  beforeEach(() => vi.clearAllMocks());

  it('missing-size reads the size once', () => {
    expect(ruleReadings(parseSize, '175 or 350 hours', 'missing-size')).toBe(1);
  });

  it('unknown-difficulty reads the difficulty once', () => {
    expect(ruleReadings(parseDifficulty, 'Medium to hard', 'unknown-difficulty')).toBe(1);
  });

  it('still reports what the reading says', () => {
    expect(lintWith('missing-size', text.replace('175 or 350 hours', 'TBD')).map((f) => f.messageId)).toEqual([
      'placeholder',
    ]);
    expect(lintWith('unknown-difficulty', text, { allowRange: false }).map((f) => f.messageId)).toEqual(['range']);
  });
});
