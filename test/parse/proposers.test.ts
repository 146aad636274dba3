import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';
import { isProposerHeading } from '../../src/parse/proposers.js';

const prose = 'Work on the protocol tests for the client, with a mentor from the team over the summer.';

function mentors(text: string): [string, string | undefined][] {
  return parseIdeaFile('ideas.md', text).ideas.map((idea) => [idea.title, idea.fields.mentors?.value]);
}

describe('a proposer line names the mentors (proposers.ts)', () => {
  it('reads `Proposed by`, `By`, `Suggested by` with markup, links, handles and several names', () => {
    const text =
      `# Proposed projects\n\nHere is a list of projects proposed by mentors.\n\n` +
      `### prysmctl\n\nProposed by Kasey\n\n${prose}\n\n` +
      `### Browser tooling\n\nBy Cayman Nava\n\n${prose}\n\n` +
      `### Cryptoeconomic models\n\n*Suggested by [Barnabé Monnot](https://example.org/b)*\n\n${prose}\n\n` +
      `### P2P tests\n\nProposed by: @felix and Mario Vega.\n\n${prose}\n\n` +
      `### Light client\n\nProject suggested by Alex Stokes (EF Research)\n\n${prose}\n`;
    expect(mentors(text)).toEqual([
      ['prysmctl', 'Kasey'],
      ['Browser tooling', 'Cayman Nava'],
      ['Cryptoeconomic models', 'Barnabé Monnot'],
      ['P2P tests', '@felix and Mario Vega'],
      ['Light client', 'Alex Stokes (EF Research)'],
    ]);
  });

  it('reads the addresses after the names', () => {
    const text =
      `# Project ideas\n\n### Parser\n\nProposed by Jane Doe <jane@example.org>\n\n${prose}\n\n` +
      `### Linter\n\nBy Li Wei (li.wei@example.org) and [Ann Lee](mailto:ann@example.org)\n\n${prose}\n`;
    const ideas = parseIdeaFile('ideas.md', text).ideas;
    expect(ideas.map((idea) => idea.fields.mentors?.raw)).toEqual([
      'Jane Doe <jane@example.org>',
      'Li Wei (li.wei@example.org) and [Ann Lee](mailto:ann@example.org)',
    ]);
  });

  it('reads no proposer from prose, a line further down, or a line in a longer paragraph', () => {
    const text =
      `# Project ideas\n\n` +
      `### Parser\n\nBy default the parser is slow.\n\n${prose}\n\n` +
      `### Linter\n\n${prose}\n\nProposed by Jane Doe\n\n` +
      `### Docs\n\nProposed by Jane Doe\nand reviewed by the whole team before the summer.\n\n${prose}\n`;
    expect(mentors(text)).toEqual([
      ['Parser', undefined],
      ['Linter', undefined],
      ['Docs', undefined],
    ]);
  });

  it('keeps a labelled mentor over the proposer line', () => {
    const text = `# Project ideas\n\n### Parser\n\nProposed by Jane Doe\n\n${prose}\n\nMentor: John Smith\n\nDifficulty: Easy\n\n### Linter\n\n${prose}\n\nMentor: Ann Lee\n`;
    expect(mentors(text)[0]).toEqual(['Parser', 'John Smith']);
  });
});

describe('a proposer heading groups the ideas of its list (proposers.ts)', () => {
  it('knows proposer titles', () => {
    expect(isProposerHeading('By Łukasz Rozmej')).toBe(true);
    expect(isProposerHeading('By Potuz')).toBe(true);
    expect(isProposerHeading('Ideas by Jane van der Berg')).toBe(true);
    expect(isProposerHeading('Proposed by @kasey')).toBe(true);
    expect(isProposerHeading('By example')).toBe(false);
    expect(isProposerHeading('Bypass the cache')).toBe(false);
    expect(isProposerHeading('Debug tools')).toBe(false);
  });

  it('reads bare items and `Title: description` items as ideas, with no mentor (Ethereum EPF, regression-15)', () => {
    const text =
      `# Proposed projects\n\n` +
      `### prysmctl\n\nProposed by Kasey\n\n${prose}\n\n` +
      `### By Łukasz Rozmej\n\n- Virtual Machine with native code emission (IL VM)\n- Danksharding prototyping\n\n` +
      `### Browser tooling\n\nBy Cayman Nava\n\n${prose}\n\n` +
      `### Ideas by Potuz\nProjects may require different protocol knowledge.\n* Forkchoice fuzzer: Test different attack scenarios.\n* Continuous benchmarking - Set meaningful benchmarks in CI\n\n` +
      `### Stakers' testnet\n\nBy Mario Havel\n\n${prose}\n`;
    expect(mentors(text)).toEqual([
      ['prysmctl', 'Kasey'],
      ['Virtual Machine with native code emission (IL VM)', undefined],
      ['Danksharding prototyping', undefined],
      ['Browser tooling', 'Cayman Nava'],
      ['Forkchoice fuzzer', undefined],
      ['Continuous benchmarking', undefined],
      ["Stakers' testnet", 'Mario Havel'],
    ]);
  });

  it('reads no group under a proposer heading that is not among ideas', () => {
    const text = `# About\n\n## By Jane Doe\n\n- A note on the history\n- Another note on the plans\n`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title)).not.toContain('A note on the history');
  });
});
