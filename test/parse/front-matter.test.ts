import { describe, expect, it } from 'vitest';
import { render } from '../../src/parse/front-matter.js';
import { parseIdeaFile } from '../../src/parse/index.js';

const hsf = `---
title: Faster histogramming
layout: gsoc_proposal
year: 2026
difficulty: medium/high
duration: 350
project_mentors:
  - email: jonas.rembser@cern.ch
    first_name: Jonas
    last_name: Rembser
    is_preferred_contact: yes
  - email: lorenzo.moneta@cern.ch
    first_name: Lorenzo
    last_name: Moneta
---

## Description

ROOT is a data analysis framework.

## Expected results and milestones

* Faster histograms

## Requirements

C++, Python
`;

describe('front matter', () => {
  it('makes a file with idea keys one idea titled from `title`', () => {
    const file = parseIdeaFile('proposal.md', hsf);
    expect(file.ideas).toHaveLength(1);
    const [idea] = file.ideas;
    expect(idea.title).toBe('Faster histogramming');
    expect(idea.titlePosition.start).toMatchObject({ line: 2, column: 8 });
    expect(idea.section).toEqual([]);
    expect(file.frontMatter).toMatchObject({ year: 2026, difficulty: 'medium/high' });
  });

  it('renders front matter values readably and points at the YAML value', () => {
    const [idea] = parseIdeaFile('proposal.md', hsf).ideas;
    expect(idea.fields.difficulty?.value).toBe('medium/high');
    expect(idea.fields.difficulty?.label).toBe('difficulty');
    expect(idea.fields.difficulty?.valuePosition?.start).toMatchObject({ line: 5, column: 13 });
    expect(idea.fields.size?.value).toBe('350');
    expect(idea.fields.mentors?.value).toBe(
      'Jonas Rembser <jonas.rembser@cern.ch>, Lorenzo Moneta <lorenzo.moneta@cern.ch>',
    );
    expect(idea.fields.mentors?.valuePosition?.start.line).toBe(8);
    expect(idea.fields.mentors?.valuePosition?.end.line).toBe(14);
  });

  it('adds the body sections as fields', () => {
    const [idea] = parseIdeaFile('proposal.md', hsf).ideas;
    expect(idea.fields.description?.value).toBe('ROOT is a data analysis framework.');
    expect(idea.fields.outcomes?.value).toBe('Faster histograms');
    expect(idea.fields.skills?.value).toBe('C++, Python');
    expect(idea.body[0].type).toBe('heading');
  });

  it('reads OpenAstronomy keys: name, lists, and desc only when the body has no description', () => {
    const text =
      '---\nname: Velocities in coordinates\ndesc: Implement velocities.\nrequirements:\n - Python\n - Coordinates\nmentors: \n - mhvk\n - adrn\nproject_size:\n - 175 h\n---\n\nSome prose.\n';
    const [idea] = parseIdeaFile('project.md', text).ideas;
    expect(idea.title).toBe('Velocities in coordinates');
    expect(idea.fields.skills?.value).toBe('Python, Coordinates');
    expect(idea.fields.mentors?.value).toBe('mhvk, adrn');
    expect(idea.fields.size?.value).toBe('175 h');
    expect(idea.fields.description?.value).toBe('Implement velocities.');
    const withBody = parseIdeaFile('project.md', text.replace('Some prose.', '## Description\n\nThe full story.'))
      .ideas[0];
    expect(withBody.fields.description?.value).toBe('The full story.');
  });

  it('makes a title-only front matter file one idea when its body has labels', () => {
    const text =
      '---\ntitle: Case split plugin\n---\n\nThis project extends HLS.\n\n**Goals**\n\n- New plugin\n\nMentors: TBD\n\nProject size: 350hrs\n\nDifficulty: Hard\n';
    const [idea] = parseIdeaFile('casesplit.md', text).ideas;
    expect(idea.title).toBe('Case split plugin');
    expect(idea.fields.mentors?.value).toBe('TBD');
    expect(idea.fields.outcomes?.value).toBe('New plugin');
    expect(idea.fields.description?.value).toBe('This project extends HLS.');
  });

  it('reads front matter closed by `...`', () => {
    const text =
      '---\ntitle: UI Layout Library\n...\n\nHaskell has many libraries.\n\n**Mentorship**\n\n- Adrian Sieber (ad-si)\n';
    const file = parseIdeaFile('layout.md', text);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['UI Layout Library']);
    expect(file.ideas[0].fields.mentors?.value).toBe('Adrian Sieber (ad-si)');
    expect(file.ideas[0].fields.description?.value).toBe('Haskell has many libraries.');
  });

  it('keeps a Jekyll page with only layout and title a multi-idea file', () => {
    const text =
      '---\nlayout: default\ntitle: "Ideas for SunPy"\n---\n\n### Lightcurve\n\n*Difficulty:* Beginner\n\n*Suggested Mentor(s):* Stuart\n\n### Database\n\n*Difficulty:* Intermediate\n\n*Suggested Mentor(s):* Simon\n';
    const file = parseIdeaFile('ideas_sunpy.md', text);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Lightcurve', 'Database']);
  });

  it('gives a notice, not an exception, for invalid YAML', () => {
    const file = parseIdeaFile(
      'bad.md',
      '---\ntitle: [unclosed\nmentors: x\n---\n\n## Idea\n\nDifficulty: Hard\nMentors: Jane\n',
    );
    expect(file.notices).toHaveLength(1);
    expect(file.notices[0].message).toMatch(/front matter is not valid YAML/);
    expect(file.notices[0].line).toBeGreaterThanOrEqual(2);
    expect(file.frontMatter).toBeUndefined();
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Idea']);
  });
});

