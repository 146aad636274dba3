import { describe, expect, it } from 'vitest';
import { DEFAULT_IGNORES } from '../../src/lint/config.js';
import { createFileFilter } from '../../src/lint/file-filter.js';

const filter = (files: string[], ignores: string[] = [], naming?: string[]) =>
  createFileFilter({ files, ignores: [...DEFAULT_IGNORES, ...ignores] }, naming ? { naming } : {});

describe('createFileFilter', () => {
  it('lets a files glob that names README files win over the built-in ignores', () => {
    const named = filter(['programs/**/README.md']);
    expect(named.isIdeaFile('programs/lfx/2026/README.md')).toBe(true);
    expect(named.isIdeaFile('programs/lfx/2026/CHANGELOG.md')).toBe(false);
  });

  it('reads a file extension in any case, and still ignores a README in capitals', () => {
    const wildcard = filter(['**/*.md', '**/*.markdown']);
    expect(wildcard.isIdeaFile('gsoc/2021-Projects.MD')).toBe(true);
    expect(wildcard.isIdeaFile('gsoc/ideas.Md')).toBe(true);
    expect(wildcard.isIdeaFile('gsoc/ideas.MARKDOWN')).toBe(true);
    expect(wildcard.isIdeaFile('gsoc/ideas.MDX')).toBe(false);
    expect(wildcard.isIdeaFile('gsoc/README.MD')).toBe(false);
    expect(filter(['ideas/*.md'], ['ideas/old.*']).isIdeaFile('ideas/old.MD')).toBe(false);
    expect(filter(['**/*.md'], ['archive/*.md']).isIdeaFile('archive/2019.MD')).toBe(false);
    expect(filter(['**/*.md'], ['archive/*.md']).userIgnoreOf('archive/2019.MD')).toBe('archive/*.md');
    expect(filter(['**/*.md'], ['archive/*.MD']).isIdeaFile('archive/2019.MD')).toBe(false);
    expect(filter(['programs/**/README.md']).isIdeaFile('programs/lfx/README.MD')).toBe(true);
    expect(filter(['**/*.md'], ['archive/*.md', '!archive/keep.md']).isIdeaFile('archive/keep.MD')).toBe(true);
  });

  it('keeps the built-in ignores against a bare wildcard', () => {
    const wildcard = filter(['**/*.md']);
    expect(wildcard.isIdeaFile('programs/README.md')).toBe(false);
    expect(wildcard.isIdeaFile('programs/ideas.md')).toBe(true);
  });

  it('lets a files glob that names .github win over its built-in ignore', () => {
    expect(filter(['.github/ideas/*.md']).isIdeaFile('.github/ideas/2026.md')).toBe(true);
  });

  it('un-ignores with a negated ignores glob', () => {
    const negated = filter(['**/*.md'], ['!**/README.md']);
    expect(negated.isIdeaFile('programs/README.md')).toBe(true);
    expect(negated.isIdeaFile('CHANGELOG.md')).toBe(false);
  });

  it('reads ignores in order: the last matching glob decides', () => {
    const ordered = filter(['**/*.md'], ['archive/**', '!archive/keep.md']);
    expect(ordered.isIdeaFile('archive/old.md')).toBe(false);
    expect(ordered.isIdeaFile('archive/keep.md')).toBe(true);
    expect(ordered.userIgnoreOf('archive/old.md')).toBe('archive/**');
    expect(ordered.userIgnoreOf('archive/keep.md')).toBeUndefined();
  });

  it("never lets a files glob win over the user's own ignores", () => {
    expect(filter(['programs/**/README.md'], ['programs/old/**']).isIdeaFile('programs/old/README.md')).toBe(false);
  });

  it('names no built-in ignore in userIgnoreOf', () => {
    expect(filter(['**/*.md']).userIgnoreOf('README.md')).toBeUndefined();
  });

  it('lets extra naming globs (command-line globs) win over the built-in ignores', () => {
    expect(filter(['**/*.md'], [], ['programs/*/README.md']).isIdeaFile('programs/a/README.md')).toBe(true);
  });
});
