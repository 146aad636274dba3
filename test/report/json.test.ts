import { describe, expect, it } from 'vitest';
import renderJson, { jsonPieces } from '../../src/report/json.js';
import { FIELD_NAMES } from '../../src/parse/types.js';
import { sample } from './sample.js';

describe('json reporter', () => {
  it('renders the sample report', async () => {
    await expect(renderJson(sample)).toMatchFileSnapshot('__snapshots__/sample.json.txt');
  });

  it('keeps the stable shape: version, today, files with ideas, findings and notices', () => {
    const parsed = JSON.parse(renderJson(sample));
    expect(Object.keys(parsed)).toEqual(['version', 'today', 'files']);
    expect(Object.keys(parsed.files[0])).toEqual(['path', 'ideas', 'findings', 'notices']);
    expect(Object.keys(parsed.files[0].ideas[0])).toEqual(['title', 'line', 'section', 'fields']);
    expect(parsed.files[0].findings[1]).toMatchObject({
      ruleId: 'undefined-terms',
      severity: 'warning',
      line: 16,
      column: 210,
      endLine: 16,
      endColumn: 213,
      idea: 'Utilize Intel QuickData on network and block path',
      subject: 'LLC',
      fix: { range: [900, 903], text: 'Last Level Cache (LLC)' },
      fingerprint: '0f1e2d3c4b5a6978',
    });
  });

  it("lists an idea's fields in one order, whichever order the parser found them in", () => {
    const [idea] = sample.files[0]!.ideas;
    const entries = Object.entries(idea!.fields);
    expect(entries.length).toBeGreaterThan(1);
    const reversed = {
      ...sample,
      files: [{ ...sample.files[0]!, ideas: [{ ...idea!, fields: Object.fromEntries(entries.reverse()) }] }],
    };
    const keysOf = (text: string) => Object.keys(JSON.parse(text).files[0].ideas[0].fields);
    expect(keysOf(renderJson(reversed))).toEqual(keysOf(renderJson(sample)));
    expect(keysOf(renderJson(sample))).toEqual(FIELD_NAMES.filter((name) => name in idea!.fields));
  });

  it('leaves out subject and fix when a finding has none', () => {
    const finding = JSON.parse(renderJson(sample)).files[1].findings[0];
    expect(finding).not.toHaveProperty('subject');
    expect(finding).not.toHaveProperty('fix');
    expect(finding.idea).toBeNull();
  });

  it('indents with two spaces and ends with a newline', () => {
    const text = renderJson(sample);
    expect(text.startsWith('{\n  "version": "0.1.0",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('gives the same text in pieces, file by file, as for the whole report (none, one, several files)', () => {
    for (const files of [[], sample.files.slice(0, 1), sample.files, [...sample.files, ...sample.files]]) {
      const report = { ...sample, files };
      const pieces = [
        jsonPieces.head(report.version, report.today),
        ...files.map((file, index) => jsonPieces.file(file, index)),
        jsonPieces.tail(files.length),
      ];
      const text = pieces.join('');
      // Exactly the 2-space JSON of what it holds, and what renderJson writes.
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      expect(JSON.parse(text).files).toHaveLength(files.length);
      expect(renderJson(report)).toBe(text);
    }
  });
});
