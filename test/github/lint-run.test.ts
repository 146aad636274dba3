import { describe, expect, it } from 'vitest';
import { lintRun, uncountedReport } from '../../src/github/lint-run.js';
import { parsePatch } from '../../src/github/diff.js';
import { resolveConfig } from '../../src/lint/config.js';
import { badIdea, ideaList, linesOf } from './ideas.js';
import { rules as registry } from '../../rules/index.js';

const config = resolveConfig(undefined, undefined, { rules: registry, today: '2026-11-25' });
const text = ideaList(badIdea('Maps'), badIdea('Charts'));
const charts = linesOf(text, 'Difficulty: Unknown')[1]!;

describe('lintRun', () => {
  it('counts everything outside a pull request', () => {
    const run = lintRun([{ path: 'ideas.md', text }], config);
    expect(run.counted).toBe(run.report);
    expect(run.placed).toBeUndefined();
  });

  it('counts only the ideas a pull request touches, and lists the rest as uncounted', () => {
    const patch = `@@ -${charts},1 +${charts},1 @@\n-- Difficulty: Easy\n+- Difficulty: Unknown`;
    const run = lintRun([{ path: 'ideas.md', text, changed: parsePatch(patch) }], config, 'added');
    expect(run.report.files[0]!.findings).toHaveLength(2);
    expect(run.counted.files[0]!.ideas.map((i) => i.title)).toEqual(['Charts']);
    expect(run.counted.files[0]!.findings.map((f) => f.idea)).toEqual(['Charts']);
    expect(run.placed!.map((p) => [p.finding.idea, p.where])).toEqual([
      ['Maps', 'summary'],
      ['Charts', 'inline'],
    ]);
    expect(uncountedReport(run.report, run.counted).files[0]!.findings.map((f) => f.idea)).toEqual(['Maps']);
  });

  it('counts every idea of a changed file under filter-mode file', () => {
    const run = lintRun([{ path: 'ideas.md', text, changed: parsePatch('') }], config, 'file');
    expect(run.counted.files[0]!.findings).toHaveLength(2);
    expect(run.placed!.every((p) => p.where === 'file')).toBe(true);
  });

  it('reports a file it could not read as a read-error on line 1 that counts, whatever the filter mode', () => {
    for (const mode of ['added', 'file'] as const) {
      const run = lintRun(
        [{ path: 'ideas.md', text: '', readError: 'GitHub answered 502 Server Error' }],
        config,
        mode,
      );
      const [finding] = run.counted.files[0]!.findings;
      expect(finding).toMatchObject({ ruleId: 'read-error', severity: 'error', line: 1, idea: null });
      expect(finding!.message).toMatch(
        /^ideas\.md could not be read \(GitHub answered 502 Server Error\), so its ideas were not checked: /,
      );
      expect(run.placed!.map((p) => [p.where, p.inScope])).toEqual([[mode === 'file' ? 'file' : 'summary', true]]);
    }
  });
});
