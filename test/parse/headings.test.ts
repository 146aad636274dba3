import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isListTitle, isNotAnIdeaSpanTitle, isNotAnIdeaTitle } from '../../src/parse/headings.js';
import { parseIdeaFile } from '../../src/parse/index.js';

function titles(text: string): string[] {
  return parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title);
}

const idea = (heading: string, extra = ''): string =>
  `${heading}\n\nSome text about it.\n\n- Difficulty: Medium\n- Mentors: Jane Doe\n${extra}\n`;

describe('idea titles', () => {
  it('drops a numbering, with or without emoji and bold, before the title', () => {
    expect(
      titles(
        `${idea('### 🚀 1. **OpenID Connect SDK with Python**')}${idea('### 2) Financial-Grade API SDK')}${idea('### #3 Linter support')}${idea('### 4 - Plugin system')}`,
      ),
    ).toEqual(['OpenID Connect SDK with Python', 'Financial-Grade API SDK', 'Linter support', 'Plugin system']);
  });

  it('drops `Project 1:` and `Project Idea 2:` prefixes, a kramdown anchor and a closing colon', () => {
    expect(
      titles(
        `${idea('## Project 1: Faster parser {#faster-parser}')}${idea('## Project Idea 2: Better docs')}${idea('## Plugin system:')}`,
      ),
    ).toEqual(['Faster parser', 'Better docs', 'Plugin system']);
  });

  it('reads a heading that starts like a label but heads labelled text as a title', () => {
    const text = `# Ideas\n\n## Outreachy: Improve the docs\n\nText.\n\n- Mentors: Jane\n- Difficulty: Easy\n\n## Summary: A tool to convert notebooks into slides for teaching\n\nText.\n\n- Mentors: John\n`;
    expect(titles(text)).toEqual([
      'Outreachy: Improve the docs',
      'Summary: A tool to convert notebooks into slides for teaching',
    ]);
  });

  it('still reads stacked headings with inline values as labels', () => {
    const text = `# Ideas\n\n## Faster parser\n\nText about it.\n\n#### Difficulty: Hard\n\n#### Mentor: Jane Doe\n\n#### Skills\n\nRust\n\n## Better docs\n\nDocs.\n\n#### Difficulty: Easy\n\n#### Mentor: John\n`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Faster parser', 'Better docs']);
    expect(file.ideas[0].fields.mentors?.value).toBe('Jane Doe');
    expect(file.ideas[1].fields.difficulty?.value).toBe('Easy');
  });

  it('keeps numbers that are part of the title', () => {
    expect(titles(`${idea('## 3D viewer')}${idea('## 2048 game port')}${idea('## Python 3.12 support')}`)).toEqual([
      '3D viewer',
      '2048 game port',
      'Python 3.12 support',
    ]);
  });
});

// General rule: a heading naming a programme or year and the list of ideas names the page, not an idea. Real lists:
// Cardano (`Google Summer of Code 2024 Ideas`) and Cesium (`Google Summer of Code 2013 Idea List`) in regression-8,
// Sugar Labs (`GSoC 2023 Ideas`, regression), Appwrite (`Appwrite GSoC 2023 Project Ideas`) and AMRIT (`AMRIT - Google
// Summer of Code 2025 Ideas List`) in regression-4, LF AI (`Project ideas for GSoC 2022`, regression-6).
describe('the title of the list', () => {
  it('knows a programme or year with the words for a list of ideas, in either order, after an organisation', () => {
    for (const title of [
      'Google Summer of Code 2024 Ideas 🎉',
      'Google Summer of Code 2013 Idea List',
      'GSoC 2023 Ideas',
      '⚡️ GSoC 2025 Project Ideas',
      'Appwrite GSoC 2023 Project Ideas',
      'AMRIT - Google Summer of Code 2025 Ideas List',
      'MalariaGEN @ GSoC 2026 Project Proposals',
      'Project ideas for GSoC 2022',
      'Ideas for Google Summer of Code',
      'Student Project Ideas for Google Summer of Code 2022',
      'GSOC 2014 Ideas Page',
    ])
      expect(isListTitle(title), title).toBe(true);
  });

  it('leaves an idea that only mentions the programme or the list', () => {
    for (const title of [
      'GSoC dashboard for mentors',
      'Ideas page redesign',
      'Port the 2024 ideas importer',
      'Improve the projects list in GSoC 2024 tooling',
      'Benchmarking tasks',
      'Ideas',
    ])
      expect(isListTitle(title), title).toBe(false);
  });

  it('makes no idea of a page title whose legend of the labels gives fields (Cardano)', () => {
    const legend =
      '| Subsection | Meaning | Values |\n| --- | --- | --- |\n| Skills required | Things you already know | List of skills |\n| Difficulty | From Easy to Challenging | `Easy, Medium, Hard` |\n| Size | The output size | `S, M, L, XL` |\n';
    const text = `# Google Summer of Code 2024 Ideas 🎉\n\nThis page showcases project ideas.\n\n${legend}\n${idea('## 👉 Plutus Core Viewer')}${idea('## 👉 Asset API Service')}`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((entry) => [entry.title, entry.section])).toEqual([
      ['Plutus Core Viewer', []],
      ['Asset API Service', []],
    ]);
  });

  it('keeps it as the section of the ideas under it when it is no page title', () => {
    const text = `# Org\n\nIntro.\n\n## GSoC 2024 Project Ideas\n\n${idea('### First')}${idea('### Second')}\n# Other\n\nText.\n`;
    expect(parseIdeaFile('ideas.md', text).ideas.map((entry) => entry.section)).toEqual([
      ['Org', 'GSoC 2024 Project Ideas'],
      ['Org', 'GSoC 2024 Project Ideas'],
    ]);
  });
});

