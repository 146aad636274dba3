// Report stage: SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`).
// Pure: returns text. Rule metadata comes from the rules the caller passes (the registry).
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Report, Rule, Severity, SeveritySetting } from '../lint/types.js';
import { REPOSITORY_URL, VERSION } from '../version.js';

/** Options of the SARIF renderer. */
export interface SarifOptions {
  /** Rules described in `tool.driver.rules`: the registry, passed by the caller. */
  rules: readonly Pick<Rule, 'id' | 'description' | 'defaultSeverity' | 'docs'>[];
  /**
   * The repository root (an absolute folder): `%SRCROOT%` is declared as it in `originalUriBaseIds`, and
   * paths become relative to it. Without it, the report's paths are taken as relative to the root already.
   */
  srcRoot?: string;
  /** The absolute folder the report's paths are relative to (default: `srcRoot`). */
  cwd?: string;
}

type RuleMeta = SarifOptions['rules'][number];

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
// Artifact URIs are relative to the repository root, %SRCROOT%; code scanning resolves it to its checkout.
const SRCROOT = '%SRCROOT%';
const FINGERPRINT_KEY = 'ideaLintFingerprint/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };
const DEFAULT_LEVEL: Record<SeveritySetting, 'error' | 'warning' | 'note' | 'none'> = { ...LEVEL, off: 'none' };

/** Renders the report as one SARIF 2.1.0 run, 2-space indented. */
export default function renderSarif(report: Report, options: SarifOptions): string {
  const artifact = artifactFor(options);
  const rules: RuleMeta[] = [...options.rules];
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  // A finding of a rule the caller did not list still gets a descriptor, so ruleIndex is always valid.
  for (const finding of report.files.flatMap((file) => file.findings)) {
    if (!index.has(finding.ruleId)) {
      index.set(finding.ruleId, rules.length);
      rules.push({
        id: finding.ruleId,
        description: finding.ruleId,
        defaultSeverity: finding.severity,
        docs: finding.docs,
      });
    }
  }
  const notices = report.files.flatMap((file) =>
    file.notices.map((notice) => ({
      level: 'note' as const,
      message: { text: notice.message },
      locations: [location(artifact(file.path), { startLine: notice.line, startColumn: notice.column })],
    })),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'idea-lint',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules: rules.map(describeRule),
          },
        },
        ...(notices.length > 0
          ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notices }] }
          : {}),
        ...(options.srcRoot !== undefined
          ? { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.srcRoot) } } }
          : {}),
        columnKind: 'utf16CodeUnits',
        results: report.files.flatMap((file) =>
          file.findings.map((finding) => toResult(artifact(file.path), finding, index)),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function describeRule(rule: RuleMeta) {
  return {
    id: rule.id,
    name: toPascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    helpUri: rule.docs,
    help: { text: `${rule.description} See ${rule.docs}`, markdown: `${rule.description} [Read more](${rule.docs}).` },
    defaultConfiguration: {
      level: DEFAULT_LEVEL[rule.defaultSeverity],
      ...(rule.defaultSeverity === 'off' ? { enabled: false } : {}),
    },
  };
}

type ArtifactLocation = { uri: string; uriBaseId?: string };

function toResult(where: ArtifactLocation, finding: Finding, index: Map<string, number>) {
  return {
    ruleId: finding.ruleId,
    ruleIndex: index.get(finding.ruleId)!,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      location(where, {
        startLine: finding.line,
        startColumn: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
      }),
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(finding.fix
      ? {
          fixes: [
            {
              description: { text: 'Apply the suggested change.' },
              artifactChanges: [
                {
                  artifactLocation: where,
                  replacements: [
                    {
                      deletedRegion: {
                        charOffset: finding.fix.range[0],
                        charLength: finding.fix.range[1] - finding.fix.range[0],
                      },
                      insertedContent: { text: finding.fix.text },
                    },
                  ],
                },
              ],
            },
          ],
        }
      : {}),
    properties: { idea: finding.idea, ...(finding.subject !== undefined ? { subject: finding.subject } : {}) },
  };
}

function location(artifactLocation: ArtifactLocation, region: Record<string, number>) {
  return { physicalLocation: { artifactLocation, region } };
}

/**
 * Report path → artifact location: relative to %SRCROOT% (each segment percent-encoded, so spaces and `#`
 * survive), or an absolute file URI for a file outside the repository (a named `../other/ideas.md`).
 */
function artifactFor(options: SarifOptions): (path: string) => ArtifactLocation {
  const { srcRoot } = options;
  if (srcRoot === undefined) return (path) => ({ uri: encodePath(path), uriBaseId: SRCROOT });
  const cwd = options.cwd ?? srcRoot;
  return (path) => {
    const absolute = resolve(cwd, path);
    const fromRoot = relative(srcRoot, absolute);
    if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot))
      return { uri: pathToFileURL(absolute).href };
    return { uri: encodePath(fromRoot.split(sep).join('/')), uriBaseId: SRCROOT };
  };
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** A folder's file URI, ending in `/` as SARIF requires of a base URI. */
function directoryUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function toPascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}
