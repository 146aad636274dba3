import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rules as registry } from '../../rules/index.js';
import {
  buildJsonSchema,
  ConfigError,
  DEFAULT_IGNORES,
  isIsoDate,
  localDate,
  resolveConfig,
} from '../../src/lint/config.js';
import {
  CONFIG_FILES,
  findConfigFile,
  loadConfig,
  parseConfigText,
  resolveConfigText,
} from '../../src/lint/config-files.js';
import { defineRule } from '../../src/lint/define-rule.js';
import { createFileFilter } from '../../src/lint/file-filter.js';
import { PRESET_NAMES, presets } from '../../src/lint/presets.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'config');
const NOW = new Date(2026, 10, 25, 12, 0, 0);

const fakeRules = [
  defineRule({
    id: 'stale-verification',
    description: 'Ideas were verified within the last year.',
    defaultSeverity: 'warning',
    options: z
      .object({
        maxAgeDays: z.number().int().positive().default(365).describe('Days.'),
        required: z.boolean().default(false).describe('Flag ideas without a date.'),
      })
      .strict(),
    docs: 'https://example.org/stale-verification.md',
    messages: {},
    create: () => ({}),
  }),
  defineRule({
    id: 'fake-off',
    description: 'Off by default.',
    defaultSeverity: 'off',
    options: z.object({ min: z.number().int().min(1).default(2).describe('Fewest.') }).strict(),
    docs: 'https://example.org/fake-off.md',
    messages: {},
    create: () => ({}),
  }),
  defineRule({
    id: 'fake-plain',
    description: 'No options.',
    defaultSeverity: 'error',
    options: z.object({}).strict(),
    docs: 'https://example.org/fake-plain.md',
    messages: {},
    create: () => ({}),
  }),
];

function load(name: string, overrides: { today?: string } = {}) {
  return loadConfig({ cwd: fixtures, explicit: name, now: NOW, rules: fakeRules, ...overrides });
}

async function errorOf(name: string): Promise<string> {
  const error = await load(name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).message;
}

