import { parseIdeaFile } from '../../src/parse/index.js';
import { describe, expect, it } from 'vitest';
import { HEAD_NOUNS, matchLabel, matchLabelStrict, normalizeLabel, readLabel } from '../../src/parse/labels.js';
import { FIELD_NAMES } from '../../src/parse/types.js';

describe('matchLabel', () => {
  it('maps every head noun of the grammar to its own field', () => {
    for (const name of FIELD_NAMES) {
      // readLabel: `timeline` names the size only through its value, so matchLabel reads none (see below).
      for (const noun of HEAD_NOUNS[name]) expect(readLabel(noun)?.name, noun).toBe(name);
    }
  });

  it.each([
    ['Outcomes', 'outcomes'],
    ['Expected Outcome', 'outcomes'],
    ['Expected OUtcome', 'outcomes'],
    ['Expected outcome(s)', 'outcomes'],
    ['Expected results and milestones', 'outcomes'],
    ['Goals (Deliverables)', 'outcomes'],
    ['The aims of the project are as follows', 'outcomes'],
    ['The requirements are as follows', 'skills'],
    ['Difficulty Level', 'difficulty'],
    ['Complexity 👨🏻‍💻', 'difficulty'],
    ['Intensity', 'difficulty'],
    ['Skills Needed', 'skills'],
    ['Knowledge/Skills Involved', 'skills'],
    ['Prerequisites 👍🏻', 'skills'],
    ['Mentor(s)', 'mentors'],
    ['Suggested Mentor(s)', 'mentors'],
    ['Potential Mentors 😇', 'mentors'],
    ['Technical contact', 'mentors'],
    ['Co-mentor', 'mentors'],
    ['Project Length ⏰', 'size'],
    ['Expected Time Commitment', 'size'],
    ['Effort', 'size'],
    ['Date of insert', 'inserted'],
    ['Verified', 'verified'],
    ['GSoC', 'program'],
    ['Review', 'review'],
    ['Upstream Issue (URL)', 'issue'],
    ['Upstream Issue(s)', 'issue'],
    ['Relevant Issues', 'issue'],
    ['Abstract  🗂', 'description'],
    ['Brief Description', 'description'],
  ] as const)('maps "%s" to %s', (label, field) => {
    expect(matchLabel(label)).toBe(field);
  });

  it('ignores case, markup, a trailing colon and surrounding punctuation', () => {
    expect(matchLabel('**DIFFICULTY:**')).toBe('difficulty');
    expect(matchLabel('_Mentors:_')).toBe('mentors');
    expect(matchLabel('  skills required : ')).toBe('skills');
    expect(matchLabel('Difficulty.')).toBe('difficulty');
  });

  it('does not match prose or unknown labels', () => {
    expect(matchLabel('See these for references')).toBeUndefined();
    expect(matchLabel('Nice to have')).toBeUndefined();
    expect(
      matchLabel('The difficulty of this project depends on the contributor and the chosen scope'),
    ).toBeUndefined();
    expect(matchLabel('')).toBeUndefined();
    expect(matchLabel('x'.repeat(500))).toBeUndefined();
  });

  it('accepts extra aliases from options', () => {
    const extra = { outcomes: ['What you will build'], mentors: ['Point of contact'] };
    expect(matchLabel('What you will build', extra)).toBe('outcomes');
    expect(matchLabel('Point of Contact:', extra)).toBe('mentors');
    expect(matchLabel('What you will build')).toBeUndefined();
    expect(matchLabel('Difficulty', extra)).toBe('difficulty');
  });
});

describe('normalizeLabel', () => {
  it('folds plurals, emoji and "(s)" so spellings compare equal', () => {
    expect(normalizeLabel('Mentor(s)')).toBe(normalizeLabel('mentors'));
    expect(normalizeLabel('Potential Mentors 😇')).toBe(normalizeLabel('potential mentor'));
    expect(normalizeLabel('Goals:')).toBe('goal');
  });
});

