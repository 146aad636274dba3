import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';

function titles(text: string): string[] {
  return parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title);
}

const idea = (heading: string, extra = ''): string =>
  `${heading}\n\nSome text about it.\n\n- Difficulty: Medium\n- Mentors: Jane Doe\n${extra}\n`;

describe('idea segmentation', () => {
  it('infers the idea level from where labels occur, whatever the depth', () => {
    for (const depth of [2, 3, 4, 5]) {
      const hashes = '#'.repeat(depth);
      const section = depth > 2 ? `${'#'.repeat(depth - 1)} Project X\n\n` : '';
      expect(titles(`# Ideas\n\n${section}${idea(`${hashes} First`)}${idea(`${hashes} Second`)}`)).toEqual([
        'First',
        'Second',
      ]);
    }
  });

  it('gives each idea its enclosing headings as its section, without the page title', () => {
    const file = parseIdeaFile(
      'ideas.md',
      `# Outreach\n\n## Peer reviewed\n\n### Mirage OS\n\n${idea('#### Fuzz testing')}`,
    );
    expect(file.ideas[0].section).toEqual(['Peer reviewed', 'Mirage OS']);
  });

  it('strips `Idea:` and `Project Idea II -` prefixes from titles', () => {
    expect(
      titles(
        `${idea('## Idea: Improve the bot')}${idea('## IDEA: Build access')}${idea('## Project Idea II - Low-Latency Optimizations')}`,
      ),
    ).toEqual(['Improve the bot', 'Build access', 'Low-Latency Optimizations']);
  });

  it('keeps a title that only starts with the word Idea', () => {
    expect(titles(idea('## Ideas board for teachers'))).toEqual(['Ideas board for teachers']);
  });

  it('treats sub-headings as parts of the idea, and their labels as its fields', () => {
    const file = parseIdeaFile(
      'ideas.md',
      '## pgagroal: Security\n\n### Project Description\n\nA pool.\n\n### Difficulty level\n\nModerate\n\n### Mentors\n\nJesper\n\n## pgmoneta: WAL\n\n### Difficulty level\n\nHard\n',
    );
    expect(file.ideas.map((entry) => entry.title)).toEqual(['pgagroal: Security', 'pgmoneta: WAL']);
    expect(file.ideas[0].fields.difficulty?.value).toBe('Moderate');
    expect(file.ideas[0].fields.description?.value).toBe('A pool.');
  });

  it('makes no idea of a question under an FAQ section, in English or Spanish', () => {
    // As omegaUp's Spanish page (test/fixtures/regression-2) ends: `## Preguntas frecuentes`, questions as `###`.
    const faq = (title: string): string =>
      `## ${title}\n\n### How do you choose your students?\n\nWe review each application and choose candidates ` +
      'who show their skills in merged pull requests, with a good design and a culture of helping others.\n\n' +
      '1. **Skill level**: shown through pull requests.\n\n### Do I need to speak Spanish?\n\nNot at all. We do ' +
      'everything we can to include volunteers who do not speak Spanish, in every channel and in the code itself.\n';
    for (const title of ['FAQ', 'Frequently asked questions', 'Preguntas frecuentes'])
      expect(titles(`# GSoC\n\n${idea('## First')}\n${idea('## Second')}\n${faq(title)}`)).toEqual(['First', 'Second']);
  });

  it('skips tables of contents, timelines, admin sections and global mentor lists', () => {
    const text = [
      '# GSoC',
      '## Table of Contents\n\n- [First](#first)\n- [Second](#second)',
      '<!-- TOC -->\n- [First](#first)\n<!-- TOC -->',
      '## Timeline\n\n| Activity | Dates |\n|---|---|\n| Start | Mon, Jun 8, 2026 |',
      '## Mentors\n\n- Jane Doe\n- John Doe',
      '## Admins\n\nContact: admin@example.org',
      idea('## First'),
      idea('## Second'),
      '## Status\n\nPlanning',
    ].join('\n\n');
    expect(titles(text)).toEqual(['First', 'Second']);
  });

  it('ignores templates inside code fences entirely', () => {
    const text =
      '## Template\n\n```\n#### CNCF Project Name\n\n##### Project Title\n\n- Description:\n- Mentor(s): Jane\n```\n\n## Ideas\n\n#### Drasi\n\n##### Reactive agents\n\n- Description: Agents.\n- Mentor(s): Aman\n';
    expect(titles(text)).toEqual(['Reactive agents']);
  });

  it('does not make ideas of numbered admin steps beside the ideas', () => {
    const text = `# Project Ideas\n\n## How to apply\n\n### 1. Discuss the project idea with the mentor(s)\n\nSend an email to the mentors and discuss the idea to find out whether you have the skills, and read the documentation carefully before the application period opens.\n\n## Ideas\n\n${idea('### Rust bindings for QMP')}`;
    expect(titles(text)).toEqual(['Rust bindings for QMP']);
  });

  it('accepts one H1 idea among H2 ideas and separating rules', () => {
    const text = `# GSoC 2025 Ideas\n\n------------\n\n${idea('## Git backend')}\n------------\n\n# Music Blocks 4 Program Builder\n\n**Description**\n\nBuild programs.\n\n**Difficulty**\n\nHard\n\n**Mentors**\n\nAnindya\n\n------------\n\n${idea('## Speak AI')}\n# Administrative Notes\n\n## Criteria for Ideas\n\nIdeas should be clear.\n\n## Coding Mentors\n\n- Walter Bender\n`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((entry) => entry.title)).toEqual([
      'Git backend',
      'Music Blocks 4 Program Builder',
      'Speak AI',
    ]);
    expect(file.ideas[1].fields.difficulty?.value).toBe('Hard');
    expect(file.ideas[0].body.some((node) => node.type === 'thematicBreak')).toBe(false);
  });

  it('handles anchor lines just before a heading', () => {
    const text = `# Matplotlib\n\n<a name="layout"></a>\n${idea('## Layout engine')}\n<a name="string"><a/>\n${idea('## String handling')}`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((entry) => entry.title)).toEqual(['Layout engine', 'String handling']);
    expect(file.ideas[0].position.end.line).toBeLessThan(file.ideas[1].titlePosition.start.line - 1);
  });

  it('makes a thin idea without labels an idea when it sits between labelled ideas', () => {
    const text = `# Ideas\n\n${idea('## First')}\n## Greater usage of updateScript\n\nLet's make more use of the update bot!\n\n- add updateScripts\n- add tests\n\n${idea('## Third')}`;
    expect(titles(text)).toEqual(['First', 'Greater usage of updateScript', 'Third']);
  });

  it('does not make an idea of a short unlabelled section before the ideas', () => {
    const text = `# Zarr\n\n## Why Zarr\n\nZarr stores arrays.\n\n${idea('## First')}${idea('## Second')}`;
    expect(titles(text)).toEqual(['First', 'Second']);
  });

  it('finds ideas nested one level deeper under a sub-project heading', () => {
    const text = `# LFX\n\n### Chaos Mesh\n\n${idea('#### Refactor tests')}\n### Kubernetes\n\n#### Headlamp\n\n${idea('##### Add Agones')}${idea('##### Add Argo CD')}\n#### SIG Node\n\n${idea('##### Per-rule metrics')}`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((entry) => entry.title)).toEqual([
      'Refactor tests',
      'Add Agones',
      'Add Argo CD',
      'Per-rule metrics',
    ]);
    expect(file.ideas[1].section).toEqual(['Kubernetes', 'Headlamp']);
  });

  it('gives an index page of links no ideas', () => {
    expect(
      titles(
        '# NumFOCUS projects\n\n- [Astropy](astropy.md)\n- [Matplotlib](matplotlib.md)\n\n## Contact\n\nWrite to us.\n',
      ),
    ).toEqual([]);
  });

  it('ends an idea at the next heading of its depth or above, and gives it the nodes in between', () => {
    const text = `# Ideas\n\n${idea('## First', '\n### Notes\n\nMore about it.\n')}${idea('## Second')}`;
    const file = parseIdeaFile('ideas.md', text);
    const [first, second] = file.ideas;
    expect(first.body.map((node) => node.type)).toEqual(['paragraph', 'list', 'heading', 'paragraph']);
    expect(first.position.start.line).toBe(3);
    expect(first.position.end.line).toBeLessThan(second.position.start.line);
    expect(first.titlePosition.start).toMatchObject({ line: 3, column: 4 });
  });
});