describe('resolveConfig', () => {
  it('gives every rule its default severity and fully defaulted options when there is no file', () => {
    const config = resolveConfig(undefined, undefined, { now: NOW, rules: fakeRules });
    expect(config.rules).toEqual({
      'stale-verification': { severity: 'warning', options: { maxAgeDays: 365, required: false } },
      'fake-off': { severity: 'off', options: { min: 2 } },
      'fake-plain': { severity: 'error', options: {} },
    });
    expect(config.files).toEqual(['**/*.md', '**/*.markdown', '**/*.wiki', '**/*.mediawiki']);
    expect(config.ignores).toEqual(DEFAULT_IGNORES);
    expect(config).toMatchObject({
      today: '2026-11-25',
      dateOrder: 'auto',
      maxFileSize: 5 * 1024 * 1024,
      fields: {},
      glossary: {},
    });
    expect(config.source).toBeUndefined();
  });

  it('applies the preset, then the user settings, merging options over the preset', async () => {
    const config = await load('valid.yml');
    expect(config.rules['stale-verification']).toEqual({
      severity: 'warning',
      options: { maxAgeDays: 30, required: true },
    });
    expect(config.rules['fake-plain']).toEqual({ severity: 'off', options: {} });
    expect(config).toMatchObject({
      files: ['ideas/**/*.md'],
      today: '2026-11-25',
      dateOrder: 'mdy',
      maxFileSize: 1048576,
      fields: { outcomes: ['What you will build'] },
      glossary: { AER: 'Advanced Error Reporting' },
      source: 'valid.yml',
    });
    expect(config.ignores).toEqual([...DEFAULT_IGNORES, 'ideas/archive/**']);
  });

  it('switches an off rule on as a warning when the user gives only options', async () => {
    const config = await load('valid.yml');
    expect(config.rules['fake-off']).toEqual({ severity: 'warning', options: { min: 3 } });
  });

  it.each([
    ['warn', 'warning'],
    [0, 'off'],
    [1, 'warning'],
    [2, 'error'],
  ])("accepts ESLint's severity %j as %s", (written, severity) => {
    const config = resolveConfig({ rules: { 'fake-plain': written } }, 'x.yml', { now: NOW, rules: fakeRules });
    expect(config.rules['fake-plain']?.severity).toBe(severity);
  });

  it("accepts ESLint's [severity, options] form, and ESLint's words as an object's severity", () => {
    const config = resolveConfig(
      { rules: { 'fake-off': ['warn', { min: 4 }], 'stale-verification': { severity: 2, maxAgeDays: 30 } } },
      'x.yml',
      { now: NOW, rules: fakeRules },
    );
    expect(config.rules['fake-off']).toEqual({ severity: 'warning', options: { min: 4 } });
    expect(config.rules['stale-verification']).toEqual({
      severity: 'error',
      options: { maxAgeDays: 30, required: false },
    });
    expect(
      resolveConfig({ rules: { 'fake-off': [1] } }, 'x.yml', { now: NOW, rules: fakeRules }).rules['fake-off'],
    ).toEqual({ severity: 'warning', options: { min: 2 } });
  });

  it('rejects a misspelt severity with a guess at the one meant', () => {
    const error = (rules: unknown) => () => resolveConfig({ rules }, 'x.yml', { now: NOW, rules: fakeRules });
    expect(error({ 'fake-plain': { severity: 'erorr' } })).toThrow(
      'x.yml: rules.fake-plain.severity: got "erorr" (did you mean "error"?); expected error, warning, notice or off (or ESLint\'s warn, 0, 1 or 2).',
    );
    expect(error({ 'fake-plain': 3 })).toThrow(
      /^x\.yml: rules\.fake-plain: got 3; expected error, warning, notice or off/,
    );
    expect(error({ 'fake-off': ['warn', { mni: 3 }] })).toThrow(
      'x.yml: rules.fake-off[1].mni: unknown option for this rule (did you mean "min"?); expected min.',
    );
  });

  it('keeps an explicit severity given with options', () => {
    const config = resolveConfig({ rules: { 'fake-off': { severity: 'error', min: 4 } } }, 'x.yml', {
      now: NOW,
      rules: fakeRules,
    });
    expect(config.rules['fake-off']).toEqual({ severity: 'error', options: { min: 4 } });
  });

  it('reads JSON config files, with a $schema key for editors', async () => {
    const config = await load('valid.json');
    expect(config.rules['fake-plain']?.severity).toBe('notice');
  });

  it('takes today from the caller first, then the file, then the clock', () => {
    const options = { now: NOW, rules: fakeRules };
    expect(resolveConfig({ today: '2020-01-02' }, 'c.yml', { ...options, today: '2021-03-04' }).today).toBe(
      '2021-03-04',
    );
    expect(resolveConfig({ today: '2020-01-02' }, 'c.yml', options).today).toBe('2020-01-02');
    expect(resolveConfig({}, 'c.yml', options).today).toBe('2026-11-25');
  });

  it('needs the clock when nobody sets today, rather than reading it itself', () => {
    expect(() => resolveConfig({}, 'c.yml', { rules: fakeRules })).toThrow(/needs `now`/);
  });

  it('rejects a caller-supplied today that is not a date', () => {
    expect(() => resolveConfig({}, 'c.yml', { today: '2026-02-30', now: NOW, rules: fakeRules })).toThrow(
      'today: got "2026-02-30"; expected a date written YYYY-MM-DD, such as 2026-11-25.',
    );
  });

  it('treats a top-level key left empty in YAML as unset', () => {
    const config = resolveConfigText('rules:\n  # fake-plain: off\nignores:\n', '.idea-lint.yml', {
      now: NOW,
      rules: fakeRules,
    });
    expect(config.rules['fake-plain']?.severity).toBe('error');
    expect(config.ignores).toEqual(DEFAULT_IGNORES);
  });

  it('treats an empty file as no settings', () => {
    const config = resolveConfigText('# nothing yet\n', '.idea-lint.yml', { now: NOW, rules: fakeRules });
    expect(config.rules['fake-plain']?.severity).toBe('error');
    expect(config.source).toBe('.idea-lint.yml');
  });
});

