import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildReport, failsGate, lintFile, lintText } from '../../src/lint/engine.js';
import { NO_IDEAS, UNREAD_IDEAS } from '../../src/lint/file-findings.js';
import type { Finding } from '../../src/lint/types.js';
import { parseIdeaFile, type UnreadSign } from '../../src/parse/index.js';
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

/** Three ideas; the parse below is told it missed the second (signs at its heading and its labels). */
const LIST = `# Ideas

${['Faster downloads', 'Cask integration', 'License metadata']
  .map((title) => `## ${title}\n\nMentors: Jane Doe <jane@example.org>\nDifficulty: Hard\n\nSome words about it.\n`)
  .join('\n')}`;

/** LIST linted as if the parser had read its first and last ideas only and seen the given signs. */
function lintWithSigns(text: string, signs: UnreadSign[]) {
  const file = parseIdeaFile('ideas/2026.md', text);
  file.ideas = file.ideas.filter((idea) => idea.title !== 'Cask integration');
  file.unread = signs;
  return lintFile(file, configFor({}), registry);
}

describe('unread-ideas', () => {
  const config = configFor({});
  const unread = (report: { findings: Finding[] }) => report.findings.filter((f) => f.ruleId === UNREAD_IDEAS);
  const line = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
  const missed = line(LIST, '## Cask integration');

  it('gives a file where ideas were read and others written like them were not one notice, at the first such line', () => {
    const findings = unread(lintWithSigns(LIST, [{ kind: 'sibling', line: missed }]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: UNREAD_IDEAS,
      severity: 'notice',
      idea: null,
      line: missed,
      column: 1,
      offset: LIST.indexOf('## Cask integration'),
      message: `Line ${missed} looks like an idea (or an idea's fields) that idea-lint did not read, so it was not checked: give each idea its own heading at the level of the others, with its labelled fields such as "Mentors:" under it.`,
    });
  });

  it('names up to five lines, and asks for labels as lines when a label heading was read as an idea', () => {
    const signs: UnreadSign[] = [3, 7, 11, 15, 19, 23, 27].map((at, index) => ({
      kind: index === 1 ? 'label-title' : 'stray-labels',
      line: at,
    }));
    expect(unread(lintWithSigns(LIST, signs))[0]?.message).toBe(
      'Lines 3, 7, 11, 15, 19 and 2 more look like ideas (or an idea\'s fields) that idea-lint did not read, so they were not checked: write labels such as "Difficulty: Hard" as lines under the idea\'s heading, not as headings of their own.',
    );
  });

  it('gives Homebrew (regression-13), whose four ideas are read, no such notice', () => {
    const text = readFileSync('test/fixtures/regression-13/Homebrew__gsoc__README.md', 'utf8');
    const report = lintText('Homebrew.md', text, config, registry);
    expect(report.ideas).toHaveLength(4);
    expect(unread(report)).toEqual([]);
  });

  it('gives a file whose ideas are all read, or that has none, no such notice', () => {
    expect(unread(lintText('ideas/2026.md', LIST, config, registry))).toEqual([]);
    expect(unread(lintText('ideas/2026.md', IDEA, config, registry))).toEqual([]);
    expect(unread(lintText('ideas/2026.md', PROSE, config, registry))).toEqual([]);
  });

  it('is silenced by a disable comment for the whole file, naming it or not, but not by one for another rule', () => {
    const at = (text: string) => [{ kind: 'sibling' as const, line: line(text, '## Cask integration') }];
    for (const comment of ['<!-- idea-lint-disable-file -->', '<!-- idea-lint-disable-file unread-ideas -->']) {
      const text = `${comment}\n${LIST}`;
      expect(unread(lintWithSigns(text, at(text)))).toEqual([]);
    }
    const text = `<!-- idea-lint-disable-file no-ideas -->\n${LIST}`;
    const other = lintWithSigns(text, at(text));
    expect(unread(other)).toHaveLength(1);
    expect(other.notices).toEqual([]);
  });

  it('says several ideas were read as one when every sign is a repeated block, at the first of them', () => {
    const blocks = [3, 9, 15].map((at) => ({ kind: 'repeated-blocks' as const, line: at }));
    const [finding] = unread(lintWithSigns(LIST, blocks));
    expect(finding).toMatchObject({ ruleId: UNREAD_IDEAS, severity: 'notice', idea: null, line: 3, column: 1 });
    expect(finding.message).toBe(
      'Lines 3, 9 and 15 look like separate ideas, but idea-lint read them together as one idea, so they were not checked: give each idea its own heading (not a bold line or a list item), all at one level, with its labelled fields such as "Mentors:" under it.',
    );
    expect(unread(lintWithSigns(LIST, blocks.slice(0, 1)))[0]?.message).toMatch(
      /^Line 3 looks like a separate idea, but idea-lint read it together with other text as one idea, so it was not checked: /,
    );
    // Beside a sign of another kind, the notice speaks of ideas not read.
    expect(unread(lintWithSigns(LIST, [...blocks, { kind: 'sibling', line: missed }]))[0]?.message).toMatch(
      /^Lines 3, 9, \d+ and 15 look like ideas \(or an idea's fields\) that idea-lint did not read/,
    );
  });

  it('says several ideas were read as one for titles of other ideas inside one, and names bare ideas as possible non-ideas', () => {
    const titles = unread(lintWithSigns(LIST, [{ kind: 'second-title', line: 3 }]));
    expect(titles[0]?.message).toMatch(
      /^Line 3 looks like a separate idea, but idea-lint read it together with other text as one idea, so it was not checked: /,
    );
    const thin = unread(
      lintWithSigns(LIST, [
        { kind: 'thin-idea', line: 3 },
        { kind: 'thin-idea', line: 9 },
      ]),
    );
    expect(thin[0]).toMatchObject({ ruleId: UNREAD_IDEAS, severity: 'notice', line: 3 });
    expect(thin[0]?.message).toBe(
      'Lines 3 and 9 were read as ideas but state none of the fields the other ideas give, so they may be text that is no idea (and the ideas near them misread): check them, and give each idea its own heading with its labelled fields such as "Mentors:" under it.',
    );
    expect(unread(lintWithSigns(LIST, [{ kind: 'thin-idea', line: 3 }]))[0]?.message).toMatch(
      /^Line 3 was read as an idea but states none of the fields the other ideas give, so it may be text that is no idea/,
    );
  });

  it('never passes a page of bold-line ideas under a front matter in silence', () => {
    // Three ideas as bold title lines under a front matter (SOFAStack's form, regression-14): read as three ideas, or
    // as one (its front matter naming skills, as preCICE's) with the notice that names them.
    const text = `---\ntitle: Open projects\nkeywords: contribute, GSoC, student\n---\n\nWe take part in the programme.\n\n${[
      'Faster parser',
      'Better errors',
      'Plugin system',
    ]
      .map(
        (title, index) =>
          `**${title}**\n\nWords about ${title.toLowerCase()}.\n\n**Difficulty: ${['Easy', 'Medium', 'Hard'][index]}**\n\n**Mentor: Bo Chen <bo${index}@example.org>**\n`,
      )
      .join('\n')}`;
    const linted = lintText('ideas/2026.md', text, config, registry);
    if (linted.ideas.length >= 2) return;
    expect(unread(linted).map((finding) => finding.message)).toEqual([
      expect.stringMatching(
        /^Lines 8, 16 and 24 look like separate ideas, but idea-lint read them together as one idea/,
      ),
    ]);
  });

  it('shows a repeated-block notice in every output format and counts it for the gate as any unread-ideas notice', () => {
    const report = buildReport(
      [
        lintWithSigns(
          LIST,
          [3, 9].map((at) => ({ kind: 'repeated-blocks' as const, line: at })),
        ),
      ],
      TODAY,
    );
    expect(unread(report.files[0])).toHaveLength(1);
    for (const [name, render] of Object.entries(reporters))
      expect(render(report, { rules: registry }), name).toContain(
        name === 'json' || name === 'sarif' ? UNREAD_IDEAS : 'read them together as one idea',
      );
    expect(renderFindingsList(report)).toContain('read them together as one idea');
    expect(failsGate(report, 'notice')).toBe(true);
    expect(failsGate(report, 'warning')).toBe(false);
  });

  it('shows in every output format and in the Markdown findings list', () => {
    const report = buildReport([lintWithSigns(LIST, [{ kind: 'sibling', line: missed }])], TODAY);
    for (const [name, render] of Object.entries(reporters))
      expect(render(report, { rules: registry }), name).toContain(
        name === 'json' || name === 'sarif' ? UNREAD_IDEAS : 'that idea-lint did not read',
      );
    expect(renderFindingsList(report)).toContain('that idea-lint did not read');
  });
});