describe('matchLabel edge cases', () => {
  it('ignores an enumerator before the label', () => {
    expect(matchLabel('1. Description')).toBe('description');
    expect(matchLabel('b) Mentors')).toBe('mentors');
  });

  it('maps a combined label to its first field', () => {
    expect(matchLabel('Difficulty & Requirements')).toBe('difficulty');
    expect(matchLabel('Expected Outcomes / Deliverables')).toBe('outcomes');
    expect(matchLabel('Mentors and contacts')).toBe('mentors');
    expect(matchLabel('Notes / Mentors')).toBeUndefined();
  });
});

describe('matchLabel with qualifying words', () => {
  it.each([
    ['Project Difficulty Level', 'difficulty'],
    ['Expected size of project', 'size'],
    ['Mentor name(s)', 'mentors'],
    ['Required Skills/Knowledge', 'skills'],
    ['Description of the project', 'description'],
    ['Contact info', 'mentors'],
  ] as const)('maps "%s" to %s', (label, field) => {
    expect(matchLabel(label)).toBe(field);
  });

  it('does not map a label made only of qualifying words, or with other words', () => {
    expect(matchLabel('Project')).toBeUndefined();
    expect(matchLabel('Project name')).toBeUndefined();
    expect(matchLabel('Project status')).toBeUndefined();
    expect(matchLabel('Mentor availability')).toBeUndefined();
  });
});

describe('matchLabelStrict', () => {
  it('matches aliases and qualifiers but not labels with qualifying words', () => {
    expect(matchLabelStrict('Expected Outcome 🔖')).toBe('outcomes');
    expect(matchLabelStrict('Upstream Issue (URL)')).toBe('issue');
    expect(matchLabelStrict('Project Difficulty Level')).toBe('difficulty');
    expect(matchLabelStrict('Our project difficulty level')).toBeUndefined();
    expect(matchLabelStrict('Project Core Objective')).toBeUndefined();
    expect(matchLabel('Core team')).toBeUndefined();
    expect(matchLabel('标准')).toBeUndefined();
  });
});

describe('labels seen on held-out lists', () => {
  it.each([
    ['Rating', 'difficulty'],
    ['Skill level', 'difficulty'],
    ['Skills required/preferred', 'skills'],
    ['Skills preferred', 'skills'],
    ['Helpful Experience', 'skills'],
    ['💪 Expected skills and technologies for the project', 'skills'],
    ['🛠 Possible Technologies involved', 'skills'],
    ['Key deliverables', 'outcomes'],
    ['Project Milestones', 'outcomes'],
    ['Milestones (if any)', 'outcomes'],
    ['Issue Link', 'issue'],
    ['Mentors(s)', 'mentors'],
    ['Skill(s)', 'skills'],
    ['Recommended', 'skills'],
    ['Required / preferred', 'skills'],
    ['Project Core Objective', 'outcomes'],
    ['产出标准', 'outcomes'],
  ] as const)('maps "%s" to %s', (label, field) => {
    expect(matchLabel(label)).toBe(field);
  });

  it('reads `Mentors(s)` and `Mentor(s)` as the plural of mentor', () => {
    expect(normalizeLabel('Mentors(s)')).toBe(normalizeLabel('Mentors'));
  });
});

describe('typos in labels', () => {
  it('forgives one slip in a long label', () => {
    expect(matchLabel('Diffuculty')).toBe('difficulty');
    expect(matchLabel('Descripton')).toBe('description');
    expect(matchLabel('Prerequisties')).toBe('skills');
    expect(matchLabel('Expected Diffuculty')).toBe('difficulty');
  });

  it('does not forgive slips in short labels, two slips, or anything in strict matching', () => {
    expect(matchLabel('Mentro')).toBeUndefined();
    expect(matchLabel('Contract')).toBeUndefined();
    expect(matchLabel('Difficuttly level of us')).toBeUndefined();
    expect(matchLabel('Dificulti')).toBeUndefined();
    expect(matchLabelStrict('Diffuculty')).toBeUndefined();
  });
});