describe('sections', () => {
  it('does not give a table of contents as the section of the ideas after it', () => {
    const text = `# GSoC 2024\n\nIntro.\n\n## Index\n\n- [First](#first)\n- [Second](#second)\n\n${idea('### First')}${idea('### Second')}`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((entry) => [entry.title, entry.section])).toEqual([
      ['First', []],
      ['Second', []],
    ]);
  });

  it('keeps a heading that groups the ideas by name as their section', () => {
    const text = `# GSoC\n\n## Project Ideas\n\n${idea('### First')}${idea('### Second')}`;
    expect(parseIdeaFile('ideas.md', text).ideas[0].section).toEqual(['Project Ideas']);
  });
});

describe('sections that only list projects', () => {
  it('does not make an idea of a list of links to other projects', () => {
    const text = `# Zarr\n\n${idea('## First')}${idea('## Second')}## Other Projects\n\nWe also have other project ideas that contributors could work on. They are listed below:\n\n- [Tree Bottleneck](https://github.com/zarr/issues/224)\n- [Transactions](https://github.com/zarr/issues/247)\n- [DataFrames](https://github.com/zarr/issues/149)/[Parquet](https://github.com/zarr/issues/515)\n\nWe encourage interested contributors to go through the above-mentioned projects and check them out. If any of the projects seem interesting to you, please feel free to reach out to the mentors or to the community channel.\n`;
    expect(titles(text)).toEqual(['First', 'Second']);
  });

  it('does not make an idea of a summary listing the titles of the ideas', () => {
    const text = `# Ideas\n\n## Project Ideas\n\n### Summary of Projects\n\nIdentity and Access Management:\n- First\n- Second\n\n${idea('### First')}${idea('### Second')}`;
    expect(titles(text)).toEqual(['First', 'Second']);
  });

  it('keeps an unlabelled idea whose body has a short task list', () => {
    const text = `# Ideas\n\n${idea('## First')}## Greater usage of updateScript\n\nLet's make more use of the update bot!\n\n- add updateScripts\n- add tests to existing scripts that are failing\n- create a metric to analyze existing scripts\n\n${idea('## Third')}`;
    expect(titles(text)).toEqual(['First', 'Greater usage of updateScript', 'Third']);
  });
});

