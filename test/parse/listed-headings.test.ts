import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';

const titles = (text: string): string[] => parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title);

describe('headings listed under a heading naming ideas', () => {
  it('reads prose-only `##` headings under `# GSOC 2014 Ideas Page` as ideas (SCons)', () => {
    const text =
      '# GSOC 2014 Ideas Page\n\n## Get SCons to work better/at all on cygwin\n\nCurrently SCons doesn’t work that well in a ' +
      'cygwin environment. This mainly has to do with the use of posix paths.\n\nKeywords: _Python_, _cygwin_.\n\n' +
      '## Refactor the Node object\n\nThe Node is the central core object in SCons. It represents a node in the ' +
      'dependency graph.\n\nKeyword: _Python_\n';
    expect(titles(text)).toEqual(['Get SCons to work better/at all on cygwin', 'Refactor the Node object']);
  });

  it('reads `#` headings after a deeper page title naming ideas as ideas, not an invitation (Mixxx)', () => {
    const text =
      '## Student Project Ideas for Google Summer of Code 2022\n\nThis page lists the suggested projects for students.\n\n' +
      '# Fader-Start Feature\n\nSome Controller mappings have implemented a Fader-Start feature. This allows to start a ' +
      'track by pulling the line fader-up.\n\n# Resample options\n\nMixxx uses a linear resample when scratching. This ' +
      'is blazing fast, but the sound can be improved.\n\n# Something Else\\!\n\nAs always with Summer of Code, you ' +
      "aren't limited to the suggestions we've made here.\n";
    expect(titles(text)).toEqual(['Fader-Start Feature', 'Resample options']);
  });

  it('does not read sections of a page whose title does not name ideas as ideas', () => {
    const text =
      '# Google Summer of Code 2014\n\n## Get SCons to work better/at all on cygwin\n\nCurrently SCons doesn’t work that ' +
      'well in a cygwin environment. This mainly has to do with the use of posix paths.\n\n## Refactor the Node ' +
      'object\n\nThe Node is the central core object in SCons. It represents a node in the dependency graph.\n';
    expect(titles(text)).toEqual([]);
  });

  it('leaves a level of sections with sub-headings to the ideas below them (moja global)', () => {
    const text =
      '# Google Summer of Code 2021 Ideas\n\nA list of projects available for interested mentees.\n\n## Background\n\n' +
      'FLINT is an open source, modular tool that estimates greenhouse gas emissions from land.\n\n## Proposed themes\n\n' +
      'We suggest the following themes for projects this year, each a group of possible tasks.\n\n### Installation\n\n' +
      'Make FLINT easier to install on every platform with a single command for new users.\n';
    expect(titles(text)).toEqual([]);
  });
});

