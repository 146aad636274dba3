// Hostile input: files at the edges of what an idea file can be — empty, front matter alone or broken, binary,
// invalid UTF-8, a byte order mark, CRLF and lone CR line endings. Each gets a result or a notice, never a crash.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readText } from '../../src/cli/read-text.js';
import { lintText } from '../../src/lint/engine.js';
import { allRulesConfig, checkEverything } from '../property/support.js';
import { rules as registry } from '../../rules/index.js';

const config = allRulesConfig();
const scratch = mkdtempSync(join(tmpdir(), 'idea-lint-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes bytes to a scratch file and reads them the way the CLI does. */
async function readLikeTheCli(name: string, bytes: Uint8Array) {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return readText(path, config.maxFileSize);
}

const IDEA = '# Ideas\n\n## Better toolstack\n\nDifficulty: Hard\nMentors: Jane Doe <jane@example.org>\n';

describe('files at the edges', () => {
  it('reports nothing for an empty file', () => {
    const { report, problems } = checkEverything('', config);
    expect(problems).toEqual([]);
    expect(report).toMatchObject({ ideas: [], findings: [], notices: [] });
  });

  it('finds no idea in front matter with only a title', () => {
    const { report, problems } = checkEverything('---\ntitle: Ideas for 2026\n---\n', config);
    expect(problems).toEqual([]);
    expect(report.ideas).toEqual([]);
    expect(report.notices).toEqual([]);
  });

  it('reads one idea from front matter with idea fields and no body', () => {
    const { report, problems } = checkEverything('---\ntitle: Faster builds\ndifficulty: hard\n---\n', config);
    expect(problems).toEqual([]);
    expect(report.ideas.map((idea) => [idea.title, idea.fields.difficulty])).toEqual([['Faster builds', 'hard']]);
  });

  it('gives a notice for invalid YAML front matter and still reads the ideas below it', () => {
    const { report, problems } = checkEverything(`---\ntitle: [unclosed\nmentors: : :\n---\n${IDEA}`, config);
    expect(problems).toEqual([]);
    expect(report.notices).toHaveLength(1);
    expect(report.notices[0].message).toMatch(
      /^The front matter is not valid YAML \(.+\); fix it so its fields can be read\.$/,
    );
    expect(report.ideas.map((idea) => idea.title)).toEqual(['Better toolstack']);
  });

  it('skips a binary file with a notice when the CLI reads it', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256);
    expect(await readLikeTheCli('binary.md', bytes)).toEqual({
      notice: 'Skipped: the file contains NUL bytes, so it is not text; idea files are Markdown.',
    });
  });

  it('lints text with NUL and control characters without failing', () => {
    const text = IDEA.replace('Hard', 'Ha\u0000rd\u0001\u0007') + '\u0000\u0000\u001b[31m\n';
    const { report, problems } = checkEverything(text, config);
    expect(problems).toEqual([]);
    expect(report.ideas).toHaveLength(1);
  });

  it('skips invalid UTF-8 with a notice when the CLI reads it', async () => {
    const bytes = Buffer.concat([Buffer.from(IDEA), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0, 0xa1])]);
    expect(await readLikeTheCli('latin1.md', bytes)).toEqual({
      notice: 'Skipped: the file is not valid UTF-8; save it as UTF-8 to have it linted.',
    });
  });

  it('lints the decoded text of invalid UTF-8 (replacement characters) like any text', () => {
    const bytes = Buffer.concat([Buffer.from(IDEA), Buffer.from([0xc3, 0x28, 0xff, 0x0a, 0xed, 0xa0, 0x80])]);
    const text = new TextDecoder('utf-8').decode(bytes);
    expect(text).toContain('\uFFFD');
    const { report, problems } = checkEverything(text, config);
    expect(problems).toEqual([]);
    expect(report.ideas.map((idea) => idea.title)).toEqual(['Better toolstack']);
  });

  it('keeps a byte order mark in the offsets and finds the ideas on the same lines', () => {
    const plain = lintText('a.md', IDEA, config, registry);
    const { report, problems } = checkEverything(`\uFEFF${IDEA}`, config);
    expect(problems).toEqual([]);
    expect(report.ideas).toEqual(plain.ideas);
    expect(report.findings.map((f) => [f.ruleId, f.line, f.offset])).toEqual(
      plain.findings.map((f) => [f.ruleId, f.line, f.offset + 1]),
    );
  });

  it('reads a byte order mark file through the CLI with the mark kept', async () => {
    const read = await readLikeTheCli('bom.md', Buffer.from(`\uFEFF${IDEA}`));
    expect(read).toEqual({ text: `\uFEFF${IDEA}` });
  });

  for (const [name, eol] of [
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ] as const) {
    it(`finds the same ideas, fields and finding lines with ${name} line endings`, () => {
      const source = `${IDEA}\n## Second idea\n\nSkills: Rust\nDifficulty: Medium\n`;
      const plain = lintText('a.md', source, config, registry);
      const { report, problems } = checkEverything(source.replace(/\n/g, eol), config);
      expect(problems).toEqual([]);
      expect(report.ideas).toEqual(plain.ideas);
      expect(report.findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn])).toEqual(
        plain.findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn]),
      );
    });
  }
});
