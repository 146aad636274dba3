import { describe, expect, it } from 'vitest';
import { scanWikitext } from '../../../src/parse/wikitext-scan.js';

const slice = (text: string, start: number, end: number) => text.slice(start, end);

describe('scanWikitext', () => {
  it('finds headings with their depth and words', () => {
    const text = 'Intro\n== Ideas ==\n=== Kernel ===  <!-- note -->\nnot = a heading =x\n';
    const { headings } = scanWikitext(text);
    expect(headings.map((h) => [h.depth, slice(text, h.textStart, h.textEnd)])).toEqual([
      [2, 'Ideas'],
      [3, 'Kernel'],
    ]);
  });

  it('reads a template call with named and positional parameters', () => {
    const text = '{{GSoC Project\n|Project= Tiny VM \n|Desc=Some [[Page|link text]] and {{Comment|a|b}}\n|free}}';
    const [call] = scanWikitext(text).templates;
    expect(call.name).toBe('GSoC Project');
    expect(call.start).toBe(0);
    expect(call.end).toBe(text.length);
    expect(call.parameters.map((p) => [p.name, slice(text, p.valueStart, p.valueEnd)])).toEqual([
      ['Project', ' Tiny VM \n'],
      ['Desc', 'Some [[Page|link text]] and {{Comment|a|b}}\n'],
      ['', 'free'],
    ]);
    expect(slice(text, call.parameters[0].nameStart, call.parameters[0].nameEnd)).toBe('Project');
  });

  it('does not split at pipes or braces inside comments and nowiki', () => {
    const text = '{{X|A=1 <!-- | }} --> <nowiki>|}}</nowiki>|B=2}}';
    const [call] = scanWikitext(text).templates;
    expect(call.parameters.map((p) => p.name)).toEqual(['A', 'B']);
  });

  it('ignores headings and calls inside comments, and leaves an unclosed call out', () => {
    const text = '<!--\n== Hidden ==\n{{X|A=1}}\n-->\n{{Y|A=1\n== Shown ==\n';
    const scan = scanWikitext(text);
    expect(scan.templates).toEqual([]);
    expect(scan.headings.map((h) => slice(text, h.textStart, h.textEnd))).toEqual(['Shown']);
  });

  it.each([
    ['unclosed calls', '{{'.repeat(100_000)],
    ['unclosed links', '{{X|' + '[['.repeat(100_000)],
    ['unclosed nowiki', '{{X|' + '<nowiki>'.repeat(50_000)],
    ['nested calls', '{{X|'.repeat(20_000) + '}}'.repeat(20_000)],
    ['heading-like lines', '=a\n'.repeat(100_000)],
  ])('stays linear on %s', (_name, text) => {
    const started = performance.now();
    scanWikitext(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