describe('readLabel', () => {
  it('tells an alias as written from a loose match', () => {
    expect(readLabel('Difficulty')).toEqual({ name: 'difficulty', exact: true, demoted: false });
    expect(readLabel('Upstream Issue (URL)')).toMatchObject({ name: 'issue', exact: true });
    expect(readLabel('Project Difficulty Level')).toMatchObject({ name: 'difficulty', exact: true });
    expect(readLabel('Difficulty of the project')).toMatchObject({ name: 'difficulty', exact: false });
    expect(readLabel('Diffuculty')).toMatchObject({ name: 'difficulty', exact: false });
  });

  it('forgives one slip in a long modifier, a dropped letter included (`Rquired skills`, passagemath)', () => {
    expect(readLabel('Rquired skills')).toMatchObject({ name: 'skills', exact: false });
    expect(readLabel('Expectd outcome')).toMatchObject({ name: 'outcomes', exact: false });
    expect(readLabel('Rquired')).toBeUndefined();
    expect(matchLabelStrict('Rquired skills')).toBeUndefined();
  });

  it('demotes vague aliases that a specific label should win over', () => {
    expect(readLabel('Involves')).toMatchObject({ name: 'description', demoted: true });
    expect(readLabel('level')).toMatchObject({ name: 'difficulty', demoted: true });
    expect(readLabel('Possible Technologies involved')).toMatchObject({ name: 'skills', demoted: true });
    expect(readLabel('Helpful Experience')).toMatchObject({ name: 'skills', demoted: false });
  });

  it('reads topic heads (Keywords, Areas, Tools) as vague skills labels, not longer phrases around them', () => {
    expect(readLabel('Keywords')).toMatchObject({ name: 'skills', demoted: true });
    expect(readLabel('Areas')).toMatchObject({ name: 'skills', demoted: true });
    expect(readLabel('Tools')).toMatchObject({ name: 'skills', demoted: true });
    expect(readLabel('Tools Providing the Metric')).toBeUndefined();
    const file = parseIdeaFile('ideas.md', '# Ideas\n\n## One\n\nAreas: Windows API, DevOps\n\nSkills: C++\n');
    expect(file.ideas[0].fields.skills?.value).toBe('C++');
  });

  it('answers the same for the same label with and without extra aliases', () => {
    const extra = { mentors: ['Point of contact person'] };
    expect(readLabel('Point of contact person', extra)?.name).toBe('mentors');
    expect(readLabel('Point of contact person', extra)?.name).toBe('mentors');
    expect(readLabel('Difficulty', extra)?.name).toBe('difficulty');
  });
});

describe('clause and attributive labels (issue 11, regression-4 and -5)', () => {
  // Syntacticus `*You need: Javascript*`, Shogun `You need know:`: what the applicant needs is the skills.
  it.each(['You need', 'You need know', 'You will need', 'Students need', 'Contributors should need'])(
    'reads the clause %j as the skills',
    (label) => {
      expect(readLabel(label)).toMatchObject({ name: 'skills', exact: true });
    },
  );

  // ASF `Special skills`, CNCF `Domain Knowledge`: one unknown word before a head any qualifier keeps; loose and vague.
  it.each<[string, string]>([
    ['Special skills', 'skills'],
    ['Domain Knowledge', 'skills'],
    ['Community mentors', 'mentors'],
    // CNCF 2026 `  - Primary Mentor: Nina Polshakova (…)`, nested under `- Mentor(s):`.
    ['Primary Mentor', 'mentors'],
    ['Secondary mentor', 'mentors'],
  ])('reads %j as a loose, vague %s label', (label, name) => {
    expect(readLabel(label)).toMatchObject({ name, exact: false, demoted: true });
  });

  // Talawa's group headings `## Primary Areas`, `## Secondary Areas` (regression-5) are no labels.
  it.each([
    'Primary Areas',
    'Secondary Areas',
    'Team size',
    'Sample output',
    'Functional requirements',
    'User experience',
    'Mentor availability',
    'You need help',
  ])('does not read %j, whose head no qualifier keeps or whose unknown word follows it', (label) => {
    expect(readLabel(label)).toBeUndefined();
  });

  it('reads `Scope` as a description that is the size when its value is a quantity', () => {
    expect(readLabel('Scope')).toMatchObject({ name: 'description', quantity: 'size' });
    expect(readLabel('Mentor suggestion')).toMatchObject({ name: 'mentors', exact: true });
  });
});

