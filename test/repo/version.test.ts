// Tests that every version and reference users see derives from src/version.ts: package.json and its lock, the action
// reference in README.md and action.yml (the major tag), pre-commit's `rev:` (the release tag), the schema URL (the
// major tag) and the rule links (the release tag). scripts/release.mjs creates both tags and rewrites these references;
// test/repo/release.test.ts checks that it does.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { docsUrl } from '../../src/lint/define-rule.js';
import { ACTION_REF, MAJOR_TAG, RELEASE_TAG, REPOSITORY_URL, SCHEMA_URL, VERSION } from '../../src/version.js';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const readme = read('README.md');
const slug = REPOSITORY_URL.replace('https://github.com/', '');

describe('the version constant', () => {
  it('derives the tags from the version', () => {
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
    expect(RELEASE_TAG).toBe(`v${VERSION}`);
    expect(MAJOR_TAG).toBe(`v${VERSION.split('.')[0]}`);
    expect(ACTION_REF).toBe(`${slug}@${MAJOR_TAG}`);
    expect(SCHEMA_URL).toBe(`https://raw.githubusercontent.com/${slug}/${MAJOR_TAG}/idea-lint.schema.json`);
  });

  it('is package.json and package-lock.json version, and the repository is package.json repository', () => {
    const pkg = JSON.parse(read('package.json'));
    const lock = JSON.parse(read('package-lock.json'));
    expect([pkg.version, lock.version, lock.packages[''].version]).toEqual([VERSION, VERSION, VERSION]);
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    expect(pkg.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(pkg.bugs.url).toBe(`${REPOSITORY_URL}/issues`);
  });

  it('is a section of CHANGELOG.md, with its link at the release tag', () => {
    const changelog = read('CHANGELOG.md');
    expect(changelog).toMatch(new RegExp(`^## \\[${VERSION.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
    expect(changelog).toMatch(new RegExp(`^\\[${VERSION.replaceAll('.', '\\.')}\\]: \\S+${RELEASE_TAG}$`, 'm'));
  });
});

describe('references users copy', () => {
  it('uses the action at the major tag everywhere in README.md and action.yml', () => {
    for (const file of ['README.md', 'action.yml', 'CONTRIBUTING.md']) {
      const refs = [...read(file).matchAll(new RegExp(`${slug}@[\\w.-]+`, 'g'))].map((m) => m[0]);
      if (file !== 'CONTRIBUTING.md') expect(refs.length, file).toBeGreaterThan(0);
      expect(new Set(refs), file).toEqual(new Set(refs.length ? [ACTION_REF] : []));
    }
    expect(read('action.yml')).toContain(`uses: ${ACTION_REF}\n`);
  });

  it("gives pre-commit's rev as the release tag", () => {
    for (const file of ['README.md', '.pre-commit-hooks.yaml']) {
      const revs = [...read(file).matchAll(/\brev: (\S+)/g)].map((m) => m[1]);
      expect(revs.length, file).toBeGreaterThan(0);
      expect(new Set(revs), file).toEqual(new Set([RELEASE_TAG]));
    }
    const [config] = [...readme.matchAll(/```yaml\n(repos:[^]*?)```/g)].map((m) => parse(m[1]));
    expect(config.repos[0]).toMatchObject({ repo: REPOSITORY_URL, rev: RELEASE_TAG });
  });

  it('names no other release tag in README.md than the rev: lines the release script rewrites', () => {
    const lines = readme.split('\n').filter((line) => /\bv\d+\.\d+\.\d+/.test(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(new RegExp(`^\\s*rev: ${RELEASE_TAG.replaceAll('.', '\\.')}$`));
  });

  it('gives the schema URL at the major tag: the schema $id, the YAML comment and the JSON $schema', () => {
    expect(JSON.parse(read('idea-lint.schema.json')).$id).toBe(SCHEMA_URL);
    expect(readme).toContain(`# yaml-language-server: $schema=${SCHEMA_URL}\n`);
    expect(readme).toContain(`"$schema": "${SCHEMA_URL}"`);
    const urls = [...readme.matchAll(/https:\/\/raw\.githubusercontent\.com\/\S+?\.json/g)].map((m) => m[0]);
    expect(new Set(urls)).toEqual(new Set([SCHEMA_URL]));
  });

  it('links each rule to its page at the release tag, and the page exists', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(docsUrl(rule.id)).toBe(`${REPOSITORY_URL}/blob/${RELEASE_TAG}/rules/${rule.id}.md`);
      expect(rule.docs).toBe(docsUrl(rule.id));
      expect(existsSync(join(root, 'rules', `${rule.id}.md`)), rule.id).toBe(true);
    }
  });
});
