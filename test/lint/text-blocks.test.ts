import { describe, expect, it } from 'vitest';
import { ideaBlocks, introBlocks } from '../../src/lint/text-blocks.js';
import { parseIdeaFile } from '../../src/parse/index.js';

const parse = (text: string) => parseIdeaFile('ideas.md', text);

describe('ideaBlocks', () => {
  const text = [
    '# CHAOSS ideas',
    '',
    'Work with CHAOSS.',
    '',
    '## Port **PVSCSI** to xl',
    '',
    'Difficulty: Medium',
    'Mentors: Jane DOE <jane@example.org>',
    '',
    'See [the XCP docs](https://example.org/DRBD) and `VDI_PATH` at https://example.org/SR or <abbr title="x">HVM</abbr>.',
    '',
    '| Term | Meaning |',
    '|---|---|',
    '| OVF | open virtualization format |',
    '',
    '```',
    'LVM',
    '```',
    '',
  ].join('\n');
  const file = parse(text);
  const blocks = ideaBlocks(file.ideas[0], file);

  it('starts with the title, read from its heading without markup', () => {
    expect(blocks[0]).toMatchObject({ kind: 'title', text: 'Port PVSCSI to xl' });
    expect(text.slice(blocks[0].runs[1].offset!, blocks[0].runs[1].offset! + 6)).toBe('PVSCSI');
  });

  it('gives paragraphs and table rows as blocks, and leaves code blocks out', () => {
    const texts = blocks.map((block) => block.text);
    expect(texts).toContain('Term | Meaning');
    expect(texts).toContain('OVF | open virtualization format');
    expect(texts.join('\n')).not.toContain('LVM');
  });

  it('marks link text and <abbr> text as links, and code, URLs and emails as not prose', () => {
    const paragraph = blocks.find((block) => block.text.startsWith('See'))!;
    const marked = (ranges: [number, number][]) => ranges.map(([from, to]) => paragraph.text.slice(from, to));
    expect(marked(paragraph.links)).toEqual(['the XCP docs', 'HVM']);
    expect(marked(paragraph.skip)).toEqual(['VDI_PATH', 'https://example.org/SR']);
  });

  it('marks the mentors field as quiet', () => {
    const fields = blocks.find((block) => block.text.includes('Mentors'))!;
    expect(fields.quiet.map(([from, to]) => fields.text.slice(from, to)).join('')).toContain('Jane DOE');
  });
});

describe('ideaBlocks of a mentors field joined from two labels', () => {
  // `**Mentor:** A`, prose, then `**Backup Mentor:** B` (Cesium, Pencil2D; regression-8): the field's people are quiet,
  // the prose between the two labels is still read for terms.
  it('is quiet on each label own value only', () => {
    const file = parse(
      '# Ideas\n\n## Port the driver\n\n**Difficulty:** Medium\n\n**Mentor:** Jane DOE\n\n' +
        'The driver runs on an FPGA board.\n\n**Backup Mentor:** Ann LEE\n',
    );
    const blocks = ideaBlocks(file.ideas[0], file);
    const quiet = (block: (typeof blocks)[number]) =>
      block.quiet.map(([from, to]) => block.text.slice(from, to)).join('');
    const text = (needle: string) => blocks.find((block) => block.text.includes(needle))!;
    expect(quiet(text('Jane DOE'))).toContain('Jane DOE');
    expect(quiet(text('Ann LEE'))).toContain('Ann LEE');
    expect(text('FPGA').quiet).toEqual([]);
  });
});

describe('introBlocks', () => {
  it('gives the top-level heading and paragraphs before the first idea', () => {
    const file = parse(
      '# CHAOSS ideas\n\nWork with CHAOSS.\n\n- a list item\n\n## Port PVSCSI to xl\n\nDifficulty: Medium\nSize: 175 hours\n',
    );
    expect(introBlocks(file).map((block) => block.text)).toEqual(['CHAOSS ideas', 'Work with CHAOSS.']);
  });
});