describe('slash alternatives', () => {
  // Rule of the grammar: words joined by a slash are alternatives for one thing (Unikraft's
  // `**Constraints/requirements**`), so an unknown one takes the field its known neighbour names, loosely.
  it('reads the field of the known word of a slash pair', () => {
    expect(readLabel('Constraints/requirements')).toMatchObject({ name: 'skills', exact: false });
    expect(readLabel('**Prerequisites/Constraints**')).toMatchObject({ name: 'skills', exact: false });
    expect(matchLabelStrict('Constraints/requirements')).toBeUndefined();
  });

  it('reads nothing when no word of the pair names a field, the unknown part is a phrase, or the slash is spaced', () => {
    expect(readLabel('Foo/Bar')).toBeUndefined();
    expect(readLabel('Pros/cons')).toBeUndefined();
    expect(readLabel('Constraints and requirements')).toBeUndefined();
    expect(readLabel('Some constraints/requirements')).toBeUndefined();
    // Spaced, a slash lists two sections: `Notes / Mentors` is no label.
    expect(readLabel('Constraints / requirements')).toBeUndefined();
  });
});

describe('stack and timeline heads (session 11, regression-9)', () => {
  // `## Technology Stack` (The Red Wood Lab, regression-9) and `**Tech stack:**` (OpenGov Africa, regression-7): the
  // technologies a project is built with, its skills; `tech` and `technology` qualify the head `stack`.
  it.each(['Technology Stack', 'Tech stack', 'Stack'])('reads %j as the skills', (label) => {
    expect(readLabel(label)).toMatchObject({ name: 'skills', exact: true, demoted: false });
  });

  it('does not read a stack an unknown word qualifies (`Network stack`, a component)', () => {
    expect(readLabel('Network stack')).toBeUndefined();
  });

  // Rule of the grammar (TIME_PLAN_HEADS): a timeline names the size only through a size quantity (The Red Wood
  // Lab's `**Estimated Timeline**: Approximately 175 hours`); otherwise it is a plan of weeks or dates and names no
  // field, so matchLabel, which sees no value, reads none.
  it('reads `Timeline` as a size only through its value', () => {
    expect(readLabel('Estimated Timeline')).toMatchObject({ name: 'size', quantity: 'size', quantityOnly: true });
    expect(matchLabel('Timeline')).toBeUndefined();
    expect(matchLabelStrict('Timeline')).toBeUndefined();
  });

  // metacall's `## Timeline/milestones` (regression-8): beside another head the timeline is the plan of milestones.
  it('reads a timeline joined to another head as that head only', () => {
    const found = readLabel('Timeline/milestones');
    expect(found).toMatchObject({ name: 'outcomes' });
    expect(found?.also).toBeUndefined();
    expect(found?.quantityOnly).toBeUndefined();
  });
});