describe('ideas without headings', () => {
  it('makes bold-titled list items that carry labels ideas, the heading above them a section', () => {
    const text = `# GSoC\n\n### Full stack projects\n\n- **Cluster of priority features.** Implement features.\n  175 or 350 hours; moderate difficulty. **Skills required**: Python, JavaScript.\n\n  **Experts**: Aman Agrawal, Shlok Patel\n\n- **Improve the inbox view.** The inbox needs love.\n\n  **Skills required**: TypeScript.\n\n  Experts: Tim Abbott\n\n### Mobile\n\n- **Port the app to Flutter.** Rewrite the app.\n\n  **Experts**: Greg Price\n`;
    const file = parseIdeaFile('gsoc.md', text);
    expect(file.ideas.map((entry) => entry.title)).toEqual([
      'Cluster of priority features',
      'Improve the inbox view',
      'Port the app to Flutter',
    ]);
    const [cluster, inbox, flutter] = file.ideas;
    expect(cluster.section).toEqual(['Full stack projects']);
    expect(cluster.fields.skills).toMatchObject({ label: 'Skills required', value: 'Python, JavaScript.' });
    expect(cluster.fields.mentors?.value).toBe('Aman Agrawal, Shlok Patel');
    expect(cluster.fields.description?.value).toBe('Implement features.\n175 or 350 hours; moderate difficulty.');
    expect(cluster.titlePosition.start).toMatchObject({ line: 5, column: 5 });
    expect(cluster.body.map((node) => node.type)).toEqual(['listItem']);
    expect(inbox.fields.mentors?.value).toBe('Tim Abbott');
    expect(flutter.section).toEqual(['Mobile']);
  });

  it('makes link title lines followed by labels ideas', () => {
    const text =
      '# APISIX\n\n[JSON Schema to Form UI](https://issues.apache.org/jira/browse/APISIX-39)\n\nBuild a form generator.\n\n**Difficulty:**Major\n**Project size:**~350 hour (large)\n**Potential mentors:**\n*Project Devs*, mail: dev (at) apisix.apache.org\n\n[Support etcd v3](https://issues.apache.org/jira/browse/APISIX-40)\n\n**Difficulty:**Minor\n**Project size:**\n**Potential mentors:**\nMing Wen\n\n# Kafka\n\n[Improve the consumer](https://issues.apache.org/jira/browse/KAFKA-1)\n\n**Difficulty:**Major\n**Potential mentors:**\nJane Doe\n';
    const file = parseIdeaFile('apache.md', text);
    expect(file.ideas.map((entry) => entry.title)).toEqual([
      'JSON Schema to Form UI',
      'Support etcd v3',
      'Improve the consumer',
    ]);
    const [schema, etcd, consumer] = file.ideas;
    expect(schema.fields.difficulty?.value).toBe('Major');
    expect(schema.fields.size?.value).toBe('~350 hour (large)');
    expect(schema.fields.mentors?.value).toBe('Project Devs, mail: dev (at) apisix.apache.org');
    expect(schema.fields.description?.value).toBe('Build a form generator.');
    expect(schema.section).toEqual(['APISIX']);
    expect(etcd.fields.size?.value).toBe('');
    expect(consumer.section).toEqual(['Kafka']);
  });

  it('keeps a bold-titled list inside one idea part of that idea', () => {
    const text =
      '# Precompilation\n\nMake startup fast.\n\n## Prerequisites\n\n- **Language:** Comfortable reading Haskell.\n- **Tooling:** Make, CMake.\n\n**Mentors:** Masaya\n\n**Difficulty:** Medium\n';
    const file = parseIdeaFile('idea.md', text);
    expect(file.ideas.map((entry) => entry.title)).toEqual(['Precompilation']);
  });
});

describe('part headings', () => {
  it('treats a sub-heading title repeated under many ideas as a part, not an idea', () => {
    const part = (title: string, difficulty: string): string =>
      `## ${title}\n\nWhat it is about.\n\n### Project info\n\n- Difficulty: ${difficulty}\n- Mentors: Jane\n\n### Background\n\nMore.\n`;
    const file = parseIdeaFile(
      'ideas.md',
      `# Ideas\n\n${part('Parser', 'Hard')}\n${part('Linter', 'Easy')}\n${part('Formatter', 'Medium')}`,
    );
    expect(file.ideas.map((entry) => entry.title)).toEqual(['Parser', 'Linter', 'Formatter']);
    expect(file.ideas[1].fields.difficulty?.value).toBe('Easy');
    expect(file.ideas[1].fields.description?.value).toBe('What it is about.');
  });
});

