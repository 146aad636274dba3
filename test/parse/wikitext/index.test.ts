import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../../src/parse/index.js';
import { isWikitextPath } from '../../../src/parse/wikitext.js';

const PAGE = `Intro text.

== Peer reviewed ==
=== Mirage OS ===
{{GSoC Project
|Project=Fuzz testing '''Xen''' with Mirage
|Date=28/11/2013
|Contact=Anil Madhavapeddy <[mailto:anil@recoil.org anil@recoil.org]>
|Difficulty=medium
|Skills=OCaml, [[Xen]]
|Desc=Mirage OS (see [http://www.openmirage.org/ the site]) is a unikernel.
# First step
# Second step
|Review=
* {{Comment|~~~~:}} Needs a size.
}}
{{Note|This is not an idea}}
== Needs work ==
{{GSoC Project|Project=Second|Difficulty=Unknown|Skills=C|Outcomes=}}
`;

describe('parseIdeaFile on MediaWiki source', () => {
  const file = parseIdeaFile('ideas.wiki', PAGE);
  const [first, second] = file.ideas;

  it('reads .wiki and .mediawiki files as wikitext, whatever the case', () => {
    expect(['a.wiki', 'b.MediaWiki', 'c.wikitext'].map(isWikitextPath)).toEqual([true, true, true]);
    expect(['a.md', 'wiki.txt', 'a.wiki.md'].map(isWikitextPath)).toEqual([false, false, false]);
  });

  it('makes each idea-template call an idea, with its section', () => {
    expect(file.ideas.map((idea) => [idea.title, idea.section])).toEqual([
      ['Fuzz testing Xen with Mirage', ['Peer reviewed', 'Mirage OS']],
      ['Second', ['Needs work']],
    ]);
  });

  it('reads parameters as fields through the label vocabulary', () => {
    const fields = Object.fromEntries(
      Object.entries(first.fields).map(([name, field]) => [name, [field.label, field.value]]),
    );
    expect(fields).toEqual({
      inserted: ['Date', '28/11/2013'],
      mentors: ['Contact', 'Anil Madhavapeddy <anil@recoil.org>'],
      difficulty: ['Difficulty', 'medium'],
      skills: ['Skills', 'OCaml, Xen'],
      description: ['Desc', 'Mirage OS (see the site) is a unikernel.\nFirst step\nSecond step'],
      review: ['Review', '~~~~: Needs a size.'],
    });
    expect(first.fields.mentors?.raw).toBe('Anil Madhavapeddy <[anil@recoil.org](mailto:anil@recoil.org)>');
  });

  it('points labels, values and titles into the page', () => {
    const at = (position: { start: { offset: number }; end: { offset: number } } | undefined) =>
      position ? PAGE.slice(position.start.offset, position.end.offset) : undefined;
    expect(at(first.titlePosition)).toBe("Fuzz testing '''Xen''' with Mirage");
    expect(at(first.fields.difficulty?.labelPosition)).toBe('Difficulty');
    expect(at(first.fields.difficulty?.valuePosition)).toBe('medium');
    expect(at(first.fields.review?.valuePosition)).toBe('* {{Comment|~~~~:}} Needs a size.');
    expect(first.fields.difficulty?.valuePosition?.start).toEqual({
      line: 9,
      column: 13,
      offset: PAGE.indexOf('medium'),
    });
    expect(at(first.position)).toMatch(/^\{\{GSoC Project[\s\S]*\}\}$/);
  });

  it('keeps an empty parameter as a label without a value', () => {
    expect(second.fields.outcomes).toMatchObject({ label: 'Outcomes', value: '', raw: '' });
    expect(second.fields.outcomes?.valuePosition).toBeUndefined();
  });

  it('builds a Markdown tree of the prose whose positions index the page', () => {
    const texts = first.body.map((node) => PAGE.slice(node.position?.start.offset, node.position?.end.offset));
    expect(texts).toContain('Mirage OS (see [http://www.openmirage.org/ the site]) is a unikernel.');
    const headings = file.tree.children.filter((node) => node.type === 'heading');
    expect(headings.map((node) => PAGE.slice(node.position?.start.offset, node.position?.end.offset))).toEqual([
      '== Peer reviewed ==',
      '=== Mirage OS ===',
      '== Needs work ==',
    ]);
  });

  it('does not take a template without a title and fields for an idea', () => {
    const page = parseIdeaFile('p.wiki', '{{Infobox|Project=Xen}}\n{{Note|Difficulty=Hard|Skills=C}}\n');
    expect(page.ideas).toEqual([]);
    expect(page.notices).toEqual([]);
  });

  it('reads an idea-template of another name with a Title parameter', () => {
    const page = parseIdeaFile('p.mediawiki', '{{Outreachy idea|Title=Docs|Mentors=Jane|Difficulty=Easy}}');
    expect(page.ideas.map((idea) => [idea.title, Object.keys(idea.fields)])).toEqual([
      ['Docs', ['mentors', 'difficulty']],
    ]);
  });
});

describe('parseIdeaFile on hostile MediaWiki source', () => {
  it.each([
    ['unclosed calls', '== A ==\n' + '{{'.repeat(100_000)],
    [
      'an idea with 5,000 nested calls',
      `{{GSoC Project|Project=X|Difficulty=Hard|Skills=${'{{a|'.repeat(5_000)}${'}}'.repeat(5_000)}}}`,
    ],
    ['100,000 emphasis marks', `{{GSoC Project|Project=X|Difficulty=Hard|Desc=${"'''".repeat(100_000)}}}`],
  ])('reads %s in linear time without throwing', (_name, text) => {
    const started = performance.now();
    const file = parseIdeaFile('hostile.wiki', text);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(file.notices).toEqual([]);
  });
});
