import { describe, expect, it } from 'vitest';
import { headingSlug } from '../../src/parse/anchor-index.js';
import { parseIdeaFile } from '../../src/parse/index.js';

function titles(text: string): string[] {
  return parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title);
}

const prose =
  'This project would improve the runtime for everyone who uses it, with a student working on the compiler and its tests over the summer.';
const section = (heading: string, body = prose): string => `${heading}\n\n${body}\n\n`;

describe('GitHub heading slugs', () => {
  it('lower-cases, drops punctuation but hyphens and underscores, and hyphenates spaces', () => {
    expect(headingSlug(`Improving Ruby's concurrency features`)).toBe('improving-rubys-concurrency-features');
    expect(headingSlug('CL + MEV software')).toBe('cl--mev-software');
    expect(headingSlug('Celluloid "Turbo Mode" for JRuby')).toBe('celluloid-turbo-mode-for-jruby');
    expect(headingSlug('snake_case API')).toBe('snake_case-api');
  });
});

describe('an index of in-page links naming the ideas (anchor-index.ts)', () => {
  const ideas = ['JRuby IR projects', 'Truffle', 'Native coroutine support'];

  it('reads the linked headings under a heading naming ideas as ideas (JRuby, regression-15: `*`, link text differs)', () => {
    const text =
      `# Synopsis\n\nThis page hosts the ideas for the summer.\n\nIdeas\n=====\n\nAreas of study:\n\n` +
      `* [Optimizing compiler work](#jruby-ir-projects)\n* [JRuby+Truffle work](#truffle) (Truffle is a language framework)\n* [True coroutines](#native-coroutine-support)\n\n` +
      section('### JRuby IR projects ###') +
      section('### Truffle') +
      section('#### Truffle tooling ####') +
      section('### Native coroutine support ###');
    expect(titles(text)).toEqual(ideas);
  });

  it('reads an ordered list with `-`-free numbering, bold links and explicit `<a name>` anchors', () => {
    const text =
      `## Project ideas\n\n1. **[Compiler](#ir)**\n2. **[Truffle backend](#t2)**\n3. **[Coroutines](#co)**\n\n` +
      `<a name="ir"></a>\n\n${section('### JRuby IR projects')}` +
      `<a id="t2"></a>\n\n${section('### Truffle')}${section('#### Truffle tooling')}` +
      section('### <a name="co"></a>Native coroutine support');
    expect(titles(text)).toEqual(ideas);
  });

  it('reads `-` items in the introduction, a lead-in naming projects, and loose anchors (Ethereum EPF, regression-15)', () => {
    const text =
      `# Proposed work\n\nHere is a list of projects proposed by mentors.\n\n` +
      `- [Previous cohorts](#previous-cohorts)\n- [Verkle prototype](#verkle-prototype)\n- [Zoë's tracer](#zoes-tracer)\n- [Debug tools](#debug-tools)\n\n` +
      section(
        '### Previous cohorts',
        'In previous cohorts, you can find many up to date ideas.\n\n- [Cohort one](https://example.org/1)\n- [Cohort two](https://example.org/2)',
      ) +
      section('### Verkle prototype') +
      section('### Zoë’s tracer') +
      section('### Debug tools', `${prose}\n\nMentor: @michaelsproul (SigP/Lighthouse)`);
    expect(titles(text)).toEqual(['Verkle prototype', 'Zoë’s tracer', 'Debug tools']);
  });

  it('keeps guidance sections linked from the same index out', () => {
    const text =
      `# GSoC ideas\n\n* [How to apply](#how-to-apply)\n* [Compiler](#compiler)\n* [Parser](#parser)\n* [Contact](#contact)\n\n` +
      section('## How to apply') +
      section('## Compiler') +
      section('### Compiler internals') +
      section('## Parser') +
      section('## Contact', 'Write to us on the mailing list or in the chat.');
    expect(titles(text)).toEqual(['Compiler', 'Parser']);
  });

  it('reads no index under a heading that does not speak of ideas (a table of contents)', () => {
    const text =
      `# Welcome\n\n## Table of contents\n\n- [Compiler](#compiler)\n- [Parser](#parser)\n\n` +
      section('## Compiler') +
      section('### Compiler internals') +
      section('## Parser');
    expect(titles(text)).toEqual([]);
  });

  it('reads no index in a section about the list (Sugar Labs, regression)', () => {
    const labelled = (title: string): string =>
      section(`# ${title}`, `${prose}\n\nMentors: Jane Doe\n\nDifficulty: Easy`);
    const text =
      `${labelled('Port to Python 3')}${labelled('Flatpak')}# Administrative notes\n\nAbove are a list of ideas we planned.\n\n` +
      `   * [Criteria](#criteria)\n   * [Everyone Else](#everyone-else)\n\n` +
      section('## Criteria') +
      section('## Everyone Else');
    expect(titles(text)).toEqual(['Port to Python 3', 'Flatpak']);
  });

  it('adds nothing where most linked headings are labelled ideas (the index lists the other sections too)', () => {
    const labelled = (title: string): string =>
      section(`## ${title}`, `${prose}\n\n- Mentors: Jane Doe\n- Difficulty: Easy`);
    const text =
      `# Project ideas\n\n- [Our community](#our-community)\n- [Compiler](#compiler)\n- [Parser](#parser)\n- [Linter](#linter)\n\n` +
      section('## Our community') +
      labelled('Compiler') +
      labelled('Parser') +
      labelled('Linter');
    expect(titles(text)).toEqual(['Compiler', 'Parser', 'Linter']);
  });

  it('reads entries nested under category items without links', () => {
    const text =
      `# Ideas\n\n- Runtime\n  - [Compiler](#compiler)\n  - [Interpreter](#interpreter)\n- Tooling\n  - [Parser](#parser)\n- Docs\n  - [Guide](#guide)\n\n` +
      section('## Compiler') +
      section('### Compiler internals') +
      section('## Interpreter') +
      section('## Parser') +
      section('## Guide');
    expect(titles(text)).toEqual(['Compiler', 'Interpreter', 'Parser', 'Guide']);
  });

  it('does not read a heading grouping linked headings as an idea', () => {
    const text =
      `# Ideas\n\n- [Runtime](#runtime)\n  - [Compiler](#compiler)\n  - [Parser](#parser)\n\n` +
      `## Runtime\n\nOur runtime has several parts.\n\n` +
      section('### Compiler') +
      section('### Parser');
    expect(titles(text)).toEqual(['Compiler', 'Parser']);
  });
});

describe('an index under a table of contents heading', () => {
  it('speaks for the section above it when that names ideas', () => {
    const text =
      `# Project ideas 2025\n\n## Table of contents\n\n- [Getting started](#getting-started)\n- [Compiler](#compiler)\n- [Parser](#parser)\n\n` +
      section('## Getting started') +
      section('## Compiler') +
      section('### Compiler internals') +
      section('## Parser');
    expect(titles(text)).toEqual(['Compiler', 'Parser']);
  });

  it('or when the introduction does, before any heading', () => {
    const text =
      `This page lists the project ideas for this summer.\n\n## Contents\n\n* [Compiler](#compiler)\n* [Parser](#parser)\n\n` +
      section('## Compiler') +
      section('### Compiler internals') +
      section('## Parser');
    expect(titles(text)).toEqual(['Compiler', 'Parser']);
  });

  it('not when nothing above it speaks of ideas', () => {
    const text =
      `# Welcome\n\nThis is our wiki.\n\n## Contents\n\n* [Compiler](#compiler)\n* [Parser](#parser)\n\n` +
      section('## Compiler') +
      section('### Compiler internals') +
      section('## Parser');
    expect(titles(text)).toEqual([]);
  });
});