describe('repeated titles', () => {
  it('keeps ideas that share a generic title under a few of many project sections', () => {
    const projects = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta'];
    const text = projects
      .map(
        (project, index) =>
          `### ${project}\n\n${idea(index < 3 ? '#### Improve documentation' : `#### ${project} feature`)}`,
      )
      .join('\n');
    const titles = parseIdeaFile('ideas.md', `# Ideas\n\n${text}`).ideas.map((entry) => entry.title);
    expect(titles.filter((title) => title === 'Improve documentation')).toHaveLength(3);
    expect(titles).toHaveLength(8);
  });
});

describe('template slots and sections about the list', () => {
  it('reads none of them as ideas, as headings or as bold list items', () => {
    const text =
      '# Ideas 2026\n\n## About Sugar Labs\n\nWe make learning software.\n\n## Faster builds\n\nMentors: Jane <jane@example.org>\n' +
      'Difficulty: Hard\n\n## Example project name\n\nMentors: your name\nDifficulty: Easy, Medium or Hard\n\n' +
      '## Your own idea!\n\nDifficulty: any\nMentors: any of us\n\n## Note about proposals\n\nSkills: write well.\nMentors: all\n\n' +
      '## Other ideas\n\n- **Better search**\n\n  Mentors: Ann <ann@example.org>\n  Difficulty: Easy\n\n' +
      "- **Something that you're totally excited about**\n\n  Mentors: anyone\n  Difficulty: any\n";
    expect(parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title)).toEqual(['Faster builds', 'Better search']);
  });
});

describe('a file with one untitled idea', () => {
  it('is one idea titled by its first heading when its sections give an idea’s fields', () => {
    const text =
      '## Policy reports\n\n### Background\n\nKyverno is a policy engine, and reports are useful.\n\n' +
      '### Approach\n\nWe will do it.\n\n### Goals\n\n- Reports\n\n### Mentors\n\n- Jim (jim@example.org)\n';
    const [idea, ...rest] = parseIdeaFile('proposal.md', text).ideas;
    expect(rest).toEqual([]);
    expect(idea.title).toBe('Policy reports');
    expect(idea.fields.outcomes?.value).toBe('Reports');
    expect(idea.fields.mentors?.value).toBe('Jim (jim@example.org)');
  });

  it('is titled by the file name when every heading is a label', () => {
    const text = '## Description\n\nA policy engine.\n\n## Expected Outcome\n\n- Reports\n\n## Mentors\n\n- Jim\n';
    expect(parseIdeaFile('ideas/policy-reports.md', text).ideas.map((idea) => idea.title)).toEqual(['policy-reports']);
  });

  it('is no idea when the page names fewer than two idea fields (an index with a Mentors section)', () => {
    const text = '# Mentoring\n\n## Timeline\n\nDates here.\n\n## Mentors\n\nAsk on Slack.\n\n## Contact\n\nmail us\n';
    expect(parseIdeaFile('README.md', text).ideas).toEqual([]);
  });
});

describe('things that are not ideas', () => {
  const prose = (words: number): string => Array.from({ length: words }, (_, at) => `word${at}`).join(' ') + '.';

  it('does not make ideas of long unlabelled page headings before the first idea at the same level', () => {
    const text = `# Our Journey with Google Summer of Code 2025\n\n${prose(60)}\n\n# Our ideas\n\n${prose(50)}\n\n${idea('# [1] Title: First')}${idea('# [2] Second')}`;
    expect(titles(text)).toEqual(['[1] Title: First', '[2] Second']);
  });

  it('still makes a long unlabelled heading after a labelled idea an idea', () => {
    const text = `${idea('# First')}# Second\n\n${prose(60)}\n\n${idea('# Third')}`;
    expect(titles(text)).toEqual(['First', 'Second', 'Third']);
  });

  it('reads `List of Ideas` as a heading that holds ideas, not one', () => {
    const text = `# List of Ideas\n\n${prose(50)}\n\n${idea('## First')}${idea('## Second')}`;
    expect(titles(text)).toEqual(['First', 'Second']);
  });

  it('does not make ideas of template slots whose heading has no words, nor one idea of the page', () => {
    const slot = (n: string): string =>
      `### ${n}️⃣ ** **\n**Description:** [ ]\n- **Expected Outcome:** [ ]\n- **Difficulty:** Intermediate\n- **Mentors:** [Mentor Name](@githubprofile)\n\n`;
    const text = `# GSoC 2025 - Projects\n\n## Project Ideas\n\n${slot('1')}${slot('2')}## Resources\n\n- [Docs](https://example.org)\n`;
    expect(parseIdeaFile('ideas.md', text).ideas).toEqual([]);
  });

  it('still makes a page with one untitled idea one idea', () => {
    const text = `# Faster parser\n\n${prose(20)}\n\n## Expected outcomes\n\nA parser.\n\n## Mentors\n\nJane Doe <jane@example.org>\n\n## Difficulty\n\nMedium\n`;
    expect(titles(text)).toEqual(['Faster parser']);
  });

  it('does not make a docs page with a `description:` front matter one idea', () => {
    const text = `---\ntitle: GSoC 2025\ndescription: Our programme page\n---\n# GSoC 2025\n\n## Project ideas\n\n${idea('### First')}${idea('### Second')}`;
    expect(titles(text)).toEqual(['First', 'Second']);
  });

  it('keeps sub-headings inside a repeated part of each idea parts of it, their labels its fields', () => {
    const project = (name: string): string =>
      `## Project ${name}\n\n### Summary\n\n${prose(12)}\n\n### Goals and ideas\n\n- one goal\n\n#### Reference links\n\n- https://example.org\n\n**Skills**: Rust\n\n**Difficulty**: Hard\n\n**Size**: 175 hours\n\n`;
    const file = parseIdeaFile(
      'ideas.md',
      `# Ideas\n\n## About us\n\n${prose(10)}\n\n${['one', 'two', 'three', 'four'].map(project).join('')}`,
    );
    expect(file.ideas.map((found) => found.title)).toEqual([
      'Project one',
      'Project two',
      'Project three',
      'Project four',
    ]);
    expect(file.ideas[0].fields.difficulty?.value).toBe('Hard');
  });
});