// pf (regression-14): `Minimum Difficulty: low`, a plain label line under `Category: Software development`, was not
// read. A bound of the value (minimum, maximum, in English, Spanish/Portuguese and Chinese) qualifies the head as
// `estimated` does: the label names the head's field and stays exact.
describe('a bound qualifying the head', () => {
  it.each([
    ['Minimum Difficulty', 'difficulty'],
    ['Maximum size', 'size'],
    ['Minimum skills', 'skills'],
    ['Minimum required skills', 'skills'],
    ['Dificultad mínima', 'difficulty'],
    ['Duração máxima', 'size'],
    ['最低难度', 'difficulty'],
    ['最高难度', 'difficulty'],
  ])('reads %j as %s', (label, field) => {
    expect(readLabel(label)).toMatchObject({ name: field, exact: true });
  });

  it('reads the bound label as a plain line after a line that is no label', () => {
    const file = parseIdeaFile(
      'ideas.md',
      '# Ideas\n\n## 3. Speed Ups\n\nPrimary skills involved: mixed\nCategory: Software development\n' +
        'Minimum Difficulty: low\n\nEveryone knows that attracting users is easier if the code is fast.\n',
    );
    expect(file.ideas[0].fields.difficulty).toMatchObject({ label: 'Minimum Difficulty', value: 'low' });
  });
});

// SOFAStack's OSPP page (regression-14): `**项目社区导师：EvenLiu**` (project community mentor) was no label, while
// English `Community mentor` is one (an unknown qualifier before a head any qualifier keeps). The same grammar in
// Chinese: one unknown qualifier of a few characters right before 导师, 技能 or 知识, a loose label.
describe('a Chinese qualifier before a head any qualifier keeps', () => {
  it.each([
    ['开源社区导师', 'mentors'],
    ['企业导师', 'mentors'],
    ['校内导师', 'mentors'],
    ['核心技能', 'skills'],
    ['项目背景知识', 'skills'],
  ])('reads %j as %s, loosely', (label, field) => {
    expect(readLabel(label)).toMatchObject({ name: field, exact: false });
  });

  // `社区` (community) is a label modifier (OSPP's template, three lists), so these are read exactly.
  it.each(['项目社区导师', '社区导师'])('reads %j as mentors, exactly', (label) => {
    expect(readLabel(label)).toMatchObject({ name: 'mentors', exact: true });
  });

  it.each(['社区活动', '项目编号', '这是一个很长的句子导师'])('reads no label in %j', (label) => {
    expect(readLabel(label)).toBeUndefined();
  });

  it.each([
    ['**项目社区导师：EvenLiu**', 'EvenLiu'],
    ['**项目社区导师：** EvenLiu', 'EvenLiu'],
    ['项目社区导师：EvenLiu', 'EvenLiu'],
    ['- 社区导师：EvenLiu', 'EvenLiu'],
  ])('reads the mentor in %j', (line, mentor) => {
    const file = parseIdeaFile('ideas.md', `# 项目\n\n## 项目一：支持 Stream\n\n${line}\n\n**项目难度：进阶**\n`);
    expect(file.ideas[0].fields.mentors?.value).toBe(mentor);
  });
});

// A Chinese compound is named by its last head noun, as in Japanese: `技术导师` (technical mentor) is a mentor, not
// the skills its first noun `技术` names alone. `要求` (requirements) after another head names that head's demands:
// `项目产出要求` (the project's outcome requirements) is the outcomes.
describe('the last head of a Chinese compound label', () => {
  it.each([
    ['技术导师', 'mentors'],
    ['项目导师', 'mentors'],
    ['技术联系人', 'mentors'],
    ['导师联系方式', 'mentors'],
    ['项目导师联系方式', 'mentors'],
    ['技术要求', 'skills'],
    ['技能要求', 'skills'],
    ['项目技术要求', 'skills'],
    ['导师技能要求', 'skills'],
    ['项目产出要求', 'outcomes'],
    ['成果要求', 'outcomes'],
    ['技术目标', 'outcomes'],
    ['项目难度等级', 'difficulty'],
    ['技术难度', 'difficulty'],
  ])('reads %j as %s, exactly', (label, field) => {
    expect(readLabel(label)).toMatchObject({ name: field, exact: true, demoted: false });
  });

  it.each([
    ['企业导师', 'mentors'],
    ['合作导师联系方式', 'mentors'],
  ])('reads %j as %s, loosely', (label, field) => {
    expect(readLabel(label)).toMatchObject({ name: field, exact: false });
  });

  it.each([
    ['**技术导师：EvenLiu**', 'mentors', 'EvenLiu'],
    ['【技术导师】EvenLiu', 'mentors', 'EvenLiu'],
    ['- 导师技能要求：Java', 'skills', 'Java'],
  ])('reads %j as the field of its last head', (line, field, value) => {
    const file = parseIdeaFile('ideas.md', `# 项目\n\n## 项目一：支持 Stream\n\n${line}\n\n**项目难度：进阶**\n`);
    expect(file.ideas[0].fields[field as 'mentors']?.value).toBe(value);
  });
});

