import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import renderSarif from '../../src/report/sarif.js';
import { sample, sampleRules } from './sample.js';
import { rules as registry } from '../../rules/index.js';

/** The official SARIF 2.1.0 schema (see test/fixtures/report/sarif-schema-2.1.0.SOURCE.md). */
function sarifValidator() {
  const schema = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'report', 'sarif-schema-2.1.0.json'), 'utf8'),
  ) as Record<string, unknown>;
  // The file is written for draft-04, whose only difference that this schema uses is `id` for `$id`;
  // ajv's default (draft-07) reads it once that key is renamed.
  const { id, $schema: _draft04, ...rest } = schema;
  // One of its patterns (language tags) is not valid with the `u` flag ajv uses by default.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile({ $id: id as string, ...rest });
}

const render = () => JSON.parse(renderSarif(sample, { rules: sampleRules }));

describe('sarif reporter', () => {
  it('renders the sample report', async () => {
    await expect(renderSarif(sample, { rules: sampleRules })).toMatchFileSnapshot('__snapshots__/sample.sarif.json');
  });

  it('is valid against the SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    expect(validate(render()), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is valid with the registered rules too', () => {
    const validate = sarifValidator();
    const log = JSON.parse(renderSarif(sample, { rules: registry }));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThanOrEqual(15);
  });

  it('declares %SRCROOT% and makes paths relative to the repository root when given it', () => {
    const log = JSON.parse(renderSarif(sample, { rules: sampleRules, srcRoot: '/work/repo', cwd: '/work/repo/gsoc' }));
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
    const first = sample.files[0]!.path.split('/').map(encodeURIComponent).join('/');
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: `gsoc/${first}`,
      uriBaseId: '%SRCROOT%',
    });
  });

  it('gives a file outside the repository an absolute file URI', () => {
    const log = JSON.parse(renderSarif(sample, { rules: sampleRules, srcRoot: '/work/repo', cwd: '/work/elsewhere' }));
    const where = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(where.uriBaseId).toBeUndefined();
    expect(where.uri).toMatch(/^file:\/\/\/work\/elsewhere\//);
  });

  it('describes every rule for code scanning', () => {
    const driver = render().runs[0].tool.driver;
    expect(driver).toMatchObject({
      name: 'idea-lint',
      version: '0.1.0',
      informationUri: 'https://github.com/idea-lint/idea-lint',
    });
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(sampleRules.map((rule) => rule.id));
    expect(driver.rules[0]).toMatchObject({
      id: 'missing-outcomes',
      name: 'MissingOutcomes',
      shortDescription: { text: 'Ideas say what they are expected to deliver.' },
      fullDescription: { text: 'Ideas say what they are expected to deliver.' },
      helpUri: 'https://github.com/idea-lint/idea-lint/blob/v0.1.0/rules/missing-outcomes.md',
      defaultConfiguration: { level: 'error' },
    });
    expect(driver.rules.at(-1).defaultConfiguration).toEqual({ level: 'none', enabled: false });
  });

  it('maps each finding to a result with rule index, level, region and fingerprint', () => {
    const results = render().runs[0].results;
    expect(results).toHaveLength(7);
    const notice = results.find((result: { ruleId: string }) => result.ruleId === 'invalid-date');
    expect(notice).toMatchObject({
      ruleIndex: 5,
      level: 'note',
      message: { text: expect.stringContaining('01/22/2013') },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'ideas/xen-outreach.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 11, startColumn: 15, endLine: 11, endColumn: 25 },
          },
        },
      ],
      partialFingerprints: { 'ideaLintFingerprint/v1': 'ddddeeeeffff0000' },
    });
    expect(notice.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { charOffset: 292, charLength: 10 },
      insertedContent: { text: '2013-01-22' },
    });
  });

  it('percent-encodes paths into URIs', () => {
    type Result = { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] };
    const uris = render().runs[0].results.map((r: Result) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('ideas/one%20per%20file/rust-gpu.md');
  });

  it('describes a rule it was not told about, so every ruleIndex is valid', () => {
    const log = JSON.parse(renderSarif(sample, { rules: sampleRules.slice(0, 1) }));
    const { rules } = log.runs[0].tool.driver;
    for (const result of log.runs[0].results) expect(rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('reports file notices as tool notifications', () => {
    const notifications = render().runs[0].invocations[0].toolExecutionNotifications;
    expect(notifications).toEqual([
      {
        level: 'note',
        message: { text: 'Skipped: the file is 6.0 MB, over the 5.0 MB limit (maxFileSize).' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'docs/big.md', uriBaseId: '%SRCROOT%' },
              region: { startLine: 1, startColumn: 1 },
            },
          },
        ],
      },
    ]);
  });
});