describe('one idea per page written as prose sections', () => {
  it('reads a Confluence export: breadcrumbs, the title heading, then prose sections', () => {
    const text = `1. [Mentorship Program](index.html)
2. [2023 Projects](2023-Projects.html)

# Mentorship Program : An object mapper for Fabric

Created by Jane Doe, last modified on Dec 18, 2023

# Description

${'We want an object mapper for the ledger. '.repeat(5)}

# Expected Outcome

1. Survey existing solutions
2. Implement the mapper

# Mentee Skills

## Technical Skills

- Some experience with Java

# Mentor(s) Names and Contact Info

Jane Doe, [jane@example.org](mailto:jane@example.org)
`;
    const file = parseIdeaFile('page.md', text);
    expect(file.ideas.map((found) => found.title)).toEqual(['Mentorship Program : An object mapper for Fabric']);
    expect(file.ideas[0].fields.outcomes).toBeDefined();
    expect(file.ideas[0].fields.skills).toBeDefined();
    expect(file.ideas[0].fields.mentors).toBeDefined();
  });
});

describe('more things that are not ideas', () => {
  it('does not make ideas of FAQ questions, in English or Spanish', () => {
    const text = `${idea('### First')}${idea('### Second')}### ¿Cómo eliges a tus alumnos?\n\n1. **Nivel de habilidad**: demostrado en nuestros repositorios.\n\n### How do you choose students?\n\n- Difficulty: it depends on the skills shown.\n`;
    expect(titles(text)).toEqual(['First', 'Second']);
  });

  it('keeps an idea whose title only ends with a question mark', () => {
    expect(titles(`${idea('### Faster builds with caching?')}${idea('### Second')}`)).toEqual([
      'Faster builds with caching?',
      'Second',
    ]);
  });

  it('keeps a one-idea page with a front matter and several mentor labels under one heading one idea', () => {
    const text = `---\ntitle: Dark Mode project idea\ndescription: \npublished: true\n---\n\n## Classification\n\n- **Difficulty**: *Easy*\n- **Length**: *Small (~75 hours)*\n\n## The Problem\n\nUsers want a dark mode.\n\n## Mentors\n\n- **Primary Mentor**: Jane Doe\n- **Secondary Mentor(s)**: John Roe\n`;
    expect(titles(text)).toEqual(['Dark Mode project idea']);
  });
});

describe('ideas that are table rows', () => {
  it('gives each row idea its own row as its body, not the whole table', () => {
    const text = `## Ideas\n\n| Title | Description | Mentors | Difficulty |\n|---|---|---|---|\n| Add QARTOD checks | Implement QARTOD tests | Jane Doe | Medium |\n| Flesh out ERDDAP docs | Document the ERDDAP client | John Roe | Easy |\n`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((found) => found.title)).toEqual(['Add QARTOD checks', 'Flesh out ERDDAP docs']);
    const bodyText = (at: number): string => JSON.stringify(file.ideas[at].body);
    expect(bodyText(0)).toContain('Implement QARTOD tests');
    expect(bodyText(0)).not.toContain('ERDDAP');
    expect(bodyText(1)).not.toContain('QARTOD');
  });
});

