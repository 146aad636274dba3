import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';
import type { IdeaFile, Position } from '../../src/parse/types.js';

const xenLike =
  '## Utilize QuickData\n\nDate of insert: 01/22/2013; Verified: Not updated in 2016; GSoC: Yes\nTechnical contact: Konrad <konrad@example.org>\nDifficulty: High\n';

/** Every position of the file lies inside its text, start before end, and offsets match lines and columns. */
function expectPositionsInside(file: IdeaFile): void {
  const check = (position: Position | undefined): void => {
    if (!position) return;
    expect(position.start.offset).toBeGreaterThanOrEqual(0);
    expect(position.end.offset).toBeLessThanOrEqual(file.text.length);
    expect(position.start.offset).toBeLessThanOrEqual(position.end.offset);
  };
  for (const idea of file.ideas) {
    check(idea.position);
    check(idea.titlePosition);
    for (const field of Object.values(idea.fields)) {
      check(field?.labelPosition);
      check(field?.valuePosition);
    }
  }
}

describe('parseIdeaFile', () => {
  it('returns the path, the text, the tree and the ideas', () => {
    const file = parseIdeaFile('ideas/xen.md', xenLike);
    expect(file.path).toBe('ideas/xen.md');
    expect(file.text).toBe(xenLike);
    expect(file.tree.type).toBe('root');
    expect(file.ideas).toHaveLength(1);
    expect(file.notices).toEqual([]);
    expect(file.glossary).toEqual({});
  });

  it.each([
    ['an empty file', ''],
    ['only whitespace', '  \n\n\t\n'],
    ['only front matter', '---\ntitle: Nothing here\n---\n'],
    ['only a heading', '# Ideas\n'],
    ['NUL bytes', '## Idea\u0000\n\nDifficulty:\u0000 Hard\u0000\nMentors: \u0000'],
    ['binary noise', String.fromCharCode(...Array.from({ length: 2000 }, (_, index) => (index * 7919) % 256))],
    ['a huge line', `## Idea\n\nDescription: ${'word '.repeat(50_000)}\nMentors: Jane`],
    ['deep quote nesting', `${'> '.repeat(2_000)}Difficulty: Hard`],
    ['deep list nesting', Array.from({ length: 150 }, (_, index) => `${'  '.repeat(index)}- Mentors: x`).join('\n')],
    ['an unclosed fence', '## Idea\n\n```\nDifficulty: Hard\n'],
    ['lone surrogates', '## Idea \ud800\n\nMentors: \udc00 Jane\nDifficulty: Hard'],
  ])('never throws on %s', (_name, text) => {
    const file = parseIdeaFile('odd.md', text);
    expect(Array.isArray(file.ideas)).toBe(true);
    expect(file.text).toBe(text);
    expectPositionsInside(file);
  });

  it('treats a missing text as an empty file', () => {
    const file = parseIdeaFile('odd.md', undefined as unknown as string);
    expect(file.ideas).toEqual([]);
    expect(file.text).toBe('');
  });

  it('turns an internal failure into a notice and no ideas', () => {
    const options = {
      get fields(): never {
        throw new Error('boom');
      },
    };
    const file = parseIdeaFile('ideas.md', xenLike, options);
    expect(file.ideas).toEqual([]);
    expect(file.notices).toEqual([
      { message: 'The ideas in this file could not be read (boom), so none were checked.', line: 1, column: 1 },
    ]);
    expect(file.tree.type).toBe('root');
  });

  it('keeps positions right with CRLF line endings', () => {
    const text = xenLike.replace(/\n/g, '\r\n');
    const [idea] = parseIdeaFile('xen.md', text).ideas;
    expect(idea.fields.difficulty?.value).toBe('High');
    expect(idea.fields.difficulty?.valuePosition?.start).toMatchObject({ line: 5, column: 13 });
    expect(
      text.slice(
        idea.fields.difficulty?.valuePosition?.start.offset,
        idea.fields.difficulty?.valuePosition?.end.offset,
      ),
    ).toBe('High');
    expect(idea.fields.program?.value).toBe('Yes');
  });

  it('keeps positions right with lone CR line endings', () => {
    const text = xenLike.replace(/\n/g, '\r');
    const [idea] = parseIdeaFile('xen.md', text).ideas;
    expect(idea.fields.mentors?.valuePosition?.start).toMatchObject({ line: 4, column: 20 });
    expect(idea.fields.mentors?.value).toBe('Konrad <konrad@example.org>');
  });

  it('keeps offsets right after a byte order mark', () => {
    const text = `\ufeff---\ntitle: With BOM\ndifficulty: easy\n---\n\nMentors: Jane\n`;
    const file = parseIdeaFile('bom.md', text);
    const [idea] = file.ideas;
    expect(idea.title).toBe('With BOM');
    expect(text.slice(idea.titlePosition.start.offset, idea.titlePosition.end.offset)).toBe('With BOM');
    expect(
      text.slice(idea.fields.mentors?.valuePosition?.start.offset, idea.fields.mentors?.valuePosition?.end.offset),
    ).toBe('Jane');
    const heading = parseIdeaFile('bom.md', `\ufeff${xenLike}`);
    expect(heading.ideas[0].titlePosition.start).toMatchObject({ line: 1, column: 5, offset: 4 });
    expect(heading.tree.children[0].position?.start.offset).toBe(1);
  });

  it('accepts extra label aliases through options', () => {
    const text = '## Idea\n\nWhat you will build: a parser\n\nDifficulty: Hard\n';
    expect(parseIdeaFile('ideas.md', text).ideas[0].fields.outcomes).toBeUndefined();
    const file = parseIdeaFile('ideas.md', text, { fields: { outcomes: ['What you will build'] } });
    expect(file.ideas[0].fields.outcomes?.value).toBe('a parser');
  });

  it('never throws and keeps every position inside the file, whatever the input', () => {
    const fragment = fc.constantFrom(
      '## Idea',
      '### Sub',
      '# Top',
      'Difficulty: Hard',
      '- Mentors: Jane',
      '**Description**',
      '**Hours: 350**',
      '> Complexity 👨🏻‍💻',
      '| Title | X |',
      '|---|---|',
      '| Mentor | Y |',
      '---',
      '```',
      '<br>',
      '- ',
      '  - nested: x',
      'Outcomes:',
      '* item',
      '\t',
      '',
      'title: x',
      '...',
      '<!-- TOC -->',
      '\r',
      '\u0000',
      '_Difficulty:_ Medium',
      'Date of insert: 1/2/3; Verified: no; GSoC: Yes',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fragment, fc.string({ maxLength: 20 })), { maxLength: 40 }),
        fc.constantFrom('\n', '\r\n', '\r', '\n\n'),
        (parts, eol) => {
          const file = parseIdeaFile('fuzz.md', parts.join(eol));
          expectPositionsInside(file);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('French typography: a space before the colon', () => {
  // French sets a space (often a no-break one, U+00A0, or a narrow one, U+202F) before `:` `;` `?` `!`. Every label
  // reader accepts it, whatever the language of the labels (BlueHats' `**Langages de programmation** : Javascript`,
  // regression-16).
  const SPACES = [' ', '\u00a0', '\u202f', '&nbsp;'];
  const FORMS: [string, (s: string, d: string, m: string, z: string) => string][] = [
    ['plain lines', (s, d, m, z) => `${d}${s}: Hard\n\n${m}${s}: Jane Doe <jane@example.org>\n\n${z}${s}: 175 hours\n`],
    [
      'bold, colon inside',
      (s, d, m, z) => `**${d}${s}:** Hard\n\n**${m}${s}:** Jane Doe <jane@example.org>\n\n**${z}${s}:** 175 hours\n`,
    ],
    [
      'bold, colon after',
      (s, d, m, z) => `**${d}**${s}: Hard\n\n**${m}**${s}: Jane Doe <jane@example.org>\n\n**${z}**${s}: 175 hours\n`,
    ],
    [
      'italic, colon after',
      (s, d, m, z) => `_${d}_${s}: Hard\n\n_${m}_${s}: Jane Doe <jane@example.org>\n\n_${z}_${s}: 175 hours\n`,
    ],
    [
      'list items',
      (s, d, m, z) => `- ${d}${s}: Hard\n- ${m}${s}: Jane Doe <jane@example.org>\n- ${z}${s}: 175 hours\n`,
    ],
    [
      'bold list items',
      (s, d, m, z) => `* **${d}**${s}: Hard\n* **${m}**${s}: Jane Doe <jane@example.org>\n* **${z}**${s}: 175 hours\n`,
    ],
    [
      'one line, semicolons',
      (s, d, m, z) => `${d}${s}: Hard${s}; ${m}${s}: Jane Doe <jane@example.org>${s}; ${z}${s}: 175 hours\n`,
    ],
    [
      'bold labels on one line',
      (s, d, m, z) => `**${d}**${s}: Hard · **${m}**${s}: Jane Doe <jane@example.org> · **${z}**${s}: 175 hours\n`,
    ],
    [
      'label headings',
      (s, d, m, z) =>
        `#### ${d}${s}:\n\nHard\n\n#### ${m}${s}:\n\nJane Doe <jane@example.org>\n\n#### ${z}${s}:\n\n175 hours\n`,
    ],
    [
      'bold labels alone',
      (s, d, m, z) =>
        `**${d}${s}:**\n\nHard\n\n**${m}**${s}:\n\nJane Doe <jane@example.org>\n\n**${z}${s}:**\n\n175 hours\n`,
    ],
    [
      'table rows',
      (s, d, m, z) =>
        `| | |\n|---|---|\n| ${d}${s}: | Hard |\n| ${m}${s}: | Jane Doe <jane@example.org> |\n| ${z}${s}: | 175 hours |\n`,
    ],
  ];
  const LANGUAGES: [string, string, string][] = [
    ['Difficulty', 'Mentors', 'Project size'],
    ['Difficulté', 'Encadrants', 'Durée estimée'],
    ['Niveau de difficulté', 'Tuteur', 'Taille du projet'],
    ['Dificultad', 'Mentores', 'Duración'],
  ];
  const cases = FORMS.flatMap(([form, write]) =>
    SPACES.flatMap((space) =>
      LANGUAGES.map((labels) => [form, JSON.stringify(space), labels.join(' / '), write(space, ...labels)]),
    ),
  );

  it.each(cases)('reads %s with %s before the colon: %s', (_form, _space, _labels, body) => {
    const file = parseIdeaFile('ideas.md', `# Ideas\n\n## Faster parser\n\n${body}\n## Slower parser\n\n${body}`);
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Faster parser', 'Slower parser']);
    for (const idea of file.ideas) {
      expect(idea.fields.difficulty?.value).toMatch(/^Hard/);
      expect(idea.fields.mentors?.value).toMatch(/^Jane Doe/);
      expect(idea.fields.size?.value).toMatch(/^175 hours/);
    }
    expect(file.text).toContain(body.split('\n')[0]);
  });

  it('reads title labels with a space before the colon', () => {
    for (const space of SPACES) {
      const block = (title: string): string =>
        `**Titre du projet${space}:** ${title}\n**Difficulté${space}:** Facile\n**Encadrant${space}:** Jane <jane@example.org>\n**Durée${space}:** 175 heures\n`;
      const file = parseIdeaFile('ideas.md', `# Idées\n\n${block('Analyseur rapide')}\n${block('Analyseur lent')}`);
      expect(file.ideas.map((idea) => [idea.title, idea.fields.difficulty?.value])).toEqual([
        ['Analyseur rapide', 'Facile'],
        ['Analyseur lent', 'Facile'],
      ]);
    }
  });

  it('reads the French labels of a list written in French (BlueHats, regression-16)', () => {
    const idea = (title: string): string =>
      `## ${title} : améliorer l'outil\n\n**Site du logiciel** : [site](https://example.org)\n\n` +
      `**Langages de programmation** : Javascript (React.js)\n\n**Compétences requises**\u00a0: Git\n\n` +
      `**Résultats attendus** : un module\n\n**Niveau de difficulté** : moyen\n\n**Encadrants** : Jane <jane@example.org>\n\n` +
      `**Durée** : 350 heures\n\n**Idée de contribution** : L'idée est de faciliter la réalisation des audits.\n`;
    const file = parseIdeaFile('propositions.md', `# Propositions\n\n${idea('Assistant')}\n${idea('Mercator')}`);
    expect(file.ideas).toHaveLength(2);
    for (const found of file.ideas)
      expect(
        Object.fromEntries(Object.entries(found.fields).map(([name, field]) => [name, field?.label])),
      ).toMatchObject({
        skills: 'Langages de programmation',
        outcomes: 'Résultats attendus',
        difficulty: 'Niveau de difficulté',
        mentors: 'Encadrants',
        size: 'Durée',
      });
  });
});