describe('part headings among label sub-headings', () => {
  it('keeps a sub-heading among label sub-headings part of the idea, with its labels', () => {
    const project = (title: string): string =>
      `### ${title}\n\n#### Abstract\n\nAn abstract.\n\n| **Priority** | **Involves** | **Mentors** |\n| --- | --- | --- |\n| Medium | Creating an extension | Joaquim |\n\n#### Technical details\n\nDetails.\n\n#### Helpful Experience\n\n- Knowledge of optimization\n\n#### Steps\n\n**Initial steps**\n\n- Read the manual\n\n**Key deliverables**\n\n- Implement the reformulation\n\n`;
    const file = parseIdeaFile(
      'ideas.md',
      `# JuMP\n\n## Mentors\n\n- Oscar\n\n## Ideas\n\n${project('Robust')}${project('Chordal')}`,
    );
    expect(file.ideas.map((entry) => entry.title)).toEqual(['Robust', 'Chordal']);
    expect(file.ideas[0].fields.outcomes?.value).toBe('Implement the reformulation');
    expect(file.ideas[0].fields.skills?.value).toBe('Knowledge of optimization');
  });

  it('keeps a heading under a label heading part of the idea (`#### References` under `### Goals`)', () => {
    // As mofa-org's Chinese list (test/fixtures/regression-2) writes each idea: `### 目标与想法` (goals), then
    // `#### 参考链接` (reference links), then the skills, hours and difficulty of the idea.
    const project = (title: string): string =>
      `## ${title}\n\n### Summary\n\nWhat it is.\n\n__Mentors__: Ana\n\n### Goals\n\n* A thing\n\n` +
      `#### Further reading\n\n* https://example.org\n\n__Required skills__: Rust\n\n__Difficulty__: Hard\n\n---\n\n`;
    const file = parseIdeaFile('ideas.md', `# Ideas\n\n${project('Idea one')}${project('Idea two')}`);
    expect(file.ideas.map((entry) => entry.title)).toEqual(['Idea one', 'Idea two']);
    expect(file.ideas[1].fields.skills?.value).toBe('Rust');
    expect(file.ideas[1].fields.mentors?.value).toBe('Ana');
  });

  it('does not hide an idea beside global `## Mentors` and `## Contact` sections', () => {
    const text = `# Foo GSoC 2024\n\nWelcome.\n\n## Mentors\n\n- Jane\n- John\n\n## Contact\n\nWrite to the list.\n\n## Faster parser\n\nMake the parser fast.\n\nDifficulty: Hard\nSize: 350 hours\n`;
    expect(titles(text)).toEqual(['Faster parser']);
  });
});

describe('ideas with a single field', () => {
  it('makes an idea of an H1 that gives only its mentors among H1 ideas', () => {
    const text = `# GSoC 2025 Ideas\n\n------------\n\n${idea('## Git backend')}------------\n\n# Music Blocks 4 Program Builder\n\nBuild programs with blocks in a browser.\n\n**Mentors**\n\nAnindya\n\n------------\n\n# Sugarizer activity\n\nDo Sugarizer.\n\n**Difficulty**\n\nEasy\n\n**Mentors**\n\nLionel\n\n------------\n\n# Administrative Notes\n\n## Criteria for Ideas\n\nIdeas should be clear.\n`;
    expect(titles(text)).toEqual(['Git backend', 'Music Blocks 4 Program Builder', 'Sugarizer activity']);
  });

  it('makes an idea of a heading with only mentors among ideas at its level', () => {
    const text = `# Ideas\n\n${idea('## First')}## Second\n\nAnother thing we would like to do.\n\n- Mentors: John Doe\n\n${idea('## Third')}`;
    const file = parseIdeaFile('ideas.md', text);
    expect(file.ideas.map((entry) => entry.title)).toEqual(['First', 'Second', 'Third']);
    expect(Object.keys(file.ideas[1].fields).sort()).toEqual(['description', 'mentors']);
  });

  it('makes an idea of a lone heading with prose whose only field is a label sub-heading', () => {
    const text = `# Improve the parser\n\nWe want to make the parser much faster and far more robust for large inputs.\n\n## Mentors\n\n- Jane Doe\n`;
    const file = parseIdeaFile('idea.md', text);
    expect(file.ideas.map((entry) => entry.title)).toEqual(['Improve the parser']);
    expect(file.ideas[0].fields.mentors?.value).toBe('Jane Doe');
  });
});