describe('a heading naming ideas that opens the list at its own level', () => {
  // Hydra Ecosystem's Season of Docs page: page sections with the page's skills, time and mentors, then
  // `## Project Ideas` (text only), then `## 1. …` ideas at the same level.
  const hydra =
    '---\nlayout: page\ntitle: Google Season of Docs 2020 | Hydraecosystem.org\n---\n\nWelcome to Hydra Ecosystem’s ' +
    'project page for Season of Docs 2020!\n\n## What we are looking for\n\n*Skills*: \n\nSelf-motivation, ' +
    'collaboration, and a willingness to learn are crucial skills for a tech writer.\n\n*Time commitments*: \n\n' +
    'The tech writer is expected to put in 20-30 hours per week on average.\n\n## Meet the team\n**Technical ' +
    'mentors**: [Akshay Dahiya](https://www.linkedin.com/in/xadahiya/), [Chris Andrew](https://www.linkedin.com/in/' +
    'chrizandr/)\n\n## Project Ideas\n\nHere are a few ideas to get the discussion started but feel free to propose ' +
    'your own ideas!\n\n## 1. Refactoring of Documentation.\n\n### Project Description:\n\nThe project ' +
    'documentation for the tools developed by Hydra Ecosystem is scattered around many links and resources.\n\n' +
    '## 2. Improve the "Get Involved" experience for new contributors\n\n### Project Description:\n\nThe "Get ' +
    'Involved" section of the website could be much more helpful to newcomers than it is today.\n';

  it('reads the sections before it as the page’s, not ideas (Hydra Ecosystem)', () => {
    const found = parseIdeaFile('sod.md', hydra).ideas;
    expect(found.map((one) => one.title)).toEqual([
      'Refactoring of Documentation.',
      'Improve the "Get Involved" experience for new contributors',
    ]);
    expect(found[0].fields.mentors).toBeUndefined();
  });

  it('keeps the ideas after it, a table of contents in it (Sugar Labs)', () => {
    const text =
      '# GSoC 2023 Ideas\n\n## Project Ideas\n* [Improve and maintain 12 Sugar activities](#improve-and-maintain-12-' +
      'sugar-activities)\n* [Port Sugar and core activities to Python 3](#port-sugar-and-core-activities-to-python-3)\n\n' +
      '------------\n\n## Improve and maintain 12 Sugar activities\n\n**Prerequisites**<br>\n - Experience with Python\n\n' +
      '**Mentors**<br>\nWalter Bender\n\n## Port Sugar and core activities to Python 3\n\n**Prerequisites**<br>\n' +
      ' - Experience with Python\n\n**Mentors**<br>\nIbiam Chihurumnaya\n';
    expect(titles(text)).toEqual([
      'Improve and maintain 12 Sugar activities',
      'Port Sugar and core activities to Python 3',
    ]);
  });

  it('leaves labelled sections alone when no idea follows it at its level', () => {
    const text = hydra.replace(/## 1\.[\s\S]*$/, '');
    expect(titles(text)).not.toContain('Refactoring of Documentation.');
  });
});

describe('single-idea pages', () => {
  // Mautic's Season of Docs page: `## Project Idea: …` with nothing under it, then the proposal's sections.
  const mautic =
    'Welcome to the project idea page for GSoD 2022.\n\n## Project Idea: Update Mautic End User Documentation\n\n' +
    '## About your organization\nMautic was the first free & Open Source Email Marketing Automation platform.\n\n' +
    '## About Mautic Project - The project’s problem\nInstalling, configuring, and using Mautic’s features is the ' +
    'common goal of our users.\n\n### The project’s scope\n\nThe technical writer will update the user guide.\n\n' +
    '## Timeline\n\nThe project itself will take approximately six months to complete.\n';

  it('reads a heading that names itself an idea as one, its bare title taking the sections after it (Mautic)', () => {
    const found = parseIdeaFile('gsod.md', mautic).ideas;
    expect(found.map((idea) => idea.title)).toEqual(['Update Mautic End User Documentation']);
    expect(found[0].titlePosition.start.line).toBe(3);
    expect(found[0].position.end.line).toBe(mautic.trimEnd().split('\n').length);
  });

  it('reads a lone `## Project: …` heading with its parts as the idea (Taskflow)', () => {
    const text =
      '# 2024 Google Summer of Code (GSoC) Overview\n\nAs the user community of Taskflow continues to grow, we have ' +
      'identified an important project to enhance Taskflow’s library infrastructure, described below:\n\n## Project: ' +
      'Enhancing Work-stealing Scheduler\n\nThe goal of this project is to enhance the performance of the ' +
      'work-stealing scheduler in Taskflow.\n\n### Rationale\n\nThe performance of Taskflow is backed up by its ' +
      'work-stealing scheduler.\n';
    expect(titles(text)).toEqual(['Enhancing Work-stealing Scheduler']);
  });

  it('keeps a bare idea title alone when a sibling is an idea too', () => {
    const text = mautic.replace(
      '## Timeline',
      '## Project Idea: Translate the documentation\n\nMentors: Jane\n\n## Timeline',
    );
    const found = parseIdeaFile('gsod.md', text).ideas;
    expect(found.map((idea) => idea.title)).toEqual([
      'Update Mautic End User Documentation',
      'Translate the documentation',
    ]);
    expect(found[0].position.end.line).toBe(3);
  });
});

describe('headings a lead-in naming ideas introduces', () => {
  it('reads the heading after `Here are some possible projects:` as an idea, even one, its sub-headings parts (SciML)', () => {
    const text =
      '@def title = "Google Season of Docs"\n\n# Google Season of Docs: Scientific Machine Learning (SciML) and ' +
      'Differential Equations\n\nThe SciML project is a participant organization for Google Season of Docs.\n\n' +
      'Here are some possible projects:\n\n## Tutorial Writing\n\n#### Problem\n\nThe SciML organization hosts the ' +
      'SciMLTutorials.jl repository which auto-builds websites and pdfs from tutorials.\n\n### Project Scope\n\n' +
      'This is simple! Technical writers may wish to contribute tutorials.\n\n#### Timeline\n\nWe suggest choosing 3 ' +
      'tutorials for a 6 month project.\n';
    const found = parseIdeaFile('gsod.md', text).ideas;
    expect(found.map((idea) => idea.title)).toEqual(['Tutorial Writing']);
    expect(found[0].position.end.line).toBe(text.trimEnd().split('\n').length);
  });

  it('leaves headings that are ideas already as they are (CNCF 2018: `Prometheus ideas:` ⏎ `#### Streaming APIs`)', () => {
    const text =
      '## Project Ideas\n\n### Prometheus\n\nPrometheus is an open-source systems monitoring and alerting toolkit.\n\n' +
      'Prometheus ideas:\n\n#### Streaming APIs\n* Description: Currently the HTTP API sends all the data in one go.\n' +
      '* Recommended Skills: golang\n* Mentor(s): Frederic Branczyk (@brancz)\n\n#### Refactor the APIs for better ' +
      'readability\n* Description: Currently the HTTP API is not very well organized.\n* Recommended Skills: golang\n' +
      '* Mentor(s): Krasi Georgiev (@krasi-georgiev)\n';
    expect(titles(text)).toEqual(['Streaming APIs', 'Refactor the APIs for better readability']);
  });

  it('reads no heading after a lead-in that names no ideas', () => {
    const text =
      '# Google Season of Docs\n\nThe mentors are listed here:\n\n## Tutorial Writing\n\n#### Problem\n\nThe SciML ' +
      'organization hosts the SciMLTutorials.jl repository.\n';
    expect(titles(text)).toEqual([]);
  });
});

// General rule: a heading whose sub-headings are ideas, its own text an introduction (a description, one field such as
// the project's mentors), is the project grouping them. Real list: OpenSciLab's GSoC 2024 page (`## [PyCM: …](…)` ⏎
// logo ⏎ `#### Mentor(s)` ⏎ the project's description ⏎ six `### Title` ideas; `## [PyRGG: …](…)` the same, regression-9).
describe('project-group headings', () => {
  const intro = (title: string): string =>
    `## ${title}\n\n#### Mentor(s)\n* Jane Doe\n* John Roe\n\n${title} is a library written in Python that has been developed for six years and is mature enough for new features.\n\n`;
  const prose = (title: string): string =>
    `### ${title}\n\nThe idea is to add support for it and provide a pipeline, with the metrics that go with it, so that users can rely on it in their research.\n\n`;

  it('reads a project heading holding ideas as their section, not an idea', () => {
    const text = `# OpenSciLab Project Ideas\n\nHere are ideas for improving our projects.\n\n${intro('PyCM')}${prose('Distance Matrix')}${prose('I/O Enhancement')}${intro('PyRGG')}${prose('New Graph Models')}${prose('Accessible PyRGG')}`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((entry) => [entry.title, entry.section])).toEqual([
      ['Distance Matrix', ['PyCM']],
      ['I/O Enhancement', ['PyCM']],
      ['New Graph Models', ['PyRGG']],
      ['Accessible PyRGG', ['PyRGG']],
    ]);
    expect(file.ideas.every((entry) => entry.fields.mentors === undefined)).toBe(true);
  });

  it('keeps an idea giving fields of its own above its sub-headings', () => {
    const text = `# Ideas\n\n${idea('## Faster parser', '- Skills: Rust\n')}### Tokenizer\n\nSome text about it.\n\n- Difficulty: Hard\n- Mentors: Jane Doe\n\n### Grammar\n\nSome text about it.\n\n- Difficulty: Hard\n- Mentors: Jane Doe\n\n`;
    expect(titles(text)).toContain('Faster parser');
  });

  it("reads OpenSciLab's eight ideas and neither project heading (regression-9)", () => {
    const path = 'test/fixtures/regression-9/openscilab__GSoC2024__IDEAS.md';
    const found = parseIdeaFile(path, readFileSync(path, 'utf8')).ideas.map((entry) => entry.title);
    expect(found).toHaveLength(8);
    expect(found.some((title) => /^Py(?:CM|RGG):/.test(title))).toBe(false);
  });
});

