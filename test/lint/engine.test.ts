import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineRule } from '../../src/lint/define-rule.js';
import { lintText } from '../../src/lint/engine.js';
import type { Rule, RuleContext } from '../../src/lint/types.js';
import { configFor } from '../support/lint.js';

const TEXT = '# Ideas\n\n## First\n\nDifficulty: Easy\n\n## Second\n\nDifficulty: Hard\n';
const options = z.object({ word: z.string().default('idea').describe('A word.') }).strict();

/** A rule that records each `create` call and reports once per file (without an idea) and once per idea. */
function recordingRule(seen: RuleContext<z.output<typeof options>>[]): Rule {
  return defineRule({
    id: 'recording',
    description: 'Records its lifecycle.',
    defaultSeverity: 'warning',
    options,
    docs: 'https://example.org/recording.md',
    messages: { file: 'File-level notice.', idea: 'One {{word}}.' },
    create(context) {
      seen.push(context);
      return {
        file: () => [{ messageId: 'file', position: context.file.ideas[0]!.titlePosition, subject: 'f' }],
        idea: (idea) => [
          { messageId: 'idea', data: { word: context.options.word }, position: idea.titlePosition, subject: 'i' },
        ],
      };
    },
  }) as Rule;
}

describe('engine', () => {
  it('creates each rule once per file, with the file, its line starts, the options and today', () => {
    const seen: RuleContext<z.output<typeof options>>[] = [];
    const rules = [recordingRule(seen)];
    const config = configFor({}, { rules: { recording: { severity: 'warning', options: { word: 'thing' } } } });
    lintText('a.md', TEXT, config, rules);
    lintText('b.md', TEXT, config, rules);
    expect(seen.map((context) => context.file.path)).toEqual(['a.md', 'b.md']);
    expect(seen[0]).toMatchObject({ options: { word: 'thing' }, today: config.today });
    expect(seen[0]!.lineStarts).toEqual([0, 8, 9, 18, 19, 36, 37, 47, 48, 65]);
  });

  it('reports file checker findings without an idea as file-level, and idea findings with their title', () => {
    const rules = [recordingRule([])];
    const config = configFor({}, { rules: { recording: { severity: 'warning', options: { word: 'idea' } } } });
    const findings = lintText('a.md', TEXT, config, rules).findings;
    expect(findings.map((f) => [f.line, f.idea, f.message])).toEqual([
      [3, null, 'File-level notice.'],
      [3, 'First', 'One idea.'],
      [7, 'Second', 'One idea.'],
    ]);
  });

  it('does not create a rule that is off', () => {
    const seen: RuleContext<z.output<typeof options>>[] = [];
    const config = configFor({}, { rules: { recording: { severity: 'off', options: { word: 'idea' } } } });
    lintText('a.md', TEXT, config, [recordingRule(seen)]);
    expect(seen).toEqual([]);
  });

  it.each([
    [{ messageId: 'nope' }, 'Rule "bad" reported an unknown messageId "nope".'],
    [{ messageId: 'idea' }, 'Rule "bad" reported no data "word" for message "idea".'],
  ])('fails loudly, naming the rule, on a report of %j', (report, error) => {
    const bad = defineRule({
      id: 'bad',
      description: 'Reports badly.',
      defaultSeverity: 'warning',
      options: z.object({}).strict(),
      docs: 'https://example.org/bad.md',
      messages: { idea: 'One {{word}}.' },
      create: () => ({ idea: (idea) => [{ ...report, position: idea.titlePosition }] }),
    }) as Rule;
    const config = configFor({}, { rules: { bad: { severity: 'warning', options: {} } } });
    expect(() => lintText('a.md', TEXT, config, [bad])).toThrow(error);
  });

  it('fills a template once: data that looks like a placeholder stays as written', () => {
    const rules = [recordingRule([])];
    const config = configFor({}, { rules: { recording: { severity: 'warning', options: { word: '{{word}}' } } } });
    expect(lintText('a.md', TEXT, config, rules).findings[1]!.message).toBe('One {{word}}.');
  });
});
