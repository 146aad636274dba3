// Test support (property tests): arbitrary idea-list Markdown from a grammar of what real lists contain —
// headings, labels in their many spellings, lists, tables, front matter, HTML, emoji, links — joined by
// LF, CRLF, lone CR or a mix, sometimes behind a byte order mark, with stray characters mixed in.
import fc from 'fast-check';

const word = fc.constantFrom(
  'Xen',
  'toolstack',
  'PVSCSI',
  'QEMU',
  'the',
  'of',
  'API',
  'mentor',
  'Rust',
  'é',
  'naïve',
  '日本',
  '2024',
  '01/22/2013',
  '@jdoe',
  'https://example.org/a_b',
  'jane@example.org',
  'a(at)b(dot)org',
  '`code`',
  '**bold**',
  '_em_',
  '[link](https://x.org)',
  '![img](i.png)',
  '<br>',
  '&amp;',
  '👨🏻‍💻',
  '🟢',
  '(',
  ')',
  '[',
  ']',
  '|',
  ':',
  '#',
  '-',
  '*',
  '>',
  '\\',
);

const phrase = fc.array(word, { minLength: 0, maxLength: 8 }).map((words) => words.join(' '));
const stray = fc.string({ unit: 'binary', maxLength: 4 });

const label = fc.constantFrom(
  'Difficulty',
  'Mentors',
  'Mentor(s)',
  'Possible mentors',
  'Skills',
  'Skills needed',
  'Expected outcomes',
  'Outcomes',
  'Size',
  'Project size',
  'Expected size of project',
  'Complexity',
  'Verified',
  'Inserted',
  'GSoC',
  'Outreachy',
  'Review',
  'Issue',
  'Description',
  'Level',
  'Duration',
  'Effort',
);

const value = fc.oneof(
  phrase,
  fc.constantFrom(
    'Easy',
    'Medium',
    'Hard',
    'easy/medium',
    '🔴 Hard',
    '175 hours',
    '350h',
    'Medium (175 hours)',
    '90-175 hours',
    'Jane Doe <jane@example.org>, @jdoe',
    'Jane Doe (jane at example dot org)',
    '[Jane](mailto:jane@example.org)',
    '2024-02-30',
    'May 2014',
    'Yes',
    'Unknown',
    'TBD',
    '',
  ),
);

const labelLine = fc.oneof(
  fc.tuple(label, value).map(([l, v]) => `${l}: ${v}`),
  fc.tuple(label, value).map(([l, v]) => `**${l}:** ${v}`),
  fc.tuple(label, value).map(([l, v]) => `**${l}**: ${v}`),
  fc.tuple(label, value).map(([l, v]) => `- ${l}: ${v}`),
  fc.tuple(label, value).map(([l, v]) => `* __${l}__ - ${v}`),
  fc.tuple(label, value).map(([l, v]) => `> ${l} 👨🏻‍💻 ${v}`),
  fc.tuple(label, value).map(([l, v]) => `|${l}|${v}|`),
  fc.tuple(label, value, label, value).map(([a, b, c, d]) => `${a}: ${b}; ${c}: ${d}`),
);

/** Titles: random, or from a few that repeat (duplicate titles) or name a past year. */
const title = fc.oneof(phrase, fc.constantFrom('Project one', 'Project two', 'GSoC 2019 ideas', 'Improve the API'));
const heading = fc
  .tuple(fc.integer({ min: 1, max: 6 }), title)
  .map(([depth, title]) => `${'#'.repeat(depth)} ${title || 'Project'}`);
const setextHeading = fc
  .tuple(phrase, fc.constantFrom('===', '---'))
  .map(([title, rule]) => `${title || 'Idea'}\n${rule}`);

const list = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.oneof(labelLine, phrase)), { minLength: 1, maxLength: 5 })
  .map((items) => items.map(([depth, item]) => `${'  '.repeat(depth)}${depth % 2 ? '*' : '-'} ${item}`).join('\n'));

const table = fc
  .tuple(fc.array(fc.tuple(label, value), { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([cells, transposed]) =>
    transposed
      ? `| Field | Value |\n|---|:-:|\n${cells.map(([l, v]) => `| ${l} | ${v} |`).join('\n')}`
      : `| ${cells.map(([l]) => l).join(' | ')} |\n|${cells.map(() => '---').join('|')}|\n| ${cells.map(([, v]) => v).join(' | ')} |`,
  );

const html = fc.constantFrom(
  '<details><summary>More</summary>\n\nDifficulty: Hard\n\n</details>',
  '<!-- idea-lint-disable missing-outcomes -->',
  '<!-- idea-lint-disable-next-line -->',
  '<!-- idea-lint-enable -->',
  '<!-- idea-lint-disable-file unknown-difficulty',
  '<table><tr><td>Mentors</td><td>Jane</td></tr></table>',
  '<abbr title="Xen Cloud Platform">XCP</abbr>',
  '<br/>',
);

const block = fc.oneof(
  { arbitrary: heading, weight: 3 },
  { arbitrary: setextHeading, weight: 1 },
  { arbitrary: labelLine, weight: 5 },
  { arbitrary: phrase, weight: 3 },
  { arbitrary: list, weight: 2 },
  { arbitrary: table, weight: 1 },
  { arbitrary: html, weight: 1 },
  { arbitrary: fc.constantFrom('```\nDifficulty: Hard\n```', '    indented code', '---', '***', ''), weight: 1 },
  { arbitrary: stray, weight: 1 },
);

const frontMatter = fc.oneof(
  fc.constant(''),
  fc
    .tuple(phrase, value)
    .map(([title, difficulty]) => `---\ntitle: ${title || 'Idea'}\ndifficulty: ${difficulty}\n---\n`),
  fc.constantFrom('---\ntitle: [unclosed\n---\n', '---\n: : :\n---\n', '---\nmentors:\n  - Jane\n---\n', '---\n'),
);

/** A whole idea file: optional BOM and front matter, blocks, one kind of line ending. */
export const ideaMarkdown = fc
  .tuple(
    fc.boolean(),
    frontMatter,
    fc.array(block, { minLength: 0, maxLength: 25 }),
    fc.constantFrom('\n', '\n', '\r\n', '\r', 'mixed'),
    fc.constantFrom('\n', '\n\n'),
  )
  .map(([bom, front, blocks, eol, gap]) => {
    const text = `${bom ? '\uFEFF' : ''}${front}${blocks.join(gap)}`;
    return eol === 'mixed' ? text : text.replace(/\r\n|\r|\n/g, eol);
  });
