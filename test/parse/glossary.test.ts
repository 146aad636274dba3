import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';

describe('glossary', () => {
  it('reads `ABBR: expansion` lines, bold terms with dashes and table rows', () => {
    const text = [
      '# Ideas',
      '## Some idea\n\nUses AER and PVSCSI.\n\nDifficulty: Hard\nMentors: Jane',
      '## Glossary\n\n- AER: Advanced Error Reporting\n- **PVSCSI** – Paravirtual SCSI\n- __DMA__ - Direct Memory Access.\n\nKDD: Windows Debugger Stub',
      '## Acronyms\n\n| Term | Meaning |\n|---|---|\n| HEP | high-energy physics |',
    ].join('\n\n');
    const file = parseIdeaFile('ideas.md', text);
    expect(file.glossary).toEqual({
      AER: 'Advanced Error Reporting',
      PVSCSI: 'Paravirtual SCSI',
      DMA: 'Direct Memory Access',
      KDD: 'Windows Debugger Stub',
      HEP: 'high-energy physics',
    });
    expect(file.ideas.map((idea) => idea.title)).toEqual(['Some idea']);
  });

  it('stops at the next heading of the same depth', () => {
    const file = parseIdeaFile(
      'ideas.md',
      '## Terminology\n\nCI: continuous integration\n\n## Other\n\nOS: not a glossary entry\n',
    );
    expect(file.glossary).toEqual({ CI: 'continuous integration' });
  });

  it('is empty when the file has no glossary section', () => {
    expect(parseIdeaFile('ideas.md', '## Idea\n\nAPI: something\n').glossary).toEqual({});
  });
});