// General rule: a section naming projects in the plural whose labels each define their field (a noun phrase opening with
// an article: `An estimate for the total number of hours…`) is a legend of the labels, as one listing the labels
// without values is (`emptyLabels`). Real list: MIT App Inventor's `# Potential Projects` ⏎ `This is what you might
// expect from projects in the list below:` ⏎ `* Technical Difficulty: A rough idea of how difficult…` (regression-9).
describe('a legend of the labels', () => {
  const legend =
    '# Potential Projects\n\nThis is what you might expect from projects in the list below:\n\n' +
    '* Brief explanation: An explanation of what the project is about.\n\n' +
    '* Technical Difficulty: A rough idea of how difficult the project is.\n\n' +
    '* Estimated Time Commitment: An estimate for the total number of hours required.\n\n' +
    '* Potential Mentor: The currently active team member you will probably be working with.\n\n';
  const mit = (heading: string): string =>
    `${heading}\n\n**Brief Explanation:** Some text about it.\n\n**Technical Difficulty:** Hard\n\n**Estimated Time Commitment:** 350 hours\n\n**Potential Mentors:** Natalie Lao\n\n`;

  it('makes no idea of a section whose labels define their fields', () => {
    const text = `${legend}# Projects list\n\n${mit('### Trainable ChatBot')}${mit('### ListView Component Update')}`;
    expect(titles(text)).toEqual(['Trainable ChatBot', 'ListView Component Update']);
  });

  it('keeps an idea whose values give its fields, some opening with an article', () => {
    const text = `# Projects list\n\n${mit('### Trainable ChatBot')}## Better projects page\n\n* Expected outcome: A new page.\n* Difficulty: Medium\n* Mentor: Jane Doe\n\n`;
    expect(titles(text)).toEqual(['Trainable ChatBot', 'Better projects page']);
  });

  it("reads no idea in MIT App Inventor's legend (regression-9)", () => {
    const path = 'test/fixtures/regression-9/VincenzoImp__gsoc-2026-explorer__ideas__mit_app_inventor.md';
    expect(parseIdeaFile(path, readFileSync(path, 'utf8')).ideas.map((entry) => entry.title)).not.toContain(
      'Potential Projects',
    );
  });
});

// General rule: a heading whose subtree holds one idea, its direct sub-heading, is that idea (the sub-heading a part
// of it) when the heading names itself an idea, is numbered as its sibling ideas are, has the sub-heading as a
// subtitle (right under it, two levels down or more), or the sub-heading's title recurs under other headings (a
// part's name). Real lists: Stratosphere's `### Idea 1: Improvement of Slips web interface` ⏎ `#### Proposed lists of
// topics that could be included:` ⏎ the labels, and 52°North's `## 1. MCP for OGC APIs` ⏎ `#### Developing Multi
// Context Protocols for the suite of OGC APIs` ⏎ the labels (both regression-10).
describe('an idea whose one sub-heading holds its labels', () => {
  const labels = 'Some text about it.\n\n**Mentor**: Jane Doe\n\n**Difficulty**: Hard\n\n';

  it('reads a heading that names itself an idea as the idea, its one sub-heading a part', () => {
    for (const named of [
      '### Idea 1: Better search',
      '## Project #1 - Better search',
      '#### Project 1: Better search',
    ]) {
      const depth = named.indexOf(' ');
      const text = `# Ideas\n\n${named}\n\n${'#'.repeat(depth + 1)} What could be included\n\n- A thing\n\n${labels}`;
      const file = parseIdeaFile('ideas.md', text);
      expect(file.ideas.map((entry) => entry.title)).toEqual(['Better search']);
      expect(file.ideas[0].fields.mentors?.value).toBe('Jane Doe');
    }
  });

  it('reads a numbered heading among numbered ideas as the idea, its subtitle inside it', () => {
    const sibling = (n: number): string => `## ${n}) Sibling ${n}\n\n${labels}`;
    for (const sub of ['####', '###']) {
      const text = `# Ideas\n\n## 1) Tracing support\n\n${sub} Adding spans to every request path\n\n${labels}${sibling(2)}${sibling(3)}`;
      expect(titles(text)).toEqual(['Tracing support', 'Sibling 2', 'Sibling 3']);
    }
  });

  it('reads a heading with a subtitle two levels down, nothing between, as the idea', () => {
    const text = `# Ideas\n\n## Dark mode\n\n#### A theme for night owls\n\n${labels}## Other idea\n\n${labels}`;
    expect(titles(text)).toEqual(['Dark mode', 'Other idea']);
  });

  it('reads the headings as ideas when each holds one sub-heading of the same title', () => {
    const one = (title: string): string => `### ${title}\n\n#### Topics to include\n\n- One\n- Two\n\n${labels}`;
    const text = `# Ideas\n\n## Project Slips\n\n${one('Web interface')}${one('Installation')}${one('Performance')}`;
    expect(titles(text)).toEqual(['Web interface', 'Installation', 'Performance']);
  });

  it('keeps a section holding one idea without those marks a section (CNCF: `#### AgentCube` among ideas)', () => {
    const text =
      `# Ideas\n\n### Volcano\n\n#### Queue management UI\n\n${labels}#### Namespace queues\n\n${labels}` +
      `#### AgentCube\n\n##### Support multi-AgentCube capability\n\n${labels}`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((entry) => [entry.title, entry.section])).toEqual([
      ['Queue management UI', ['Volcano']],
      ['Namespace queues', ['Volcano']],
      ['Support multi-AgentCube capability', ['Volcano', 'AgentCube']],
    ]);
  });

  it('keeps the page title, or a heading naming ideas, above a single idea a section', () => {
    expect(titles(`# Ideas for Outreachy internships\n\n### Field Papers UI improvements\n\n${labels}`)).toEqual([
      'Field Papers UI improvements',
    ]);
    expect(titles(`# Outreach\n\nIntro.\n\n## Project ideas\n\n#### Field Papers UI\n\n${labels}`)).toEqual([
      'Field Papers UI',
    ]);
  });

  it("reads Stratosphere's three Slips ideas and 52°North's first idea by their headings (regression-10)", () => {
    const read = (name: string): string[] => {
      const path = `test/fixtures/regression-10/${name}`;
      return parseIdeaFile(path, readFileSync(path, 'utf8')).ideas.map((entry) => entry.title);
    };
    expect(read('stratosphereips__Google-Summer-of-Code__README.md')).toEqual([
      'Improvement of Slips web interface',
      'Better Installation',
      'Improving Performance',
      'Online dashboard',
      'Continuous Deployment',
    ]);
    expect(read('VincenzoImp__gsoc-2026-explorer__ideas__52north_spatial_information_research_gmbh.md')[0]).toBe(
      'MCP for OGC APIs',
    );
  });
});

