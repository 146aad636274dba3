// Hostile input: files too big to lint (skipped with a notice above maxFileSize, linted when the limit is
// raised), and a 100,000-character line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readText } from '../../src/cli/read-text.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/lint/config.js';
import { lintText } from '../../src/lint/engine.js';
import { allRulesConfig, checkEverything } from '../property/support.js';
import { rules as registry } from '../../rules/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'idea-lint-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The Xen Project's 2014 list (14 ideas, no setext headings), repeated to at least `bytes`. */
function xenListOf(bytes: number): { text: string; copies: number } {
  const list = readFileSync(new URL('../fixtures/corpus/outreach-2014.md', import.meta.url), 'utf8');
  const copies = Math.ceil(bytes / Buffer.byteLength(list));
  return { text: list.repeat(copies), copies };
}

describe('big files', () => {
  const twentyMegabytes = xenListOf(20 * 1024 * 1024).text;

  it('skips a 20 MB file with a notice at the default limit', () => {
    const report = lintText('huge.md', twentyMegabytes, allRulesConfig(), registry);
    expect(DEFAULT_MAX_FILE_SIZE).toBe(5 * 1024 * 1024);
    expect(report.ideas).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.notices).toEqual([
      { message: 'Skipped: the file is 20.0 MB, over the 5.0 MB limit (maxFileSize).', line: 1, column: 1 },
    ]);
  });

  it('skips a 20 MB file with a notice when the CLI reads it, before reading its content', async () => {
    const path = join(scratch, 'huge.md');
    writeFileSync(path, twentyMegabytes);
    expect(await readText(path, DEFAULT_MAX_FILE_SIZE)).toEqual({
      notice: 'Skipped: the file is 20.0 MB, over the 5.0 MB limit (maxFileSize).',
    });
  });

  it('follows a configured limit both ways: skipped above it, linted below it', () => {
    const { text } = xenListOf(150 * 1024);
    const under = lintText('ideas.md', text, allRulesConfig({ maxFileSize: 100 * 1024 }), registry);
    expect(under.notices.map((notice) => notice.message)).toEqual([
      `Skipped: the file is ${Math.ceil(Buffer.byteLength(text) / 1024)} KB, over the 100 KB limit (maxFileSize).`,
    ]);
    const over = lintText('ideas.md', text, allRulesConfig({ maxFileSize: 200 * 1024 }), registry);
    expect(over.notices).toEqual([]);
    expect(over.ideas.length).toBeGreaterThan(100);
  });

  // 6 MB of idea prose takes remark some 20 s here; a list followed by a pasted build log is as big and quick.
  it('lints a 6 MB file (a list and a long build log) when the limit is raised above it', () => {
    const { text: list } = xenListOf(1);
    const text = `${list}\n\`\`\`text\n${'INFO build step 42 finished in 3 ms\n'.repeat(170_000)}\`\`\`\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(6 * 1024 * 1024 - 200_000);
    const skipped = lintText('six.md', text, allRulesConfig(), registry);
    expect(skipped.notices.map((notice) => notice.message)).toEqual([
      'Skipped: the file is 5.9 MB, over the 5.0 MB limit (maxFileSize).',
    ]);
    const report = lintText('six.md', text, allRulesConfig({ maxFileSize: 8 * 1024 * 1024 }), registry);
    expect(report.notices).toEqual([]);
    expect(report.ideas).toHaveLength(14);
  });
});

describe('long lines', () => {
  const config = allRulesConfig();
  const prose = 'The toolstack (XL) talks to QEMU through QMP, and the PVSCSI driver needs a rewrite; ';

  it('lints an idea whose description is one 100,000-character line', () => {
    const line = prose.repeat(Math.ceil(100_000 / prose.length)).slice(0, 100_000);
    const { report, problems } = checkEverything(`# Ideas\n\n## Long one\n\nDescription: ${line}\n`, config);
    expect(problems).toEqual([]);
    expect(report.ideas.map((idea) => idea.title)).toEqual(['Long one']);
    expect(report.findings.some((finding) => finding.ruleId === 'thin-description')).toBe(false);
  });

  it('lints a 100,000-character line of one unbroken token', () => {
    const { report, problems } = checkEverything(`# Ideas\n\n## Token\n\nSkills: ${'a.b-c_'.repeat(16_667)}\n`, config);
    expect(problems).toEqual([]);
    expect(report.ideas[0].fields.skills?.length).toBeGreaterThan(99_990);
  });

  it('lints a 100,000-character line of separators', () => {
    const { report, problems } = checkEverything(
      `# Ideas\n\n## Separators\n\nSkills: ${'-'.repeat(100_000)}\n`,
      config,
    );
    expect(problems).toEqual([]);
    expect(report.ideas).toHaveLength(1);
  });
});
