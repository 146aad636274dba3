import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';

const ideas = (text: string) => parseIdeaFile('ideas.md', text).ideas;

describe('list items introduced by a lead-in naming ideas', () => {
  it('reads one-line items as ideas titled by their text (libsim)', () => {
    const text =
      'Ideas for Google Summer of Code 2014\n======\n\nLibsim is a dictionary of similarity (distance) functions.\n\n' +
      'Some of the ideas that we propose: \n\n* Add new distance functions using the Encyclopedia of distance ' +
      'functions by Desa et al. \n* Improve test cases \n* Add a new distance learning technique.\n';
    expect(ideas(text).map((idea) => idea.title)).toEqual([
      'Add new distance functions using the Encyclopedia of distance functions by Desa et al',
      'Improve test cases',
      'Add a new distance learning technique',
    ]);
  });

  it('titles `Name: description` items by their name and reads their inline bold labels (IntelliHome)', () => {
    const text =
      '#Google Summer of Code\n\nThis brings to you the decision of what you might want to do, here few ideas, but ' +
      'new proposal are welcome too:\n\n* Web Interface: Developing a Web interface and an API - **Difficulty:** ' +
      '*medium*\n* the network auto-configurator (probing the configurations) - **Difficulty:** *easy* this means ' +
      "that can't be the only task\n* Language System for plugins: unify plugin language interface - " +
      '**Difficulty:** *easy*\n';
    const found = ideas(text);
    expect(found.map((idea) => idea.title)).toEqual([
      'Web Interface',
      'the network auto-configurator (probing the configurations)',
      'Language System for plugins',
    ]);
    expect(found.map((idea) => idea.fields.difficulty?.value)).toEqual(['medium', 'easy', 'easy']);
    expect(found[0].fields.description?.value).toContain('Developing a Web interface and an API');
  });

  it('does not read a list after a lead-in that names no ideas, or one in a section about something else', () => {
    const items = '\n\n* Add new distance functions using the Encyclopedia\n* Improve test cases\n';
    expect(ideas(`# Libsim\n\nThe work of the project is envisaged to be:${items}`)).toEqual([]);
    expect(ideas(`# Results\n\n## Before\n\n### Misses, by kind\n\nIdeas not found (32):${items}`)).toEqual([]);
  });

  it('does not read a list of links to ideas described elsewhere (Zarr)', () => {
    const text =
      'We also have other project ideas that contributors could work on. They are listed below:\n\n' +
      '- [Tree Bottleneck](https://github.com/zarr-developers/zarr-python/issues/224)\n' +
      '- [Transactions](https://github.com/zarr-developers/zarr-python/issues/247)\n';
    expect(ideas(text)).toEqual([]);
  });
});