describe('configuration errors', () => {
  it.each([
    [
      'unknown-rule.yml',
      'unknown-rule.yml: rules.no-such-rule: unknown rule; expected stale-verification, fake-off, fake-plain.',
    ],
    [
      'bad-severity.yml',
      'bad-severity.yml: rules.stale-verification: got "fatal"; expected error, warning, notice or off (or ESLint\'s warn, 0, 1 or 2), or a mapping with any of the keys maxAgeDays, required, severity, or a list [severity, { options }].',
    ],
    [
      'bad-option-type.yml',
      'bad-option-type.yml: rules.stale-verification.maxAgeDays: got "a year"; expected a whole number above 0.',
    ],
    [
      'unknown-option.yml',
      'unknown-option.yml: rules.stale-verification.maxAgeDay: unknown option for this rule (did you mean "maxAgeDays"?); expected maxAgeDays, required, severity.',
    ],
    [
      'unknown-key.yml',
      'unknown-key.yml: rulez: unknown setting (did you mean "rules"?); expected $schema, extends, files, ignores, rules, fields, glossary, today, dateOrder, maxFileSize, issues.',
    ],
    [
      'bad-today.yml',
      'bad-today.yml: today: "2026-13-01" is not a calendar date; expected a date written YYYY-MM-DD, such as 2026-11-25.',
    ],
    [
      'today-not-iso.yml',
      'today-not-iso.yml: today: got "25/11/2026"; expected a date written YYYY-MM-DD, such as 2026-11-25.',
    ],
    ['bad-extends.yml', 'bad-extends.yml: extends: got "google"; expected recommended, xen-template or gsoc.'],
    [
      'not-a-mapping.yml',
      'not-a-mapping.yml: (top level): got a list; expected a mapping with any of the keys $schema, extends, files, ignores, rules, fields, glossary, today, dateOrder, maxFileSize, issues.',
    ],
    ['bad-glossary.yml', 'bad-glossary.yml: glossary.AER: got 5; expected non-empty text.'],
    [
      'unknown-field.yml',
      'unknown-field.yml: fields.outcome: unknown field (did you mean "outcomes"?); expected outcomes, difficulty, skills, mentors, size, verified, inserted, description, program, review, issue.',
    ],
    ['files-not-a-list.yml', 'files-not-a-list.yml: files: got "ideas/*.md"; expected a list of text values.'],
    ['missing.yml', 'missing.yml: no such file; expected a configuration file (YAML or JSON).'],
  ])('explains %s with the file, the key path, the reason and what is accepted', async (name, message) => {
    expect(await errorOf(name)).toBe(message);
  });

  it('reports YAML syntax errors with line and column', async () => {
    expect(await errorOf('bad-yaml.yml')).toBe(
      'bad-yaml.yml:2:23: nested mappings are not allowed in compact mappings; expected valid YAML.',
    );
  });

  it('reports JSON syntax errors with line and column', async () => {
    expect(await errorOf('bad-json.json')).toMatch(/^bad-json\.json:3:1: .*; expected valid JSON\.$/);
  });

  it('reports every problem of a file, one per line', async () => {
    expect((await errorOf('several-problems.yml')).split('\n')).toEqual([
      'several-problems.yml: rules.fake-off.min: got -1; expected a whole number of at least 1.',
      'several-problems.yml: dateOrder: got "dym" (did you mean "dmy"?); expected auto, dmy, mdy or ymd.',
      'several-problems.yml: maxFileSize: got 0; expected a whole number above 0.',
    ]);
  });

  it('never shows a stack trace in its message', async () => {
    for (const name of ['unknown-rule.yml', 'bad-yaml.yml', 'bad-json.json']) {
      expect(await errorOf(name)).not.toMatch(/\n\s+at /);
    }
  });
});

describe('config file discovery', () => {
  function project(files: string[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'idea-lint-config-'));
    for (const file of files) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(
        join(dir, file),
        file.endsWith('.json') ? '{"rules": {"fake-plain": "notice"}}' : 'rules: { fake-plain: warning }\n',
      );
    }
    return dir;
  }

  it('looks in priority order: .github/idea-lint.yml first, .idea-lint.json last', () => {
    expect(CONFIG_FILES.map((entry) => entry.path)).toEqual([
      '.github/idea-lint.yml',
      '.github/idea-lint.yaml',
      '.idea-lint.yml',
      '.idea-lint.yaml',
      '.idea-lint.json',
    ]);
  });

  it('takes the first file that exists', async () => {
    expect(await findConfigFile(project(['.idea-lint.json', '.idea-lint.yml', '.github/idea-lint.yml']))).toBe(
      '.github/idea-lint.yml',
    );
    expect(await findConfigFile(project(['.idea-lint.json', '.idea-lint.yaml']))).toBe('.idea-lint.yaml');
    expect(await findConfigFile(project(['.idea-lint.json']))).toBe('.idea-lint.json');
    expect(await findConfigFile(project([]))).toBeUndefined();
  });

  it('loads the discovered file and names it as the source', async () => {
    const config = await loadConfig({ cwd: project(['.idea-lint.json']), now: NOW, rules: fakeRules });
    expect(config.source).toBe('.idea-lint.json');
    expect(config.rules['fake-plain']?.severity).toBe('notice');
  });

  it('uses the defaults when no file exists', async () => {
    const config = await loadConfig({ cwd: project([]), now: NOW, rules: fakeRules });
    expect(config.source).toBeUndefined();
    expect(config.rules['fake-plain']?.severity).toBe('error');
  });

  it('lets an explicit path bypass discovery', async () => {
    const dir = project(['.github/idea-lint.yml']);
    writeFileSync(join(dir, 'custom.yml'), 'rules: { fake-plain: off }\n');
    const config = await loadConfig({ cwd: dir, explicit: 'custom.yml', now: NOW, rules: fakeRules });
    expect(config.source).toBe('custom.yml');
    expect(config.rules['fake-plain']?.severity).toBe('off');
  });

  it('reads config text by its name: JSON for .json, YAML otherwise', () => {
    expect(parseConfigText('{"today": "2026-01-01"}', '.idea-lint.json')).toEqual({ today: '2026-01-01' });
    expect(parseConfigText('today: 2026-01-01\n', '.github/idea-lint.yml')).toEqual({ today: '2026-01-01' });
    expect(parseConfigText('\ufeffextends: gsoc\n', '.idea-lint.yml')).toEqual({ extends: 'gsoc' });
    expect(parseConfigText('', '.idea-lint.json')).toBeNull();
  });
});

