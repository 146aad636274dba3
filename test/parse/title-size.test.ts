import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';
import { readTitleSize } from '../../src/parse/title-size.js';

// Layout: the idea's length in a parenthesis closing its title (MariaDB's GSoC 2022 items, regression-11: `[MDEV-17467](…)
// Add linear regression functions (Full-time project - 350h)\`). Grammar: a closing parenthesis that states a length
// (a figure with a unit of time, or part-/full-time) is the size when no field gives one; a level alone is not.
describe('a size in the title', () => {
  const size = (title: string): string | undefined => {
    const raw = readTitleSize(title, 0, title.length);
    return raw ? title.slice(raw.valueStart, raw.valueEnd) : undefined;
  };

  it('reads hours, weeks and schedule words, and the last balanced group', () => {
    expect(size('Add linear regression functions (Full-time project - 350h)\\')).toBe('Full-time project - 350h');
    expect(size('Create utility (Full-time project - potential part-time (175 - 350h, depending on scope))')).toBe(
      'Full-time project - potential part-time (175 - 350h, depending on scope)',
    );
    expect(size('Better Grid view (Python / Javascript / Web Dev ( Full-time project 350h)')).toBe(
      ' Full-time project 350h',
    );
    expect(size('Faster parser (175 hours)')).toBe('175 hours');
    expect(size('Port the docs (**12 weeks**)')).toBe('**12 weeks**');
  });

  it('reads no level, code or other parenthesis as a size', () => {
    expect(size('Enhanced Speed Test Results (Medium)')).toBeUndefined();
    expect(size('MPEG-4 decoder (4)')).toBeUndefined();
    expect(size('Upgrade to Python 3 (part 2)')).toBeUndefined();
    expect(size('Traceroute visualization (continuation of GSoC’24)')).toBeUndefined();
    expect(size('Faster parser')).toBeUndefined();
  });

  it('gives the idea its size only when no field does', () => {
    const text = `## Ideas

### Faster parser (Part-time project - 175h)

Rewrite the parser. **Mentors:** Jane Doe

### Plugin system (350 hours)

Add plugins.

**Project size:** 90 hours
`;
    const ideas = parseIdeaFile('ideas.md', text).ideas;
    expect(ideas.map((idea) => idea.fields.size?.value)).toEqual(['Part-time project - 175h', '90 hours']);
  });
});
