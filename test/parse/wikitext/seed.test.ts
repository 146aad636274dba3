// The Xen seed page as MediaWiki source (test/fixtures/wiki/xen-outreach-2014.wiki: one {{GSoC Project}} call
// per idea of examples/xen-outreach-2014.md) gives the Markdown seed's ideas and findings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/lint/config.js';
import { rules as registry } from '../../../rules/index.js';
import { lintText } from '../../../src/lint/engine.js';
import { parseIdeaFile } from '../../../src/parse/index.js';
import { TODAY } from '../../support/lint.js';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const markdown = read('examples/xen-outreach-2014.md');
const wikitext = read('test/fixtures/wiki/xen-outreach-2014.wiki');
const config = resolveConfig({}, undefined, { today: TODAY, rules: registry });

describe('the Xen seed in wikitext', () => {
  const fromMarkdown = parseIdeaFile('xen.md', markdown);
  const fromWiki = parseIdeaFile('xen.wiki', wikitext);

  it('gives the same fourteen ideas, in the same sections', () => {
    const outline = (ideas: typeof fromWiki.ideas) => ideas.map((idea) => [idea.title, idea.section]);
    expect(fromWiki.ideas).toHaveLength(14);
    expect(outline(fromWiki.ideas)).toEqual(outline(fromMarkdown.ideas));
    expect(fromWiki.notices).toEqual([]);
  });

  it('reads the same values for the fields both pages give', () => {
    const values = (ideas: typeof fromWiki.ideas, names: string[]) =>
      ideas.map((idea) => names.map((name) => idea.fields[name as 'skills']?.value));
    const names = ['inserted', 'verified', 'program', 'mentors', 'difficulty', 'skills', 'review'];
    expect(values(fromWiki.ideas, names)).toEqual(values(fromMarkdown.ideas, names));
  });

  it('gives the same findings (rule, idea, subject) as the Markdown seed', () => {
    // Sorted: the pages list an idea's fields in different orders (Review before Outcomes in the Markdown).
    const key = (path: string, text: string) =>
      lintText(path, text, config, registry)
        .findings.map((finding) => [finding.ruleId, finding.idea ?? '', finding.subject ?? ''])
        .sort((a, b) => a.join('\t').localeCompare(b.join('\t')));
    const expected = key('xen.md', markdown);
    expect(new Set(expected.map(([ruleId]) => ruleId))).toEqual(
      new Set([
        'missing-size',
        'invalid-date',
        'stale-verification',
        'undefined-terms',
        'unknown-difficulty',
        'missing-skills',
        'unresolved-review',
        'missing-outcomes',
        'missing-mentor-email',
        'program-unknown',
      ]),
    );
    expect(key('xen.wiki', wikitext)).toEqual(expected);
  });

  it('points findings into the wikitext', () => {
    const findings = lintText('xen.wiki', wikitext, config, registry).findings;
    const lines = wikitext.split('\n');
    const at = (ruleId: string, subject: string) => {
      const finding = findings.find((f) => f.ruleId === ruleId && f.subject === subject);
      if (!finding) throw new Error(`no ${ruleId} finding on ${subject}`);
      return lines[finding.line - 1].slice(finding.column - 1);
    };
    expect(at('undefined-terms', 'DIMM')).toMatch(/^DIMMs /);
    expect(at('unknown-difficulty', 'difficulty')).toBe('Unknown');
    expect(at('unresolved-review', 'review')).toMatch(/^\* \{\{Comment\|\[\[User:Lars\.kurth/);
    expect(at('missing-mentor-email', 'Ian Campbell')).toBe('Ian Campbell');
    expect(at('program-unknown', 'program')).toBe('Unknown');
  });
});