describe('default file globs', () => {
  const filter = createFileFilter({ files: ['**/*.md'], ignores: [...DEFAULT_IGNORES] });

  it.each([
    'README.md',
    'docs/Readme.markdown',
    'CHANGELOG.md',
    'sub/CONTRIBUTING.md',
    'code_of_conduct.md',
    'LICENSE',
    'License.txt',
    '.github/ideas.md',
    'node_modules/x/ideas.md',
  ])('ignores %s', (path) => {
    expect(filter.isIgnored(path)).toBe(true);
    expect(filter.isIdeaFile(path)).toBe(false);
  });

  it.each(['ideas.md', 'gsoc/2026/ideas.md', 'readme-ideas.md', 'licensed-ideas.md'])('lints %s', (path) => {
    expect(filter.isIdeaFile(path)).toBe(true);
  });
});

describe('isIsoDate and localDate', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
  });

  it('formats the local calendar date', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('presets', () => {
  it.each(PRESET_NAMES)('%s names only registered rules and fits their option schemas', (name) => {
    const ids = new Set(registry.map((rule) => rule.id));
    for (const id of Object.keys(presets[name])) expect(ids.has(id), `${name} sets unknown rule ${id}`).toBe(true);
    const config = resolveConfig({ extends: name }, 'preset.yml', { rules: registry, now: NOW });
    expect(Object.keys(config.rules)).toEqual(registry.map((rule) => rule.id));
  });

  it("recommended uses each rule's default severity", () => {
    const config = resolveConfig({}, undefined, { rules: registry, now: NOW });
    for (const rule of registry) expect(config.rules[rule.id]?.severity).toBe(rule.defaultSeverity);
  });

  it('xen-template requires a verified date on every idea', () => {
    const config = resolveConfig({ extends: 'xen-template' }, undefined, { rules: registry, now: NOW });
    expect(config.rules['stale-verification']?.options).toMatchObject({ required: true });
  });

  it('gsoc wants two mentors, as a warning', () => {
    const config = resolveConfig({ extends: 'gsoc' }, undefined, { rules: registry, now: NOW });
    expect(config.rules['min-mentors']).toEqual({ severity: 'warning', options: { min: 2 } });
  });
});

describe('JSON Schema', () => {
  const schemaPath = join(import.meta.dirname, '..', '..', 'idea-lint.schema.json');

  it('equals a fresh generation from the zod schema (npm run schema regenerates it)', async () => {
    await expect(`${JSON.stringify(buildJsonSchema(registry), null, 2)}\n`).toMatchFileSnapshot(schemaPath);
  });

  it('accepts what the zod schema accepts and rejects unknown rules and options', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    const good = {
      extends: 'gsoc',
      rules: { 'missing-outcomes': 'warning', 'stale-verification': { maxAgeDays: 30 } },
    };
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ rules: { 'no-such-rule': 'error' } })).toBe(false);
    expect(validate({ rules: { 'stale-verification': { maxAgeDay: 30 } } })).toBe(false);
    expect(validate({ rules: { 'missing-outcomes': 'fatal' } })).toBe(false);
  });
});