describe('isNotAnIdeaTitle', () => {
  it.each([
    'Example project name',
    'Project: Template',
    'Idea template',
    'Your own idea!',
    'Propose your own project',
    "Something that you're totally excited about",
    'Contact the mentors',
    'Contacting potential mentors',
    'Note about proposals',
    'Notes on the application',
    'About Zulip',
    'About the Rust Foundation',
    'Acerca de omegaUp',
    'Sobre o projeto',
    '关于 MoFA',
    'Volunteers',
    'Volunteers so far:',
    'Title',
    'Project Title',
    'Idea name',
    // The word for a title with its noun after `of` (the Coq wiki's template section).
    'Title of the Idea',
    'Name of your project',
    'The title of this proposal',
    'Something Else!',
    // An indefinite determiner and the word for an idea name no project (ASWF's `* Another project` slots).
    'Another project',
    'One more idea',
    // A title saying it is none of the ideas listed (React Native Elements' `#### 5. Not Listed above …`).
    'Not Listed above but trust me it’s crazy.',
    'Idea not listed here',
    // The programme's people and roles, what applicants should know, how to choose among the ideas (UN OICT's and
    // Curve's sections, regression-15).
    'Key Information for Applicants',
    'Tips for students',
    'Information for prospective contributors',
    'Participants and roles',
    'Project roles',
    'Roles and responsibilities',
    'Choosing the Best GSoC Project for You',
    'How to choose a project',
    '活动参与方及角色',
    '参与者和职责',
    '学生须知',
    '如何选择合适的项目',
    'Organizers',
    'Program sponsors',
    'Stipends',
    '活动的组织方',
    '项目的奖金',
    // More ideas announced for later (Curve's `更多项目陆续更新中，敬请期待...`).
    'More projects coming soon...',
    'More ideas to come, stay tuned!',
    'Coming soon',
    'Stay tuned',
    '更多项目陆续更新中，敬请期待...',
    '敬请期待',
    '持续更新中',
    // A link's generic words alone (UN OICT's `[Learn more.](…)`).
    'Learn more.',
    'Read more',
    'Click here',
    'More info',
    '了解更多',
    // An idea's contributor roles, numbered or lettered, however long (UN OICT's bold role lines).
    'Contributor 2: User Interface and Software Engineering Focus Estimated effort: 175–350 hours',
    'Contributor 1: Scientific Programming and Data Pipelines Focus Estimated effort: 175–350 hours',
    'Student A – Backend work on the storage layer',
    'Intern #2: Frontend',
    '贡献者 1：后端开发',
  ])('reads "%s" as no idea', (title) => {
    expect(isNotAnIdeaTitle(title)).toBe(true);
  });

  it.each([
    'Scala webapp template',
    'Contact form for the website',
    'Build your own theme engine',
    'Examples gallery for Gridap',
    'A volunteer scheduling app',
    'Notebook support',
    'Title generation for videos',
    'Something else entirely: a new renderer',
    'Another project manager for Rust',
    'Notifications not listed in the feed',
    'Project dashboard',
    'Idea board for the community',
    'Title of the project page generator',
    'Name of the game: a puzzle engine',
    'Roles for the permission system',
    'Tips widget for new users',
    'Choosing the best compression codec automatically',
    'Participants list export for events',
    'Learn more about users with analytics',
    'Read more formats in the importer',
    'Coming soon banner for the store',
    'Contributor dashboard: track first-time contributors',
    'Student 2.0 portal',
    '参与者管理系统',
    '更多语言支持',
    // A bare `Details` or `Roles` is an idea's own section as often as anything else (recurring-sections.ts).
    'Details',
    'Roles',
    '详情',
    'Sponsors page redesign',
    'Prizes and badges for contributors',
    '奖金计算模块',
  ])('reads "%s" as a possible idea', (title) => {
    expect(isNotAnIdeaTitle(title)).toBe(false);
  });
});

describe('isNotAnIdeaSpanTitle', () => {
  // The rest of the ideas, unnamed, in the plural: Wireshark's `## Others` (regression-6), Pencil2D's
  // `## More Ideas` (regression-3), Zarr's `## Other Projects` (regression), each a pointer to further work.
  it.each(['Others', 'More Ideas', 'Other Projects', 'Further project ideas', 'Others:', 'Your own idea!'])(
    'reads an idea titled "%s" as none',
    (title) => {
      expect(isNotAnIdeaSpanTitle(title)).toBe(true);
    },
  );

  it.each(['Other projects integration for the dashboard', 'More ideas board', 'Other', 'Faster builds'])(
    'keeps an idea titled "%s"',
    (title) => {
      expect(isNotAnIdeaSpanTitle(title)).toBe(false);
    },
  );

  it('leaves a heading of that kind a section: ideas under it are read', () => {
    // `## Others` is no section to exclude: it may group ideas (a bold item with its labels).
    expect(isNotAnIdeaTitle('Others')).toBe(false);
  });
});

