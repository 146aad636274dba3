import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../../rules/undefined-terms/check-terms.js';
import { lineStarts } from '../../../src/lint/rule-kit.js';
import { parseIdeaFile } from '../../../src/parse/index.js';

const check = { minLength: 2, maxLength: 8, isKnown: () => false };

describe('findUndefinedTerms', () => {
  it('places a use whose text has no source position at the idea’s title, never at the top of the file', () => {
    const text = '# Ideas\n\nIntro.\n\n## Port the driver\n\nDifficulty: Medium\nSize: 175 hours\n';
    const file = parseIdeaFile('ideas.md', text);
    const idea = file.ideas[0];
    // A body node built without positions (as a plugin or a synthetic node would be).
    idea.body = [{ type: 'paragraph', children: [{ type: 'text', value: 'Port PVSCSI to xl.' }] }];
    const [use] = findUndefinedTerms(idea, file, lineStarts(text), check);
    expect(use.term).toBe('PVSCSI');
    expect(use.position.start.line).toBe(5);
    expect(use.exact).toBe(false);
  });
});