// General rule: a heading worded as a label (its title ends in a colon) with one value line under it (a link, a URL,
// a few words) and no labelled sub-heading gives a field of the labelled section before it at its level: that
// section goes on through it. Real lists: Boa's `## Open Issue:` ⏎ `https://github.com/boa-dev/boa/issues/4524` ⏎
// `### Description` ⏎ `### Expected Outcomes` after `## JavaScript Engine Performance Improvements` ⏎ `- Difficulty: …`
// (regression-10). The variants below change the label's words, its markup and the value's form.
describe('a label set as a heading', () => {
  const head = '## Faster startup\n\n- Difficulty: Hard\n- Mentors: Jane Doe\n\n';
  const parts = '### Description\n\nMake it start faster.\n\n### Expected Outcomes\n\n- A faster start\n\n';

  it('continues the idea before it through the label heading and its parts', () => {
    for (const value of ['https://example.org/issues/12', '[#12](https://example.org/issues/12)', 'Jane Doe']) {
      for (const label of ['Open Issue:', 'Tracking issue:', '**Link:**']) {
        const file = parseIdeaFile('ideas.md', `# Roadmap\n\n${head}## ${label}\n${value}\n\n${parts}`);
        expect(file.ideas.map((entry) => entry.title)).toEqual(['Faster startup']);
        expect(file.ideas[0].fields.outcomes?.value).toBe('A faster start');
      }
    }
  });

  it('keeps a heading ending in a colon that heads prose, or whose section holds labelled ideas', () => {
    const prose = `# Roadmap\n\n${head}## Smaller binaries:\nThe binary is too large and we want to shrink it.\n\n${parts}`;
    expect(titles(prose)).toEqual(['Faster startup', 'Smaller binaries']);
    const group = `# Roadmap\n\n${head}## Tooling:\nhttps://example.org\n\n### Linter\n\n- Difficulty: Easy\n- Mentors: Joe\n\n`;
    expect(titles(group)).toContain('Linter');
  });

  it("reads Boa's five ideas, the performance idea with its outcomes (regression-10)", () => {
    const path = 'test/fixtures/regression-10/boa-dev__boa-dev.github.io__src__pages__roadmap.md';
    const ideas = parseIdeaFile(path, readFileSync(path, 'utf8')).ideas;
    expect(ideas.map((entry) => entry.title)).not.toContain('Open Issue');
    expect(ideas).toHaveLength(5);
    expect(ideas.find((entry) => entry.title.startsWith('JavaScript Engine'))?.fields.outcomes).toBeDefined();
  });
});

// General rule: a section whose list items are mostly blanks to fill in (`Name and surname:`, `Email:`) or questions
// to the reader (`Do you have …?`, `What is your …?`), four or more, is a form the applicant fills in, not an idea.
// Real list: JdeRobot's `## Send us your information` (regression-10).
describe('a form for the applicant', () => {
  const labels = 'Some text about it.\n\n- Difficulty: Hard\n- Mentors: Jane Doe\n\n';

  it('makes no idea of a section of blanks and questions to the reader', () => {
    const form =
      '## About you\n\nPlease answer:\n\n1. Contact\n   - Full name:\n   - GitHub handle:\n   - Time zone:\n' +
      '2. Background\n   - Why do you want to work with us?\n   - Have you contributed to open source before?\n\n';
    expect(titles(`# Ideas\n\n## Search\n\n${labels}## Sync\n\n${labels}${form}`)).toEqual(['Search', 'Sync']);
  });

  it('keeps an idea with open questions that are not put to the reader', () => {
    const questions =
      '## Caching\n\nOpen questions:\n\n- How should the cache expire?\n- Which store fits best?\n' +
      '- Can it be shared between workers?\n- What about eviction?\n\n- Difficulty: Hard\n- Mentors: Jane Doe\n\n';
    expect(titles(`# Ideas\n\n## Search\n\n${labels}${questions}`)).toEqual(['Search', 'Caching']);
  });

  it('keeps an idea whose list gives the blanks of a form it is about, with no question to the reader', () => {
    const signup =
      '## Sign-up form\n\nAdd a sign-up page asking for:\n\n- Name:\n- Email:\n- Country:\n- Organisation:\n\n' +
      '- Difficulty: Easy\n- Mentors: Jane Doe\n\n';
    expect(titles(`# Ideas\n\n## Search\n\n${labels}${signup}`)).toEqual(['Search', 'Sign-up form']);
  });

  it("reads no idea in JdeRobot's questionnaire (regression-10)", () => {
    const path = 'test/fixtures/regression-10/JdeRobot__jderobot.github.io___pages__activities__gsoc__2020.md';
    const found = parseIdeaFile(path, readFileSync(path, 'utf8')).ideas.map((entry) => entry.title);
    expect(found).toHaveLength(8);
    expect(found).not.toContain('Send us your information');
  });
});