describe('a group of projects marked as finished', () => {
  it("reads Wagtail's list: its five ideas, none of the 2021 projects, the lone `###` idea kept", () => {
    const path = 'test/fixtures/regression-6/aditya123473892__wagtail__Google-Summer-of-Code.md';
    expect(parseIdeaFile(path, readFileSync(path, 'utf8')).ideas.map((entry) => entry.title)).toEqual([
      'Automated page accessibility tests',
      'RTL support for Wagtail',
      'More advanced image size optimisations in Wagtail',
      'Toolkit for StreamField data migrations in Wagtail',
      'Enhanced file manager',
    ]);
  });

  it('reads the headings under `## 2021 projects (done)` as past work, not ideas (Wagtail, regression-6)', () => {
    const text = `# GSoC\n\n## Project ideas\n\n${idea('### Accessibility tests')}${idea('### RTL support')}## 2021 projects (done)\n\n${idea('### Wagtail Live')}${idea('### Bulk admin actions')}`;
    expect(titles(text)).toEqual(['Accessibility tests', 'RTL support']);
  });

  it('keeps an idea whose own title says done (Yakindu, regression-3) and ideas under Accepted Projects (CNCF)', () => {
    expect(titles(`# GSoC\n\n${idea('## Model Diff & Merge (done)')}${idea('## Statechart tests')}`)).toEqual([
      'Model Diff & Merge (done)',
      'Statechart tests',
    ]);
    expect(titles(`# LFX\n\n## Accepted Projects\n\n${idea('### First')}${idea('### Second')}`)).toEqual([
      'First',
      'Second',
    ]);
  });

  it('keeps the ideas of a year that is not marked done (`## Topic Proposals from 2025`, FOSSology, corpus)', () => {
    expect(titles(`# GSoC\n\n## Topic Proposals from 2025\n\n${idea('### First')}${idea('### Second')}`)).toEqual([
      'First',
      'Second',
    ]);
  });
});

// Jina AI (regression-12): `### Project X: Interested in proposing a new project idea altogether?` closes the list. An
// invitation to propose one's own idea, in any wording, question or imperative, is no idea.
describe('an invitation to propose your own idea', () => {
  it.each([
    'Interested in proposing a new project idea altogether?',
    'Propose a new idea',
    'Suggest your own project!',
    'Pitching a different project?',
    'Come up with your own project',
    'Bring your own idea',
    'Have an idea of your own?',
    'Got a different project in mind?',
    'Have an idea?',
    'Something else?',
    'New ideas welcome!',
    'Other ideas are always welcome',
  ])('%j is no idea', (title) => {
    expect(isNotAnIdeaTitle(title)).toBe(true);
  });

  it.each([
    'Proposal review tool',
    'Suggest edits in the editor',
    'Submit project metadata to PyPI',
    'Suggest projects to new users',
    'Idea board for the community',
  ])('%j may be an idea', (title) => {
    expect(isNotAnIdeaTitle(title)).toBe(false);
  });

  it('reads the closing invitation of a list as no idea', () => {
    const text =
      '# Ideas\n\n### Project 4: Enhancements for JinaBox\nWork on frontend features.\n\n#### Mentor:\n- Sergiy (sergiy@jina.ai)\n\n' +
      '### Project X: Interested in proposing a new project idea altogether?\n\nWe are always excited to hear from the community.\n';
    expect(titles(text)).toEqual(['Enhancements for JinaBox']);
  });
});

