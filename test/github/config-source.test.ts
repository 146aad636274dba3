import { describe, expect, it } from 'vitest';
import { loadBaseConfig, withFilesOverride } from '../../src/github/config-source.js';
import { ConfigError } from '../../src/lint/config.js';
import { FakeClient } from './fakes.js';

const BASE = 'base'.padEnd(40, '0');
const HEAD = 'head'.padEnd(40, '0');
const options = { today: '2026-11-25' };

describe('loadBaseConfig', () => {
  it('reads the first config file of the discovery table at the base commit', async () => {
    const client = new FakeClient();
    client.setFile(BASE, '.idea-lint.yml', 'files: ["ideas/**/*.md"]\nrules:\n  missing-skills: off\n');
    const config = await loadBaseConfig(client, BASE, undefined, options);
    expect(config.source).toBe('.idea-lint.yml');
    expect(config.files).toEqual(['ideas/**/*.md']);
    expect(config.rules['missing-skills']?.severity).toBe('off');
  });

  it('never reads the config of the pull request head', async () => {
    const client = new FakeClient();
    client.setFile(HEAD, '.github/idea-lint.yml', 'rules:\n  unknown-difficulty: off\n');
    const config = await loadBaseConfig(client, BASE, undefined, options);
    expect(config.source).toBeUndefined();
    expect(config.rules['unknown-difficulty']?.severity).toBe('error');
  });

  it('reads an explicit config path, and fails clearly when the base has no such file', async () => {
    const client = new FakeClient();
    client.setFile(BASE, 'lint/ideas.json', '{"files": ["*.md"]}');
    expect((await loadBaseConfig(client, BASE, 'lint/ideas.json', options)).files).toEqual(['*.md']);
    await expect(loadBaseConfig(client, BASE, 'lint/missing.yml', options)).rejects.toThrow(ConfigError);
    await expect(loadBaseConfig(client, BASE, 'lint/missing.yml', options)).rejects.toThrow(
      /^lint\/missing.yml: no such file at the base commit base000;/,
    );
  });

  it('reports a bad config file with its name', async () => {
    const client = new FakeClient();
    client.setFile(BASE, '.github/idea-lint.yml', 'rules:\n  no-such-rule: error\n');
    await expect(loadBaseConfig(client, BASE, undefined, options)).rejects.toThrow(/^\.github\/idea-lint\.yml: /);
  });
});

describe('withFilesOverride', () => {
  it('replaces the configured files only when the input names some', async () => {
    const config = await loadBaseConfig(new FakeClient(), BASE, undefined, options);
    expect(withFilesOverride(config, undefined).files).toEqual(config.files);
    expect(withFilesOverride(config, ['docs/*.md']).files).toEqual(['docs/*.md']);
    expect(withFilesOverride(config, ['docs/*.md']).ignores).toEqual(config.ignores);
  });
});