// General rule: an idea whose text opens with a template slot's title set apart in bold (`**Your own idea!**`, see
// isTemplateSlotTitle) is that slot, whatever its own title. Real list: Developers Italia's `General` row (`<b>Your own
// idea!!</b> Something that you're totally excited about!`, regression-5); the heading form is the same slot.
describe('a template slot titled by its text', () => {
  const labels = '- Difficulty: Hard\n- Mentors: Jane Doe\n\n';

  it('makes no idea of a heading whose text opens with a bold template slot', () => {
    for (const lead of ['**Your own idea!**', '__Your project__', '<b>Something else</b>'])
      expect(
        titles(
          `# Ideas\n\n## Search\n\n${labels}## General\n\n${lead} Tell us what you would like to do.\n\n${labels}`,
        ),
      ).toEqual(['Search']);
  });

  it('keeps an idea whose bold lead is no slot, or whose text only speaks of your project', () => {
    const text = `# Ideas\n\n## Search\n\n**Fast search** for the docs.\n\n${labels}## Sync\n\nYour project will sync the data.\n\n${labels}`;
    expect(titles(text)).toEqual(['Search', 'Sync']);
  });

  it("reads no idea in Developers Italia's `General` row (regression-5)", () => {
    const path = 'test/fixtures/regression-5/italia__developers.italia.it___pages__en__gsod-ideas.md';
    const found = parseIdeaFile(path, readFileSync(path, 'utf8')).ideas.map((entry) => entry.title);
    expect(found).toEqual(['CIE', 'SPID', 'PDND', 'PDND']);
  });
});

// Layout: short bullet lists in a page's introduction or evaluation sections, beside ideas that carry labels (Kornia's
// `**How this ideas list helps our application:**` ⏎ `- Clear, scoped projects with measurable outcomes` and `We
// **select contributors, not proposals**. Proposals help shortlist, but we prioritize:` ⏎ `- Engagement in the
// community…`; Pony's `## Guidelines for submitting ideas` ⏎ `1. See the … page…` ⏎ `2. Each idea should list a proposed
// mentor.`, regression-11). Grammar: where the page's ideas carry labels, a list of bare one-paragraph items without
// labels is prose (criteria, guidelines, steps), whatever its lead-in or heading says.
describe('bare lists beside labelled ideas', () => {
  const ideas = `## Ideas

### Faster parser

Rewrite the parser so that large files load in a second.

**Difficulty:** Medium

**Mentors:** Jane Doe
`;

  it('reads no idea in a lead-in list or a task list of bare items when the ideas carry labels', () => {
    const kornia = `# Kornia GSoC Project Ideas

**How this ideas list helps our application:**
- Clear, scoped projects with measurable outcomes
- Defined prerequisites and evaluation criteria

## Selection Process

We select contributors, not proposals. Proposals help shortlist, but we prioritize:
- Engagement in the community and responsiveness to feedback
- Demonstrated ability to explain code and design choices

${ideas}`;
    expect(parseIdeaFile('ideas.md', kornia).ideas.map((idea) => idea.title)).toEqual(['Faster parser']);
    const pony = `# gsoc-2019

## Guidelines for submitting ideas

1. See the Google Summer of Code guide page for information about how to create a good ideas list.
2. Each idea should list a proposed mentor. The idea does not have to be submitted by the mentor.
3. To add to the list, open a pull request with the idea added to this document.

${ideas}`;
    expect(parseIdeaFile('ideas.md', pony).ideas.map((idea) => idea.title)).toEqual(['Faster parser']);
  });

  it('still reads bare items as ideas on a page with no other ideas (libsim)', () => {
    const libsim = `Ideas for Google Summer of Code 2014

Some of the ideas that we propose:

* Add new distance functions using the Encyclopedia of distance functions
* Add a new distance learning technique
`;
    expect(parseIdeaFile('ideas.md', libsim).ideas).toHaveLength(2);
  });
});

// Layout: the list's template after its ideas (Internet Health Report 2025, regression-11: `## Proposal template` ⏎
// `### Project` ⏎ `**Brief explanation:**` ⏎ … ⏎ `**Difficulty:** Easy / Medium / Hard` ⏎ `**Contact:**  (your name and
// email address for contact)`). Grammar: any heading under a section that names the template is a slot of it.
describe('the template of an idea at the end of the list', () => {
  const real = `## List of ideas

### IHR Status Page

**Brief explanation:** A page that shows the state of every data pipeline.

**Difficulty:** Medium

**Contact:** Jane Doe (jane@example.org)
`;
  const template = (section: string, title: string): string => `${real}
## ${section}

### ${title}

**Brief explanation:**

**Expected results:**

**Project size:** 175 hours or 350 hours

**Difficulty:** Easy / Medium / Hard

**Contact:**  (your name and email address for contact)
`;

  it('reads no idea under a section that names the template, whatever its title', () => {
    expect(titles(template('Proposal template', 'Project'))).toEqual(['IHR Status Page']);
    expect(titles(template('Proposal template', 'Network monitor'))).toEqual(['IHR Status Page']);
  });

  it('keeps an idea whose text opens with the bold label of that word (Qubes: `**Project**: Android development…`)', () => {
    const qubes = real.replace('**Brief explanation:**', '**Project**: IHR Status Page\n\n**Brief explanation:**');
    expect(titles(qubes)).toEqual(['IHR Status Page']);
  });
});

// OpenRefine's GSoC 2015 page (regression-14): no title heading, an introduction naming `the idea list`, then four
// `#### lower-case title` headings with prose only. A compound naming a list or page of ideas (`idea list`, `ideas
// page`, `project list`, `proposal list`) speaks of ideas as the plural does, so the headings it introduces are
// ideas, whatever their case and level.
describe('an introduction naming the idea list', () => {
  const prose = (topic: string) =>
    `The idea is to integrate ${topic} into the application so that users can process large data sets in memory, ` +
    'with a light-weight solution that needs testing before it is merged into the main branch.';
  const page = (intro: string, marker = '####') =>
    `${intro}\n\nWe will focus on the following tasks:\n\n` +
    `${marker} pipelining mode using Spark\n\n${prose('Apache Spark')}\n\n` +
    `${marker} plugin manager\n\n${prose('a package manager')}\n\n` +
    `${marker} Better interface with databases\n\n${prose('database connectors')}\n`;

  it.each([
    ['Most of the idea list are from the feature requests thread.', '####'],
    ['This is the idea page for Summer of Code 2015.', '###'],
    ['The project list below outlines what we would like done.', '##'],
    ['Our proposal list for this year:', '####'],
    ['Most of the ideas are from the feature requests thread.', '####'],
  ])('after %j, reads the %s headings as ideas', (intro, marker) => {
    expect(parseIdeaFile('GSoC-2015.md', page(intro, marker)).ideas.map((idea) => idea.title)).toEqual([
      'pipelining mode using Spark',
      'plugin manager',
      'Better interface with databases',
    ]);
  });

  it('reads no idea when the introduction names none', () => {
    expect(parseIdeaFile('notes.md', page('Some notes from the last meeting.')).ideas).toEqual([]);
  });
});
