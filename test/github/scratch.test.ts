import { it } from 'vitest';
import { lintText } from '../../src/lint/engine.js';
import { resolveConfig } from '../../src/lint/config.js';

it('scratch', () => {
  const text = `# Ideas

## Better search for the idea list

Build a search page for the project's idea list so that applicants can filter ideas by skill and by size, read the whole description in one place, and find a mentor to talk to before they write a proposal for the program.

- Difficulty: Medium
- Outcomes: A search page merged into the website, with tests.
- Skills: JavaScript, HTML
- Size: 175 hours
- Mentors: Maria Mentor <maria@example.org>, Sam Mentor <sam@example.org>
- Verified: 2026-10-01

## Idea with problems

Improve the thing.

- Difficulty: Unknown
- Mentors: @someone
`;
  const report = lintText('ideas.md', text, resolveConfig(undefined, undefined, { today: '2026-11-25' }));
  console.log(JSON.stringify(report.findings.map(f => [f.line, f.ruleId, f.severity, f.message, f.fix]), null, 1));
  console.log(JSON.stringify(report.ideas));
});
