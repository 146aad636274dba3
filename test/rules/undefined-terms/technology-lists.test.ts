import { describe, expect, it } from 'vitest';
import { findUndefinedTerms } from '../../../rules/undefined-terms/check-terms.js';
import { listedAsTechnology } from '../../../rules/undefined-terms/technology-lists.js';
import { lineStarts } from '../../../src/lint/rule-kit.js';
import { parseIdeaFile } from '../../../src/parse/index.js';

/** Whether the first `term` of `text` reads as listed among named technologies. */
function listed(text: string, term: string): boolean {
  const start = text.indexOf(term);
  return listedAsTechnology(text, start, start + term.length);
}

describe('listedAsTechnology: a term in a label’s list beside a product’s plain name', () => {
  it.each([
    ['**Knowledge Prerequisites:** Java, GWT, Javascript.', 'GWT'],
    ['- **Needed Skills:** Rust, WGPU, computer graphics, shader programming', 'WGPU'],
    ['- **Image Processing**: OpenCV, PIL for image handling and augmentation.', 'PIL'],
    ['Skills: Python and XQZ', 'XQZ'],
    ['* Skills/tech: WEBGL,  JavaScript, Experience using p5.js', 'WEBGL'],
    ['__Tech stack__: Node.js / QZX / Postgres', 'QZX'],
    ['Compétences : Java ; GWT ; SQL', 'GWT'],
    ['| **Required Skills** | ReactJS, QZX, TypeScript |', 'QZX'],
    ['Intro line.\n1. Tools: Docker & KZQ', 'KZQ'],
  ])('%s names %s as a technology', (text, term) => {
    expect(listed(text, term)).toBe(true);
  });

  it.each([
    // No plain name beside it: a list of acronyms says nothing of what they are.
    ['Skills: ASR, LLM, TTS', 'LLM'],
    ['Skills: QZX, computer graphics', 'QZX'],
    // Not an item of its own: a word of a phrase.
    ['Skills: Java, experience with QZX pipelines', 'QZX'],
    ['Skills: Java, QZX-based tools', 'QZX'],
    // Prose, not a label's list.
    ['We port Java, GWT and Javascript code.', 'GWT'],
    // Before the label's colon: the label itself.
    ['QZX support: Java, Python', 'QZX'],
    // A table row's label cell.
    ['| QZX | Java, Python |', 'QZX'],
  ])('%s does not name %s as a technology', (text, term) => {
    expect(listed(text, term)).toBe(false);
  });
});

describe('findUndefinedTerms with technology lists', () => {
  const check = { minLength: 2, maxLength: 8, isKnown: () => false };
  const terms = (body: string): string[] => {
    const text = `# Ideas\n\nIntro.\n\n## Port the editor\n\n${body}\n`;
    const file = parseIdeaFile('ideas.md', text);
    return findUndefinedTerms(file.ideas[0], file, lineStarts(text), check).map((use) => use.term);
  };

  it('is silent on a term the skills line lists beside Java', () => {
    expect(terms('Port the editor to the new API design.\n\n**Skills:** Java, GWT, Javascript')).not.toContain('GWT');
  });

  it('still checks a later use of the term in the idea’s prose', () => {
    expect(terms('**Skills:** Java, GWT, Javascript\n\nWe then rewrite the GWT widgets.')).toContain('GWT');
  });

  it('flags a term listed among acronyms only', () => {
    expect(terms('Port the editor.\n\n**Skills:** QZX, KZQ')).toContain('QZX');
  });
});

describe('listedAsTechnology: prose and remarks are no list', () => {
  it.each([
    // A sentence after a label: its Title Case words are no products.
    [
      'Description: As the Koordinator scheduler grows plugins (NUMA, Device Sharing, Reservation), it drives mixes (LSR/LS/BE, gang, reservations, GPU sharing) at scale.',
      'LS',
    ],
    ['Outcome: Native integration of agent sandbox runtimes with Koordinator classes, VF, and Kata templates', 'VF'],
    // Inside a parenthesis of acronyms only, whatever the names outside it.
    ['Skills: Koordinator QoS classes (LSR, LS, BE), Java', 'LS'],
  ])('%s does not name %s', (text, term) => {
    expect(listed(text, term)).toBe(false);
  });

  it.each([
    ['- **Needed Skills:** Rust, web (Svelte, QZX, TypeScript)', 'QZX'],
    ['Skills: Java (GWT, Swing), SQL', 'GWT'],
    ['Skills: Python 3.10+, Docker, QZX (for testing), Git', 'QZX'],
  ])('%s names %s', (text, term) => {
    expect(listed(text, term)).toBe(true);
  });
});

describe('listedAsTechnology: a parenthesis in prose is no list of technologies', () => {
  it.each([
    [
      '**A Modular Mapping**:- Create a formal specification that translates core functionality of selected OGC APIs (Features, Records, EDR) into concepts.',
      'EDR',
    ],
    [
      '- Description: As the Koordinator scheduler grows additional plugins (NUMA, Device Sharing, Reservation, Coscheduling, ElasticQuota), the project needs a harness.',
      'NUMA',
    ],
  ])('%s does not name %s', (text, term) => {
    expect(listed(text, term)).toBe(false);
  });
});

describe('listedAsTechnology on a long line', () => {
  it('reads no further than a window around the use, in time bounded per use', () => {
    const line = `Skills: Java, ${Array.from({ length: 20000 }, (_, i) => `Q${String.fromCharCode(65 + (i % 26))}Z`).join(', ')}`;
    const started = performance.now();
    let at = line.indexOf('Q');
    let count = 0;
    while (at >= 0 && count < 20000) {
      listedAsTechnology(line, at, at + 3);
      at = line.indexOf('Q', at + 3);
      count++;
    }
    expect(count).toBe(20000);
    expect(performance.now() - started).toBeLessThan(2000);
    // Near the label, in a short line, the list is still read.
    expect(listed('Skills: Java, QZX', 'QZX')).toBe(true);
  });
});
