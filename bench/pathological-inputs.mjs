// Benchmark support (shared with test/hostile/): pathological idea files, one per family of regular
// expressions or parser construct. Each case builds a text of about `size` characters that drives its
// family's patterns into their worst case: long runs of the characters they repeat over, without the
// character that would end the match. The benchmark times each at 1× and 10× its base size.

/** One idea around a pathological body; a `Difficulty:` line after it makes it an idea (the body's own labels come first). */
export function ideaAround(body) {
  return `# Ideas\n\n## Project one\n\n${body}\n\nDifficulty: Hard\n`;
}

/** The i-th four-letter acronym: AAAA, BAAA, … (456,976 distinct). */
export function acronym(i) {
  let code = '';
  for (let k = 0; k < 4; k++) {
    code += String.fromCharCode(65 + (i % 26));
    i = Math.floor(i / 26);
  }
  return code;
}

const times = (text, size) => text.repeat(Math.max(1, Math.round(size / text.length)));

/**
 * The cases: name, the family of patterns it attacks, a builder from a size in characters to the file's text,
 * and the 1× size the benchmark uses (10× is ten times that): 50 KB where time grows linearly, so that the 1× time
 * is more than start-up; smaller where remark itself grows faster than the text.
 */
export const PATHOLOGICAL_CASES = [
  {
    name: 'separator-line',
    family: 'prose filters (URLs, emails)',
    build: (size) => ideaAround(`Skills: ${'-'.repeat(size)}`),
    size: 50_000,
  },
  {
    name: 'dotted-word',
    family: 'prose filters (URLs, emails)',
    build: (size) => ideaAround(`Expected outcomes: ${times('a.b-c_', size)}`),
    size: 50_000,
  },
  {
    name: 'obfuscated-emails',
    family: 'people, emails',
    build: (size) => ideaAround(`Mentors: Jane Doe ${times('a(at)b(dot)', size)}`),
    size: 50_000,
  },
  {
    name: 'spelled-out-emails',
    family: 'people, emails',
    build: (size) => ideaAround(`Mentors: Jane Doe ${times('jane at example dot ', size)}org`),
    size: 50_000,
  },
  {
    name: 'mentor-list',
    family: 'people, emails',
    build: (size) => ideaAround(`Mentors: ${times('Jane Doe <jane@example.org>, @jdoe, ', size)}`),
    size: 50_000,
  },
  {
    name: 'handles',
    family: 'people',
    build: (size) => ideaAround(`Mentors: ${times('@a', size)}`),
    size: 50_000,
  },
  {
    name: 'acronyms-one-line',
    family: 'acronyms',
    build: (size) =>
      ideaAround(`Description: ${Array.from({ length: Math.round(size / 5) }, (_, i) => acronym(i)).join(' ')}`),
    size: 50_000,
  },
  {
    name: 'acronyms-paragraphs',
    family: 'acronyms',
    build: (size) =>
      ideaAround(
        Array.from({ length: Math.round(size / 50) }, (_, line) =>
          Array.from({ length: 10 }, (_, i) => acronym(line * 10 + i)).join(' '),
        ).join('\n\n'),
      ),
    size: 5_000,
  },
  {
    name: 'dates',
    family: 'dates',
    build: (size) => ideaAround(`Verified: ${times('1/', size)}\n\nInserted: ${times('may ', size)}2014x`),
    size: 25_000,
  },
  {
    name: 'size',
    family: 'size',
    build: (size) => ideaAround(`Size: ${times('1-', size)}hours\n\nProject size: ${times('175 ', size)}`),
    size: 25_000,
  },
  {
    name: 'difficulty',
    family: 'difficulty',
    build: (size) => ideaAround(`Difficulty: ${times('easy-', size)}\n\nLevel: ${times('hard / ', size)}`),
    size: 25_000,
  },
  {
    name: 'labels',
    family: 'labels',
    build: (size) => ideaAround(`**Difficulty${times(' :', size / 2)}x:** Hard\n\n${times('- Skills: a\n', size / 2)}`),
    size: 50_000,
  },
  {
    name: 'disable-comments',
    family: 'disable comments',
    // Closed directives in one HTML block, then unclosed ones up to the end of the file.
    build: (size) =>
      `${ideaAround('Difficulty: Hard')}\n<!-- ${times('idea-lint-enable --> <!-- ', size / 2)}-->\n\n${times('<!-- idea-lint-disable missing-outcomes ', size / 2)}\n`,
    size: 50_000,
  },
  {
    name: 'links',
    family: 'term definitions (links)',
    build: (size) => ideaAround(`Description: ${times('[ABC](https://example.org) and XYZ ', size)}`),
    size: 20_000,
  },
  {
    name: 'code-spans',
    family: 'acronyms (skipped code)',
    build: (size) => ideaAround(`Description: ${times('`x` ABCD, ', size)}`),
    size: 20_000,
  },
  {
    name: 'brackets',
    family: 'markup to text (links)',
    build: (size) => ideaAround(`Skills: ${times('![[', size)}`),
    size: 20_000,
  },
  {
    name: 'many-ideas',
    family: 'ideas, duplicate titles',
    build: (size) =>
      `# Ideas\n\n${times('## Same title\n\nDifficulty: Hard\nMentors: Jane Doe <jane@example.org>\n\n', size)}`,
    size: 50_000,
  },
  {
    name: 'nested-quotes',
    family: 'deep nesting',
    build: (size) => ideaAround(`${'>'.repeat(size)} Mentors: Jane Doe`),
    // 10× stays under the depth where remark's recursion exceeds the stack (test/hostile/ goes past it).
    size: 300,
  },
  {
    name: 'nested-lists',
    family: 'deep nesting',
    build: (size) => ideaAround(`${times('- ', size)}Mentors: Jane Doe`),
    size: 200,
  },
  {
    name: 'setext-headings',
    family: 'Markdown (setext headings)',
    build: (size) => `Ideas\n=====\n\n${times('Project\n-------\n\nDifficulty: Hard\n\n', size)}`,
    size: 4_000,
  },
];