describe('a level of group sections under a heading naming ideas', () => {
  // Talawa (PalisadoesFoundation/talawa-docs): `## Interesting Ideas` above `## Primary Areas` and `## Secondary
  // Areas`, each grouping `###` ideas written in prose. `Areas` alone reads as a (vague) topic label; with plain
  // sub-headings under it, it is a section, as the Xen seed's `### Xen Hypervisor Userspace Tools` groups `####` ideas.
  const talawa =
    '---\nid: gsoc-ideas\ntitle: GSoC Ideas\n---\n\n## Interesting Ideas\n\nThere are some well known areas of ' +
    'improvement that we have listed below.\n\n## Primary Areas\n\nWe have many areas in which we need good ideas.\n\n' +
    '### Improved API Installation and Setup\n\nThere needs to be a simple way to install the backend API server while ' +
    'prompting for the admin username and password.\n\nGSoC Proposal Tags: talawa-api, documentation\n\n' +
    '### Multisite\n\nTalawa has two components. The mobile app and the backend API. After installing the mobile app, ' +
    'the end user needs to enter the main URL.\n\n## Secondary Areas\n\nWe have other areas that need good ideas.\n\n' +
    '### Groups Management\n\nGroups won’t be just for chats and communication. They may also arrange activities and ' +
    'events together.\n\n### Event Planning and Scheduling\n\nMany organizations may have regular events\n\n' +
    '### Notifications and Reminders\n\nIt would be good to be able to send notifications and reminders to selected ' +
    'groups of persons.\n';

  it('lists the headings one level down, every section of the first level grouping some (Talawa)', () => {
    const found = parseIdeaFile('ideas.md', talawa).ideas;
    expect(found.map((idea) => idea.title)).toEqual([
      'Improved API Installation and Setup',
      'Multisite',
      'Groups Management',
      'Event Planning and Scheduling',
      'Notifications and Reminders',
    ]);
    expect(found[2].section).toEqual(['Secondary Areas']);
  });

  it('lists a sibling with a shorter text only between two listed ideas, as a bare heading among ideas', () => {
    const last = talawa.replace(/### Notifications and Reminders[\s\S]*$/, '');
    expect(titles(last)).not.toContain('Event Planning and Scheduling');
  });

  it('does not go down when a section of the first level has no sub-headings (moja global, above)', () => {
    const text = talawa.replace('## Secondary Areas\n\nWe have other areas that need good ideas.\n\n', '');
    const found = titles(text.replace(/### (?=Groups|Event|Notif)/g, '## '));
    expect(found).not.toContain('Multisite');
    expect(found).not.toContain('Improved API Installation and Setup');
  });
});

describe('a heading with nothing under it among ideas', () => {
  it('is an idea when it ends a run of ideas (Polypheny)', () => {
    const text =
      '## Keep them All\n\nDifficulty: hard\n\n## Physical query plan builder\n\nDifficulty: medium\n\n' +
      '## Polypheny Client ?? \n\n\n\n';
    expect(titles(text)).toEqual(['Keep them All', 'Physical query plan builder', 'Polypheny Client ??']);
  });

  it('is no idea when it comes before the ideas', () => {
    const text =
      '## More to come\n\n## Keep them All\n\nDifficulty: hard\n\n## Physical query plan builder\n\nDifficulty: medium\n';
    expect(titles(text)).toEqual(['Keep them All', 'Physical query plan builder']);
  });
});

describe('template slots titled by the word for a title', () => {
  it('are no ideas, whatever their fields (EDGI, Neovim)', () => {
    const text =
      '# Ideas\n\n## Machine Learning Algorithms for Website Tracking\n- **Description:** Monitor websites.\n' +
      '- **Contact:** Jane Doe\n- **Difficulty:** Medium\n\n## Title\n- **Part of:** LINK\n- **Description:** DESCRIBE\n' +
      '- **Contact:** \n- **Prerequisites:** Medeor/Node/Ruby on Rails\n\n#### Project Title\n\n**Desirable Skills:**\n\n' +
      '**Difficulty:** \n\n**Mentor:** Mentor name ([@MentorName](http://github.com/MentorName))\n';
    expect(titles(text)).toEqual(['Machine Learning Algorithms for Website Tracking']);
  });
});

// Open Mainframe Project's GSoC 2021 page (test/fixtures/regression-13): `# Proposed Projects for the Mentorship
// Project` ⏎ `## Potential Project Status` ⏎ `### Zowe` ⏎ `#### Title` ⏎ prose … ⏎ `### COBOL Programming Course` ⏎
// three bare `####` headings. No idea carries a label the grammar knows.
describe('ideas without any label under a page title naming projects, in categories (Open Mainframe Project)', () => {
  const prose = (topic: string): string =>
    `At the moment the ${topic} does not do what users expect of it, and the goal here is to change that ` +
    'so that it works properly for everyone.';
  const page = (
    title: string,
    hashes = '####',
    bare = ['Update the course content', 'Improve the advanced chapter'],
  ) => {
    const up = hashes.slice(1);
    const status = up.length > 2 ? `${up.slice(1)} Potential Project Status\n\n` : '';
    return (
      `# ${title}\n\nProjects proposed for the Google Summer of Code.\n\n${status}` +
      `${up} Zowe\n\n${hashes} Graphical awareness of UIs\n\n**Problem:** ${prose('catalog')}\n\n**Solution:** Provide a ` +
      `way for registered UIs to be visible.\n\n**Responsible:** API ML Squad\n\n${hashes} Improve starting of the app ` +
      `server\n\n${prose('app server')}\n\n**Responsible:** Web UI Squad\n\n${hashes} ML data analysis\n\n` +
      `**Responsible:** API ML Squad\n\n${hashes} Slack integration\n\n${prose('chat bridge')}\n\n${up} COBOL ` +
      `Programming Course\n\n${bare.map((heading) => `${hashes} ${heading}\n\n`).join('')}`
    );
  };
  const all = [
    'Graphical awareness of UIs',
    'Improve starting of the app server',
    'ML data analysis',
    'Slack integration',
    'Update the course content',
    'Improve the advanced chapter',
  ];

  it('reads every heading of the deepest level as an idea, the bare ones of a category beside ideas too', () => {
    expect(titles(page('Proposed Projects for the Mentorship Project'))).toEqual(all);
  });

  it('reads them under other page titles whose head is a plural noun for ideas, and at other depths', () => {
    expect(titles(page('Mentorship Projects'))).toEqual(all);
    expect(titles(page('Project ideas for our mentors'))).toEqual(all);
    expect(titles(page('Proposed Projects for the Mentorship Project', '###'))).toEqual(all);
  });

  it('gives each idea its categories as its section, and no field for `Responsible:` or `Problem:`', () => {
    const file = parseIdeaFile('ideas.md', page('Proposed Projects for the Mentorship Project'));
    expect(file.ideas[0].section).toEqual(['Potential Project Status', 'Zowe']);
    expect(file.ideas[4].section).toEqual(['Potential Project Status', 'COBOL Programming Course']);
    expect(file.ideas.map((idea) => idea.fields.mentors)).toEqual(all.map(() => undefined));
  });

  it('reads bare headings as ideas only in a category of two or more beside one of ideas', () => {
    // One bare heading alone in its category, or a category that is no section of ideas (`### Mentors` over names).
    expect(titles(page('Proposed Projects for the Mentorship Project', '####', ['Update the course content']))).toEqual(
      all.slice(0, 4),
    );
    const mentors = page('Proposed Projects for the Mentorship Project', '####', ['Jane Doe', 'John Roe']).replace(
      '### COBOL Programming Course',
      '### Mentors',
    );
    expect(titles(mentors)).toEqual(all.slice(0, 4));
    // Bare headings with no category of ideas beside them: a list of titles only, no ideas found by their shape.
    const bareOnly =
      '# Proposed Projects\n\n## Zowe\n\n### Update the course content\n\n### Improve the advanced chapter\n\n' +
      '## COBOL\n\n### Write a new chapter\n\n### Fix the exercises\n';
    expect(titles(bareOnly)).toEqual([]);
  });

  it('finds the eleven ideas of Open Mainframe Project, three of them bare headings', () => {
    const name = 'openmainframeproject-internship__resources__gsoc__2021-Projects.MD';
    const text = readFileSync(new URL(`../fixtures/regression-13/${name}`, import.meta.url), 'utf8');
    const file = parseIdeaFile(name, text);
    expect(file.ideas).toHaveLength(11);
    expect(file.ideas[0].title).toBe('Graphical awareness of UIs in the API Catalog');
    expect(file.ideas[10].title).toBe('Improve the Advanced Topics chapter of the course.');
    expect(file.ideas.every((idea) => idea.fields.mentors === undefined)).toBe(true);
  });
});
