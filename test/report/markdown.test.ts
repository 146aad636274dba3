import { describe, expect, it } from 'vitest';
import { neutralise, renderFindingsList, renderScorecard } from '../../src/report/markdown.js';
import type { Report } from '../../src/lint/types.js';
import { sample } from './sample.js';

const links = { repoUrl: 'https://github.com/xen/ideas', sha: '0123abc' };

describe('neutralise', () => {
  it('breaks @mentions with a zero-width space', () => {
    expect(neutralise('ask @octocat or @org/team')).toBe('ask @\u200boctocat or @\u200borg/team');
  });

  it('escapes HTML so no tag is rendered', () => {
    expect(neutralise('<img src=x onerror=alert(1)> & <b>')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;');
  });

  it('removes HTML comment markers so nobody can forge ours', () => {
    const forged = neutralise('<!-- idea-lint:summary -->');
    expect(forged).not.toContain('<!--');
    expect(forged).not.toContain('-->');
    expect(forged).toBe(' idea-lint:summary ');
    expect(neutralise('<<!--!---->>')).not.toMatch(/<!--|-->/);
  });

  it('escapes pipes, brackets and backticks so tables, links and code spans stay intact', () => {
    expect(neutralise('a | b ![x](http://t) `c`')).toBe('a \\| b !\\[x\\](http://t) \\`c\\`');
  });

  it('shows bidirectional controls as U+FFFD so text reads in the order it is stored', () => {
    expect(neutralise('a\u202eb\u202ac\u2066d\u2069e')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde');
    expect(neutralise('Hebrew \u05e9\u05dc\u05d5\u05dd stays')).toBe('Hebrew \u05e9\u05dc\u05d5\u05dd stays');
  });

  it('breaks owner/repo#N cross-references with a zero-width space, and leaves #N and words alone', () => {
    expect(neutralise('see other-org/tools#12 and my.org/x.y#3')).toBe(
      'see other-org/tools#\u200b12 and my.org/x.y#\u200b3',
    );
    expect(neutralise('see #12, C# and a/b#c')).toBe('see #12, C# and a/b#c');
  });

  it('folds line breaks into spaces', () => {
    expect(neutralise('one\n\ntwo\r\nthree')).toBe('one two three');
  });
});

describe('renderScorecard', () => {
  it('renders the sample report', async () => {
    await expect(renderScorecard(sample, links)).toMatchFileSnapshot('__snapshots__/sample.scorecard.md');
  });

  it('gives one row per idea with its status and the rules that fired', () => {
    const rows = renderScorecard(sample).split('\n');
    expect(rows[0]).toBe('| Idea | File | Status | Rules |');
    expect(rows[2]).toMatch(
      /^\| Utilize Intel QuickData on network and block path \| ideas\/xen-outreach\.md \| ⚠️ 2 warnings \| /,
    );
    expect(rows[2]).toContain('[`invalid-date`](');
    expect(rows[3]).toMatch(
      /^\| CPU\/RAM\/PCI diagram tool \\\| &lt;b&gt;draft&lt;\/b&gt; \| ideas\/xen-outreach\.md \| ❌ 3 errors \|/,
    );
    expect(rows[4]).toBe('| Ready idea | ideas/xen-outreach.md | ✅ ready |  |');
    expect(rows.some((row) => row.startsWith('| _(whole file)_ | ideas/one per file/rust-gpu.md | ❌ 1 error |'))).toBe(
      true,
    );
  });

  it('links titles to their line at the commit', () => {
    expect(renderScorecard(sample, links)).toContain(
      '[Ready idea](https://github.com/xen/ideas/blob/0123abc/ideas/xen-outreach.md#L50)',
    );
    expect(renderScorecard(sample, links)).toContain('/blob/0123abc/ideas/one%20per%20file/rust-gpu.md#L2)');
  });

  it('says so when no idea was found', () => {
    expect(renderScorecard({ version: '0.1.0', today: '2026-11-25', files: [] })).toBe(
      '_No ideas found in the linted files._',
    );
  });

  it('truncates to the size budget with a note, never exceeding it', () => {
    const full = renderScorecard(sample, links);
    for (let max = 0; max <= full.length + 5; max += 7) {
      const text = renderScorecard(sample, { ...links, maxLength: max });
      expect(text.length).toBeLessThanOrEqual(max);
      if (max >= full.length) expect(text).toBe(full);
      else if (text !== '') expect(text).toMatch(/…and \d+ more ideas?\.$/);
    }
    const cut = renderScorecard(sample, { ...links, maxLength: 400 });
    expect(cut.startsWith('| Idea | File | Status | Rules |\n| --- | --- | --- | --- |\n')).toBe(true);
  });
});

describe('renderFindingsList', () => {
  it('renders the sample report', async () => {
    await expect(renderFindingsList(sample, links)).toMatchFileSnapshot('__snapshots__/sample.findings.md');
  });

  it('lists a finding with severity, linked line, idea, neutralised message and rule', () => {
    expect(renderFindingsList(sample, links).split('\n')).toContain(
      '- ❌ [ideas/xen-outreach.md:32](https://github.com/xen/ideas/blob/0123abc/ideas/xen-outreach.md#L32) **CPU/RAM/PCI diagram tool \\| &lt;b&gt;draft&lt;/b&gt;**: Mentor "Andrew Cooper @\u200bandyhhp" has no email address: add one so applicants can reach them. ([missing-mentor-email](https://github.com/idea-lint/idea-lint/blob/v0.1.0/rules/missing-mentor-email.md))',
    );
  });

  it('never carries an HTML comment from a message', () => {
    expect(renderFindingsList(sample)).not.toMatch(/<!--|-->/);
  });

  it('lists only the selected findings', () => {
    const text = renderFindingsList(sample, {
      select: (finding) => finding.severity === 'error',
      includeNotices: false,
    });
    expect(text.split('\n')).toHaveLength(4);
    expect(text).not.toContain('⚠️');
  });

  it('truncates to the size budget with a note, never exceeding it', () => {
    const full = renderFindingsList(sample, links);
    for (let max = 0; max <= full.length + 5; max += 11) {
      const text = renderFindingsList(sample, { ...links, maxLength: max });
      expect(text.length).toBeLessThanOrEqual(max);
      if (max >= full.length) expect(text).toBe(full);
      else if (text !== '') expect(text).toMatch(/…and \d+ more findings?\.$/);
    }
    const cut = renderFindingsList(sample, { maxLength: 600 });
    expect(cut.split('\n').at(-1)).toMatch(/^…and [1-7] more findings?\.$/);
  });

  it('is empty when nothing is selected', () => {
    const empty: Report = { version: '0.1.0', today: '2026-11-25', files: [] };
    expect(renderFindingsList(empty)).toBe('');
  });
});