// FISSURE (regression-14): `### How to Contact` (an address and a list of proposal elements) before `### 1. PyQt GUI
// Development`-like ideas was read as an idea. A section telling the reader how to reach the organisation or get help
// is never one, in any of its spellings and languages; a title that only starts with such a word stays an idea.
describe('contact and help sections', () => {
  const page = (title: string) =>
    '# 2023 Project Ideas\n\nAIS offers these ideas.\n\n' +
    `### ${title}\n\nEmail Jane Doe at jane@example.org to discuss the ideas. You may be asked for:\n- Title\n- Deliverables\n\n` +
    '### 1. GUI Development\n\n**Mentor:** Jane Doe\n**Expected Size:** 175h\n**Level of Difficulty:** Medium\n\n' +
    'Improve the dashboard.\n\n' +
    '### 2. Signal Detection\n\n**Mentor:** John Roe\n**Expected Size:** 350h\n**Level of Difficulty:** Hard\n\n' +
    'Detect signals.\n';

  it.each([
    'How to Contact',
    'How to contact us',
    'How to reach us',
    'How to get in touch',
    'Getting in touch',
    'Get in touch with the mentors',
    'Contact information',
    'Contacts',
    'Getting help',
    'Where to get help',
    'Need help?',
    '**How to Contact**',
    'Support channels',
    'Cómo contactarnos',
    'Contacto',
    'Como entrar em contato',
    'Nous contacter',
    'Kontakt',
    '联系方式',
    '如何联系我们',
    'Как связаться с нами',
  ])('%j is no idea', (title) => {
    const titles = parseIdeaFile('ideas.md', page(title)).ideas.map((idea) => idea.title);
    expect(titles).toEqual(['GUI Development', 'Signal Detection']);
  });

  it.each(['Support for plugins', 'Help viewer redesign', 'Contact form validation', 'Reach: a new scheduler'])(
    '%j, a title that only opens with such a word, stays an idea',
    (title) => {
      const text = page(title).replace(
        'Email Jane Doe at jane@example.org to discuss the ideas.',
        '**Mentor:** Ann Lee',
      );
      const titles = parseIdeaFile(
        'ideas.md',
        text.replace('- Title\n- Deliverables', '**Difficulty:** Easy'),
      ).ideas.map((idea) => idea.title);
      expect(titles).toContain(title);
    },
  );
});

// Swapso (regression-16): `## Contact & Questions` after the ideas, listing the mentors to contact (`- Contact mentors:`
// ⏎ `  - **Aditya Ranjan** - [GitHub](…) | Email: …`), was read as an idea. Grammar: a title joining two or more page
// section names (contact, help, support, FAQ, questions, feedback, or another known non-idea section), one at least a
// way to reach the organisation or ask, is the page's contacts, in any language and with any joint.
describe('joined contact and questions sections', () => {
  const page = (title: string) =>
    '# GSoC 2026 Ideas List\n\n' +
    '## Idea 1: GUI Development\n\n**Mentors:** Jane Doe\n**Expected Hours:** 175\n**Difficulty Level:** Medium\n\nImprove the dashboard.\n\n' +
    '## Idea 2: Signal Detection\n\n**Mentors:** John Roe\n**Expected Hours:** 350\n**Difficulty Level:** Hard\n\nDetect signals.\n\n' +
    `## ${title}\n\nHave questions about any of these ideas? Feel free to:\n- Open an issue\n- Contact mentors:\n` +
    '  - **Jane Doe** - [GitHub](https://github.com/jane) | Email: jane@example.org\n  - **John Roe** - [GitHub](https://github.com/john)\n';

  it.each([
    'Contact & Questions',
    'Questions and Contact',
    'Questions? Contact us',
    'Help & Support',
    'Support / Feedback',
    'FAQ & Contact',
    'Questions, Feedback and Contact',
    '**Contact & Questions**',
    '📬 Contact & Questions',
    'Kontakt & Fragen',
    'Contacto y preguntas',
    'Contato e dúvidas',
    'Contact et questions',
    'Контакты и вопросы',
    '联系与反馈',
    '问题与联系方式',
  ])('%j is no idea', (title) => {
    expect(titles(page(title))).toEqual(['GUI Development', 'Signal Detection']);
  });

  it.each(['Contact & Calendar sync', 'Questions and answers widget', 'Comments and discussions', 'Support & Plugins'])(
    '%j, a part of which names a thing, is no joined section',
    (title) => expect(isNotAnIdeaTitle(title)).toBe(false),
  );
});

