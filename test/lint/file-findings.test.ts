import { describe, expect, it } from 'vitest';
import { buildReport, lintText } from '../../src/lint/engine.js';
import { NO_IDEAS } from '../../src/lint/file-findings.js';
import { rules as registry } from '../../rules/index.js';
import { reporters } from '../../src/report/index.js';
import { renderFindingsList } from '../../src/report/markdown.js';
import { TODAY, configFor } from '../support/lint.js';

const PROSE = '# Our community\n\nWe meet every Tuesday. Come and say hello on the forum.\n';
const IDEA = '## Case split plugin\n\nMentors: Jane Doe <jane@example.org>\nDifficulty: Hard\n';

describe('no-ideas', () => {
  const config = configFor({});

  it('gives a file without a recognised idea one notice at its start, with no idea', () => {
    const { findings } = lintText('ideas/2026.md', PROSE, config, registry);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: NO_IDEAS,
      severity: 'notice',
      idea: null,
      line: 1,
      column: 1,
      message: expect.stringMatching(/^No ideas recognised: is the layout supported\?/),
    });
  });

  it('gives a `.wiki` page with no idea the notice too, in MediaWiki or Google Code syntax', () => {
    for (const text of ['== Our community ==\nWe meet every Tuesday.\n', '#summary Our community\n= About =\nHello.\n'])
      expect(lintText('wiki/Ideas.wiki', text, config, registry).findings.map((f) => f.ruleId)).toEqual([NO_IDEAS]);
  });

  it('gives a file with ideas no such notice', () => {
    expect(lintText('ideas/2026.md', IDEA, config, registry).findings.map((f) => f.ruleId)).not.toContain(NO_IDEAS);
  });

  it('is silenced by a disable comment for the whole file', () => {
    const text = `<!-- idea-lint-disable-file -->\n\n${PROSE}`;
    expect(lintText('ideas/2026.md', text, config, registry).findings).toEqual([]);
  });

  it('shows in every output format and in the Markdown findings list', () => {
    const report = buildReport([lintText('ideas/2026.md', PROSE, config, registry)], TODAY);
    for (const [name, render] of Object.entries(reporters))
      expect(render(report, { rules: registry }), name).toContain(
        name === 'json' || name === 'sarif' ? NO_IDEAS : 'No ideas recognised',
      );
    expect(renderFindingsList(report)).toContain('No ideas recognised');
  });
});