describe('measure nouns: the head of `Time allocation` is `time` (netZoo, regression-16)', () => {
  // A measure noun (allocation, budget, allotment, estimate) or its participle names an amount of the noun it
  // qualifies, which names the field, before or after it.
  it.each([
    ['Time allocation', 'size'],
    ['Time Allocation (hours)', 'size'],
    ['Time budget', 'size'],
    ['Time allotment', 'size'],
    ['Hours allocated', 'size'],
    ['Allocated hours', 'size'],
    ['Allotted time', 'size'],
    ['Budgeted hours', 'size'],
    ['Effort estimate', 'size'],
    ['Estimated effort', 'size'],
    ['Expected time allocation', 'size'],
  ])('reads %j as %s, exactly', (label, field) => {
    expect(readLabel(label)).toMatchObject({ name: field, exact: true });
  });

  it.each(['Budget', 'Allocation', 'Allocated', 'Budget allocation'])('reads %j alone as no field', (label) => {
    expect(readLabel(label)).toBeUndefined();
  });

  it.each([
    ['- **Time allocation**: 175', '175'],
    ['- **Time allocation**: 175 hours', '175 hours'],
    ['**Time budget:** 350', '350'],
    ['Hours allocated: 90', '90'],
    ['| Allotted time | 175 |', '175'],
  ])('reads %j as the size', (line, value) => {
    const body = `${line}\n\n- **Difficulty**: easy\n- **Mentors**: Jane <jane@example.org>\n`;
    const file = parseIdeaFile(
      'ideas.md',
      `# Ideas\n\n### Idea #1: Unit tests\n\n${body}\n### Idea #2: Docs\n\n${body}`,
    );
    expect(file.ideas).toHaveLength(2);
    for (const idea of file.ideas) expect(idea.fields.size?.value).toBe(value);
  });
});

describe('French labels, as translations of attested English words (BlueHats, regression-16)', () => {
  it.each([
    ['Langages de programmation', 'skills'],
    ['Langage de programmation', 'skills'],
    ['Compétences requises', 'skills'],
    ['Compétences techniques', 'skills'],
    ['Prérequis', 'skills'],
    ['Connaissances souhaitées', 'skills'],
    ['Résultats attendus', 'outcomes'],
    ['Résultat attendu', 'outcomes'],
    ['Livrables', 'outcomes'],
    ['Objectifs du projet', 'outcomes'],
    ['Difficulté', 'difficulty'],
    ['Niveau de difficulté', 'difficulty'],
    ['Complexité', 'difficulty'],
    ['Mentors potentiels', 'mentors'],
    ['Encadrants', 'mentors'],
    ['Tuteur', 'mentors'],
    ['Durée', 'size'],
    ['Durée estimée', 'size'],
    ['Taille du projet', 'size'],
    ['Heures', 'size'],
  ])('reads %j as %s', (label, field) => {
    expect(readLabel(label)?.name).toBe(field);
  });

  it('reads `Difficulté et durée` as two fields', () => {
    expect(readLabel('Difficulté et durée')).toMatchObject({ name: 'difficulty', also: ['size'] });
  });

  it.each([
    'Site du logiciel',
    'Son code source',
    'Idée de contribution',
    'Ministère utilisateur et porteur de la contribution',
  ])('reads %j as no field', (label) => {
    expect(readLabel(label)).toBeUndefined();
  });
});