describe('unlabelled ideas before the first labelled one, written in its shape', () => {
  // NV Access (regression-15): `### Improve stability…` ⏎ `#### The problem` ⏎ `#### Implementation`, before the first
  // idea with a label (`Related issue: #7197`), is an idea of the run, not the page's preamble.
  const prose =
    'Some prose about this part of the work: what goes wrong today, who meets it, and what a student would change to make it better for the users.';
  const part = (title: string): string => `${title}\n\n${prose}\n\n`;
  const unlabelled = (title: string, level = '###', sub = '####'): string =>
    `${level} ${title}\n\n${part(`${sub} The problem`)}${part(`${sub} Implementation`)}`;
  const labelled = (title: string, level = '###', sub = '####'): string =>
    `${level} ${title}\n\nRelated issue: #7197\n\n${part(`${sub} The problem`)}${part(`${sub} Implementation`)}`;

  it('reads them as ideas when a sub-heading title recurs under a labelled sibling', () => {
    const text = `## Introduction\n\nAbout us.\n\n## Ideas\n\n${unlabelled('Audio stability')}${unlabelled('64 bit build')}${labelled('Lazy lists')}${labelled('Faster updater')}`;
    expect(titles(text)).toEqual(['Audio stability', '64 bit build', 'Lazy lists', 'Faster updater']);
  });

  it('does so at other levels and with other part titles', () => {
    const shape = (title: string, label: string): string =>
      `## ${title}\n\n${label}### Motivation\n\n${prose}\n\n### Approach\n\n${prose}\n\n`;
    const text = `${shape('Plugin API', '')}${shape('Better docs', 'Difficulty: Easy\n\n')}${shape('Faster parser', 'Mentor: Jane Doe\n\n')}`;
    expect(titles(text)).toEqual(['Plugin API', 'Better docs', 'Faster parser']);
  });

  it('keeps a preamble heading without such parts out', () => {
    const text = `## Ideas\n\n### Overview\n\nThis page lists what we would like to see done this summer, with enough prose to count as real text here.\n\n${labelled('Lazy lists')}${labelled('Faster updater')}${labelled('Excel batching')}`;
    expect(titles(text)).toEqual(['Lazy lists', 'Faster updater', 'Excel batching']);
  });
});

// DevRhylme (regression-16): `### **GSoC Project Proposal: …**` ⏎ `## **📌 Project Part 1: … (350 Hours)**` ⏎ `###
// **🔹 Objective**` … ⏎ `## **📌 Project Part 2: …**` ⏎ … ⏎ `## **🚀 Overall Project Outcome**`: the third idea was
// missed, its parts set one level above its own title. Grammar: when the first heading after a heading is shallower
// and titled as a part (Part 1, Phase II, Milestone 3, Stage A, Fase 1, 第一阶段), it and the headings after it at
// its depth that are parts or labels are the idea's parts; anything else at that depth ends them.
describe('parts set shallower than their idea', () => {
  const page = (part: (n: number) => string, emoji = '') =>
    '# Ideas\n\n## List of ideas\n\n' +
    '### Faster parser\n\n#### Synopsis\nMake the parser faster.\n\n#### Project Timeline & Hours\nAbout **350 hours**.\n\n**Mentors**: Jane Doe\n\n---\n\n' +
    '### **Website with Firebase Integration**\n\nThis project is divided into two phases, each requiring 350 hours.\n\n' +
    `## **${emoji}${part(1)}: Firebase Integration (350 Hours)**\n\n### **Objective**\nBuild a dashboard.\n\n### **Timeline & Hours: 350 Hours**\n- Frontend: 100 hours\n\n` +
    `## **${emoji}${part(2)}: AI Features (350 Hours)**\n\n### **Objective**\nAdd a chatbot.\n\n### **Timeline & Hours: 350 Hours**\n- Chatbot: 120 hours\n\n` +
    '## **Overall Project Outcome**\nA dynamic website.\n\n### **Mentorship**\n**Mentors**: John Roe\n';

  it.each([
    (n: number) => `Project Part ${n}`,
    (n: number) => `Part ${n}`,
    (n: number) => `Phase ${'I'.repeat(n)}`,
    (n: number) => `Milestone ${n}`,
    (n: number) => `Stage ${'AB'[n - 1]}`,
    (n: number) => `Fase ${n}`,
    (n: number) => `第${'一二'[n - 1]}阶段`,
  ])('reads the idea whose parts are written as %s', (part) => {
    for (const emoji of ['', '📌 ']) {
      const ideas = parseIdeaFile('ideas.md', page(part, emoji)).ideas;
      expect(ideas.map((idea) => idea.title)).toEqual(['Faster parser', 'Website with Firebase Integration']);
      const fields = ideas[1].fields;
      expect(fields.size?.value).toMatch(/350/);
      expect(fields.mentors?.value).toMatch(/John Roe/);
      expect(fields.outcomes).toBeDefined();
    }
  });

  it('leaves a shallower heading not titled as a part to the outline', () => {
    const text = page((n) => `Part ${n}`).replace('Part 1: Firebase Integration', 'Community projects');
    const titles = parseIdeaFile('ideas.md', text).ideas.map((idea) => idea.title);
    expect(titles).not.toContain('Website with Firebase Integration');
  });
});
