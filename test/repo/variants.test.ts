// The rewrites of scripts/variants.mjs (used by test/parse/variants.test.ts and `npm run accuracy -- --variant`):
// each keeps every line, leaves code and what a reader finds alone, and rewrites the form it names.
import { describe, expect, it } from 'vitest';
import { applyVariant, applyVariants, FAMILIES, VARIANT_NAMES, VARIANTS } from '../../scripts/variants.mjs';

const LIST = [
  '# Ideas',
  '',
  '## Build a tool',
  '',
  'A description of the tool.',
  '',
  '**Difficulty:** Medium',
  '**Skills required**: Python',
  'Mentors: Ann Lee (ann@example.org)',
  '',
  '- Size: 175 hours',
  '- *Expected outcomes:* a tool',
  '',
  '1. first',
  '2. second',
  '',
  '```',
  '**Difficulty:** Hard, 350 hours, bo@example.org',
  '- code',
  '```',
  '',
  '| Idea | Difficulty | Size |',
  '| --- | --- | --- |',
  '| Parser | Hard | Medium |',
  '',
].join('\n');

const lineOf = (text: string, index: number) => text.split('\n')[index];

describe('variants', () => {
  it.each(VARIANT_NAMES)('%s keeps every line and the code block', (name) => {
    const out = applyVariant(name, LIST, 'ideas.md');
    expect(out.split(/\r?\n/)).toHaveLength(LIST.split('\n').length);
    expect(out.replace(/\r/g, '').replace(/ +$/gm, '')).toContain(LIST.split('\n').slice(16, 20).join('\n'));
  });

  it('shifts every heading by one level, and not past 1 or 6', () => {
    expect(applyVariant('heading-deeper', LIST).split('\n').slice(0, 3)).toEqual(['## Ideas', '', '### Build a tool']);
    expect(applyVariant('heading-shallower', LIST)).toBe(LIST);
    expect(applyVariant('heading-shallower', '## A\n\n### B\n\n<h4>C</h4>\n')).toBe('# A\n\n## B\n\n<h3>C</h3>\n');
    expect(applyVariant('heading-deeper', 'Title\n-----\n\ntext\n')).toBe('### Title\n\n\ntext\n');
  });

  it('restyles field labels only', () => {
    const out = applyVariant('label-italic-colon-inside', LIST);
    expect([lineOf(out, 6), lineOf(out, 7), lineOf(out, 8)]).toEqual([
      '*Difficulty:* Medium',
      '*Skills required:* Python',
      '*Mentors:* Ann Lee (ann@example.org)',
    ]);
    // `Language System for plugins:` is an idea's title, not a label (over three words).
    const title = '* Language System for plugins: unify the interface - **Difficulty:** *easy*';
    expect(applyVariant('label-bold-colon-outside', title)).toBe(
      '* Language System for plugins: unify the interface - **Difficulty**: *easy*',
    );
  });

  it('writes a dash after a bold label only before a value on the line', () => {
    expect(applyVariant('label-bold-dash', 'Skills: Python\n\nMentors:\n\n- Ann\n')).toBe(
      '**Skills** – Python\n\n**Mentors:**\n\n- Ann\n',
    );
  });

  it('renames whole field labels, in any style and in a table header, keeping their case', () => {
    const out = applyVariant('label-names-a', LIST);
    expect([lineOf(out, 6), lineOf(out, 7), lineOf(out, 8), lineOf(out, 10), lineOf(out, 11)]).toEqual([
      '**Difficulty level:** Medium',
      '**Prerequisites**: Python',
      'Possible mentors: Ann Lee (ann@example.org)',
      '- Project length: 175 hours',
      '- *Deliverables:* a tool',
    ]);
    expect(lineOf(applyVariant('label-names-b', LIST), 21)).toBe('| Idea | Level | Duration |');
    expect(applyVariant('label-names-b', 'Required Skills: C\nBuild skills: no\n')).toBe(
      'Skills Needed: C\nBuild skills: no\n',
    );
  });

  it('drops emphasis from a label only where a paragraph starts', () => {
    const out = applyVariant('label-plain', LIST);
    expect([lineOf(out, 6), lineOf(out, 7), lineOf(out, 11)]).toEqual([
      'Difficulty: Medium',
      '**Skills required**: Python',
      '- Expected outcomes: a tool',
    ]);
  });

  it('makes label lines list items, after any restyle', () => {
    const out = applyVariants(['label-bold-colon-inside', 'label-list-item'], LIST);
    expect(out.split('\n').slice(6, 9)).toEqual([
      '- **Difficulty:** Medium',
      '- **Skills required:** Python',
      '- **Mentors:** Ann Lee (ann@example.org)',
    ]);
  });

  it('writes two one-line label paragraphs on one line, leaving the second line blank', () => {
    const text =
      '## Idea\n\n**Length:** 175 hours\n\nDifficulty: Medium\n\n**Mentors:** Ann\nand Bo\n\n- **Skills:** C\n';
    expect(applyVariant('labels-one-line-pipe', text)).toBe(
      '## Idea\n\n**Length:** 175 hours | Difficulty: Medium\n\n\n\n**Mentors:** Ann\nand Bo\n\n- **Skills:** C\n',
    );
    expect(lineOf(applyVariant('labels-one-line-dot', text), 2)).toBe('**Length:** 175 hours · Difficulty: Medium');
    // Lines of one paragraph, list items and labels without a value on their line stay as they are.
    expect(applyVariant('labels-one-line-pipe', LIST)).toBe(LIST);
    expect(applyVariant('labels-one-line-pipe', '**Skills:**\n\n**Mentors:** Ann\n')).toBe(
      '**Skills:**\n\n**Mentors:** Ann\n',
    );
  });

  it('writes one-line label paragraphs with short values as headings below every other, none above a label line', () => {
    const text =
      '## Idea\n\nSkills: a long list of many different skills and tools\n\n**Difficulty:** *Medium*\n\n**Size:** 175 hours\n';
    expect(applyVariant('labels-as-headings', text)).toBe(
      '## Idea\n\nSkills: a long list of many different skills and tools\n\n### Difficulty: Medium\n\n### Size: 175 hours\n',
    );
    // A label line left below would fall in the heading's section: the heading would read as an idea's title.
    const above = '## Idea\n\n**Difficulty:** Medium\n\n- **Skills:** Rust\n';
    expect(applyVariant('labels-as-headings', above)).toBe(above);
    expect(applyVariant('labels-as-headings', '###### Idea\n\n**Difficulty:** Medium\n')).toBe(
      '###### Idea\n\n**Difficulty:** Medium\n',
    );
  });

  it('writes runs of one-line metadata label paragraphs as headings below every other, whatever follows them', () => {
    const text =
      '## Idea\n\n**Skills:** Ruby, Homebrew usage, basic HTTP download knowledge\n\nMentor: Jane\n\n' +
      '**Difficulty:** *Hard*\n\nSome prose.\n\nExpected outcome: faster.\n\n**Size:** 175 hours\n';
    expect(applyVariant('labels-as-heading-run', text)).toBe(
      '## Idea\n\n### Skills: Ruby, Homebrew usage, basic HTTP download knowledge\n\n### Mentor: Jane\n\n' +
        '### Difficulty: Hard\n\nSome prose.\n\nExpected outcome: faster.\n\n**Size:** 175 hours\n',
    );
    // A lone label paragraph, an outcome's label and a value with an address or a link stay.
    const alone = '## Idea\n\n**Difficulty:** Hard\n\nExpected outcome: faster.\n\nMentor: [Jane](https://x.org)\n';
    expect(applyVariant('labels-as-heading-run', alone)).toBe(alone);
  });

  it("adds a gloss in brackets after a field's usual label, its emphasis and colon kept", () => {
    expect(applyVariant('label-gloss', '## Idea\n\n**Difficulty:** Medium\n\n- **Mentors**: Jane\n')).toBe(
      '## Idea\n\n**Difficulty (easy (new to the code), medium (some experience) or hard):** Medium\n\n' +
        '- **Mentors (name (and email))**: Jane\n',
    );
    expect(applyVariant('label-gloss', 'Project size: 175 hours\n')).toBe(
      'Project size (90, 175 or 350 hours): 175 hours\n',
    );
    // A label that is not a usual name of a field, and headings, stay.
    expect(applyVariant('label-gloss', '## Difficulty: Medium\n\nNotes: x\n')).toBe(
      '## Difficulty: Medium\n\nNotes: x\n',
    );
  });

  it('writes two one-line label paragraphs with short values as one heading split by a pipe', () => {
    const text =
      '## Idea\n\nSkills: a long list of many different skills and tools\n\n**Difficulty:** *Medium*\n\n**Size:** 175 hours\n';
    expect(applyVariant('labels-as-heading-pipe', text)).toBe(
      '## Idea\n\nSkills: a long list of many different skills and tools\n\n### Difficulty: Medium | Size: 175 hours\n\n\n',
    );
    // A label paragraph without a neighbour to join stays, and so does every label line above it.
    const lone = '## Idea\n\n**Difficulty:** Medium\n\nSome prose.\n\n**Size:** 175 hours\n';
    expect(applyVariant('labels-as-heading-pipe', lone)).toBe(lone);
  });

  it('rewrites list markers', () => {
    expect(lineOf(applyVariant('bullets-star', LIST), 10)).toBe('* Size: 175 hours');
    expect(applyVariant('ordered-paren', LIST).split('\n').slice(13, 15)).toEqual(['1) first', '2) second']);
    expect(applyVariant('ordered-dot', '1) a\n2) b\n')).toBe('1. a\n2. b\n');
  });

  it('obfuscates emails, links included', () => {
    expect(lineOf(applyVariant('email-brackets', LIST), 8)).toBe('Mentors: Ann Lee (ann [at] example [dot] org)');
    expect(applyVariant('email-words', 'Contact [Ann](mailto:ann@x.org) or <bo@y.org>')).toBe(
      'Contact Ann (ann at x dot org) or bo at y dot org',
    );
  });

  it('respells sizes, not in headings', () => {
    expect(lineOf(applyVariant('size-h', LIST), 10)).toBe('- Size: 175h');
    expect(lineOf(applyVariant('size-named', LIST), 10)).toBe('- Size: 175 hours (medium)');
    expect(applyVariant('size-approx', '## Tool (350 hours)\n\nSize: 350 hours\n')).toBe(
      '## Tool (350 hours)\n\nSize: ~350 hours\n',
    );
  });

  it('rewords a difficulty after its label or in its column, not a size', () => {
    const out = applyVariant('difficulty-words', LIST);
    expect(lineOf(out, 6)).toBe('**Difficulty:** Intermediate');
    expect(lineOf(out, 23)).toBe('| Parser | Advanced | Medium |');
    expect(applyVariant('difficulty-lower', 'Size: Medium. Difficulty: Easy to Hard')).toBe(
      'Size: Medium. Difficulty: easy to hard',
    );
  });

  it('writes ideas given as headings as list items, their bodies nested, keeping every line', () => {
    const ideas = [
      '# Ideas',
      '## Server',
      '### 1. Faster parser',
      'Rewrite the parser.',
      '',
      '**Difficulty:** Medium',
      '### Plugin system',
      '- **Mentors:** Ann Lee',
      '## Other',
      'Text.',
    ].join('\n');
    expect(applyVariant('ideas-as-items', ideas).split('\n')).toEqual([
      '# Ideas',
      '## Server',
      '- 1\\. Faster parser',
      '  Rewrite the parser.',
      '',
      '  **Difficulty:** Medium',
      '- Plugin system',
      '  - **Mentors:** Ann Lee',
      '## Other',
      'Text.',
    ]);
    // Ideas with parts (sub-headings), or categories over ideas written as items already, are left alone.
    const parts = ideas.replace('Rewrite the parser.', '#### Details\nRewrite the parser.');
    expect(applyVariant('ideas-as-items', parts)).toBe(parts);
    const items = ideas.replace('- **Mentors:** Ann Lee', '- Port it\n  - **Mentors:** Ann Lee');
    expect(applyVariant('ideas-as-items', items)).toBe(items);
  });

  it('writes ideas given as headings as blocks opened by a title label, keeping every line', () => {
    const ideas = [
      '# Ideas',
      '## Server',
      '',
      '### Faster parser',
      'Rewrite the parser.',
      '',
      '**Difficulty:** Medium',
      '',
      '### Plugin system',
      '- **Mentors:** Ann Lee',
      '## Other',
      'Text.',
    ].join('\n');
    const written = (label: string) =>
      ideas
        .replace('### Faster parser', `${label} Faster parser`)
        .replace('### Plugin system', `${label} Plugin system`);
    expect(applyVariant('ideas-as-title-labels', ideas)).toBe(written('**Title:**'));
    expect(applyVariant('ideas-as-project-names', ideas)).toBe(written('Project name:'));
    // A heading right after a line of text (the label line would join its paragraph), a body already naming its
    // title, or a label heading chosen as an idea leave the file alone.
    const glued = ideas.replace('## Server\n\n', '## Server\nText.\n');
    expect(applyVariant('ideas-as-title-labels', glued)).toBe(glued);
    const named = ideas.replace('Rewrite the parser.', 'Project: the parser.');
    expect(applyVariant('ideas-as-title-labels', named)).toBe(named);
  });

  it('puts a space, plain or no-break, before every label colon (French typography)', () => {
    const out = applyVariant('french-colons', LIST);
    expect([6, 7, 8, 10, 11].map((index) => lineOf(out, index))).toEqual([
      '**Difficulty :** Medium',
      '**Skills required** : Python',
      // A plain label inside a paragraph (not where it starts) is prose's to the rewrite, as to restyleLabels.
      'Mentors: Ann Lee (ann@example.org)',
      '- Size : 175 hours',
      '- *Expected outcomes :* a tool',
    ]);
    expect(lineOf(applyVariant('french-colons-nbsp', LIST), 7)).toBe('**Skills required**\u00a0: Python');
    // Headings, tables and prose keep their colons.
    expect(applyVariant('french-colons', '## Idea: Parser\n\nWe need: a parser.\n')).toBe(
      '## Idea: Parser\n\nWe need: a parser.\n',
    );
  });

  it('writes a run of label paragraphs as label items with their values nested, the last one inline', () => {
    const text =
      'Intro.\n\n**Expected outcomes:** A parser\n\nMentors: Ann Lee\n\n**Difficulty**: Hard\n\nMore prose.\n';
    expect(applyVariant('label-item-nested', text)).toBe(
      'Intro.\n\n- **Expected outcomes:**\n  - A parser\n- Mentors:\n  - Ann Lee\n- **Difficulty**: Hard\n\nMore prose.\n',
    );
    // A single label paragraph, or label lines of one paragraph, stay.
    expect(applyVariant('label-item-nested', LIST)).toBe(LIST);
  });

  it("renames the heading naming the list of ideas as last year's or past ideas, and no other heading", () => {
    const page = '# Org\n\n## Project Ideas\n\n### Faster parser\n\n## Contact\n\n# Ideas #\n';
    expect(applyVariant('ideas-heading-last-year', page)).toBe(
      "# Org\n\n## Last Year's Ideas\n\n### Faster parser\n\n## Contact\n\n# Last Year's Ideas #\n",
    );
    expect(applyVariant('ideas-heading-past', page)).toBe(
      '# Org\n\n## Past project ideas\n\n### Faster parser\n\n## Contact\n\n# Past project ideas #\n',
    );
    const code = '```\n## Project Ideas\n```\n';
    expect(applyVariant('ideas-heading-past', code)).toBe(code);
  });

  it('adds invisible bytes', () => {
    expect(applyVariant('crlf', 'a\nb\n')).toBe('a\r\nb\r\n');
    expect(applyVariant('hard-breaks', 'a\n\nb\n')).toBe('a  \n\nb  \n');
    expect(applyVariant('bom', 'a\n')).toBe('\uFEFFa\n');
  });

  it('chains one variant per family and refuses two of one', () => {
    expect(FAMILIES).toContain('label');
    expect(new Set(VARIANT_NAMES.map((name) => VARIANTS[name].family))).toEqual(new Set(FAMILIES));
    expect(() => applyVariants(['size-h', 'size-hrs'], LIST)).toThrow(/alternatives/);
    expect(() => applyVariant('no-such-variant', LIST)).toThrow(/Unknown variant/);
  });
});