describe('render', () => {
  it('joins lists, formats mentor records and dates', () => {
    expect(render(['a', 'b'])).toBe('a, b');
    expect(render({ first_name: 'Jane', last_name: 'Doe', email: 'jane@example.org' })).toBe(
      'Jane Doe <jane@example.org>',
    );
    expect(render({ email: 'x@example.org' })).toBe('<x@example.org>');
    expect(render(new Date('2025-02-01T00:00:00Z'))).toBe('2025-02-01');
    expect(render(null)).toBe('');
    expect(render(350)).toBe('350');
  });
});

describe('front matter of a documentation page', () => {
  // As omegaUp's Spanish GSoC page (test/fixtures/regression-2) and every MkDocs/Docusaurus page write it: a
  // `description:` of the page is no idea field, so the ideas under the headings are read one by one.
  const page =
    '---\ntitle: GSoC 2025\ndescription: Programa Google Summer of Code 2025\nicon: bootstrap/school\n---\n' +
    '# GSoC 2025\n\n## Ideas\n\n### Idea one\n\n**Mentors:** Ana\n\n**Difficulty:** Hard\n\n' +
    '### Idea two\n\n**Mentors:** Luis\n\n**Difficulty:** Easy\n';

  it('reads the ideas of a page whose front matter names no idea field', () => {
    const file = parseIdeaFile('gsoc.md', page);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Idea one', 'Idea two']);
    expect(file.ideas[1].fields.mentors?.value).toBe('Luis');
  });

  it('still makes a file one idea when a front matter key names an idea field', () => {
    const file = parseIdeaFile('gsoc.md', page.replace('icon: bootstrap/school', 'difficulty: medium'));
    expect(file.ideas).toHaveLength(1);
    expect(file.ideas[0].title).toBe('GSoC 2025');
  });
});

describe('a wiki page titled by its front matter', () => {
  // As mathesar's wiki writes an idea (test/fixtures/regression-2): Wiki.js keys, then `## Classification` with the
  // labels and prose sections after it.
  const page =
    '---\ntitle: Dark Mode project idea\ndescription: \npublished: true\ntags: \n---\n\n' +
    '## Classification\n\n- **Difficulty**: *Easy*\n- **Skills needed**: CSS\n\n' +
    '## The Problem\n\n- Many users prefer to use apps in dark mode, where most of the UI shows light text on a dark ' +
    'background, and Mathesar has no support for it; extensions guess the colors to use for every element of it, ' +
    'and beyond such extensions there is no way at all to use the app in dark mode today.\n\n' +
    '## Tasks\n\n1. Build a theme switcher component and wire it into the app so it toggles a class on the body.\n' +
    '1. Go through every color of the app and choose values for dark mode, moving them into CSS variables.\n' +
    '1. Get one color within the UI to change based on the media query and the body class, then the rest.\n';

  it('is one idea when its sections give one idea’s fields', () => {
    const file = parseIdeaFile('dark-mode.md', page);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Dark Mode project idea']);
    expect(file.ideas[0].fields.skills?.value).toBe('CSS');
  });

  it('keeps its ideas when two sections give fields', () => {
    const file = parseIdeaFile('ideas.md', page.replace('## The Problem', '## The Problem\n\n- **Mentors**: Ana'));
    expect(file.ideas.length).toBeGreaterThan(1);
  });
});

// Grammar (session 16, preCICE): a site page's front matter whose only idea-field key is vague (`keywords:`) over ideas
// that each label a field an idea states once (difficulty, size, mentors) is a page of those ideas, as headings or as
// items; a specific key (`difficulty:`) keeps the page one idea.
describe('a site page whose front matter has keywords, over ideas', () => {
  const front =
    '---\ntitle: Contribute to preCICE - Open projects\nkeywords: contribute, GSoC, google summer of code\nsummary: Open opportunities\ntoc: true\n---\n\n## Context\n\npreCICE is a coupling library.\n\n## Google Summer of Code\n\nWe prepared the following topics.\n\n';
  const idea = (title: string, as: 'heading' | 'item', labels: string): string =>
    as === 'heading'
      ? `### Project: ${title}\n\nThe ${title} needs work.\n\n${labels}\n\n`
      : `- Project: ${title}\n\n  The ${title} needs work.\n\n${labels.replace(/^/gm, '  ')}\n\n`;
  const dashed =
    '- Skills required: C++\n- Project size: Medium (175h)\n- Difficulty: Intermediate\n- Mentors: Jane Doe';
  const bold = '**Skills:** Python\n\n**Size:** 90 hours\n\n**Level:** Hard\n\n**Mentor:** John Roe';

  it.each([
    ['heading', dashed],
    ['heading', bold],
    ['item', dashed],
  ] as const)('reads the ideas, written as %s with labels %j, and not the page as one', (as, labels) => {
    const file = parseIdeaFile(
      'open-projects.md',
      front + idea('Website modernization', as, labels) + idea('System tests improvements', as, labels),
    );
    expect(file.ideas.map((found) => found.title)).toEqual(['Website modernization', 'System tests improvements']);
  });

  it('keeps the page one idea under a specific idea key, and under keywords with one idea in the body', () => {
    const two = idea('Website modernization', 'heading', dashed) + idea('System tests', 'heading', dashed);
    expect(parseIdeaFile('p.md', front.replace('keywords:', 'difficulty: hard\nkeywords:') + two).ideas).toHaveLength(
      1,
    );
    expect(parseIdeaFile('p.md', front + idea('Website modernization', 'heading', dashed)).ideas).toHaveLength(1);
  });
});
