import { describe, expect, it } from 'vitest';
import { readInlineLabels } from '../../src/parse/inline-labels.js';

const read = (text: string) =>
  readInlineLabels(text, 0, text.length, {}).map((field) => [field.name, text.slice(field.valueStart, field.valueEnd)]);

describe('readInlineLabels', () => {
  it('reads a bold label after a dash, its value the emphasis after it (IntelliHome)', () => {
    expect(read('Web Interface: Developing a Web interface and an API - **Difficulty:** *medium*')).toEqual([
      ['difficulty', '*medium*'],
    ]);
    expect(read('the network auto-configurator - **Difficulty:** *easy* this means that')).toEqual([
      ['difficulty', '*easy*'],
    ]);
    expect(read('see [Cv](https://metacpan.org/pod/Cv) -**Difficulty:** *medium/high*')).toEqual([
      ['difficulty', '*medium/high*'],
    ]);
  });

  it('leaves a label at the start of a line, bold words in a sentence and unknown labels alone', () => {
    expect(read('**Difficulty:** medium')).toEqual([]);
    expect(read('This is **really important:** for us')).toEqual([]);
    expect(read('Something - **Note:** read it')).toEqual([]);
  });
});
