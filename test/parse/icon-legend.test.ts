import { describe, expect, it } from 'vitest';
import { iconLabelsAsMarkdown } from '../../src/parse/icon-legend.js';
import { parseIdeaFile } from '../../src/parse/index.js';

// General rule: a page whose legend says what an icon stands for (`rated according to effort
// (:material-timer-sand-empty:, either 175h or 350h) and difficulty / complexity (:material-certificate-outline:, …)`)
// uses the icon as that word, as a legend of codes does (code-legend.ts): an icon opening a line is that field's
// label. Real list: Carbyne Stack's GSoC page (regression-6), whose ideas open with the two icons and their values.
const legend =
  'Each project is rated according to effort (:material-timer-sand-empty:, either `175h` or `350h`)\n' +
  'and difficulty / complexity (:material-certificate-outline:, one of `Easy`, `Medium`, or `Hard`).\n';

describe('icons a legend names', () => {
  it('writes an icon opening a line as the bold label the legend names it with, every line keeping its length', () => {
    const text = `${legend}\n:material-timer-sand-empty: 175h\n:material-certificate-outline: Hard\n:hourglass: 3 weeks\n`;
    const out = iconLabelsAsMarkdown(text);
    expect(out.length).toBe(text.length);
    expect(out.split('\n').slice(3)).toEqual([
      '**effort:**                 175h',
      '**complexity:**                Hard',
      ':hourglass: 3 weeks',
      '',
    ]);
    expect(iconLabelsAsMarkdown(':material-timer-sand-empty: 175h\n')).toBe(':material-timer-sand-empty: 175h\n');
  });

  it('reads the size and difficulty an idea gives after the icons (Carbyne Stack)', () => {
    const text = [
      '# GSoC',
      '',
      legend,
      '## Carbyne Stack Operator',
      '',
      ':material-timer-sand-empty: <span class="gsoc-legend">175h (Basic), 350h (Extended)</span>',
      ':material-certificate-outline: <span class="gsoc-legend">Hard</span>',
      '',
      'Operators are software extensions to Kubernetes.',
      '',
      '## Migrate to gRPC',
      '',
      ':material-timer-sand-empty: <span class="gsoc-legend">350h</span>',
      ':material-certificate-outline: <span class="gsoc-legend">Easy</span>',
      '',
      'Use gRPC to replace the communication protocols.',
      '',
    ].join('\n');
    const file = parseIdeaFile('gsoc.md', text);
    expect(file.ideas.map((idea) => [idea.title, idea.fields.size?.value, idea.fields.difficulty?.value])).toEqual([
      ['Carbyne Stack Operator', '175h (Basic), 350h (Extended)', 'Hard'],
      ['Migrate to gRPC', '350h', 'Easy'],
    ]);
  });

  it('reads hostile legends in linear time', () => {
    for (const text of [
      `${'a '.repeat(50_000)}(:x:\n`,
      `${'effort (:a: '.repeat(10_000)}\n${':a: 1h\n'.repeat(10_000)}`,
      `${'(:'.repeat(50_000)}`,
    ]) {
      const started = performance.now();
      expect(iconLabelsAsMarkdown(text).length).toBe(text.length);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});
