// The behaviour fence for refactors: the JSON report of every file under test/fixtures and ../shared/corpus, with
// every rule on, is byte-identical to the committed snapshot in test/fixtures/report-snapshots/.
// After an intended change of findings, regenerate with `UPDATE_REPORT_SNAPSHOTS=1 npx vitest run
// test/lint/report-snapshots.test.ts` and review the diff.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildReport, lintText } from '../../src/lint/engine.js';
import renderJson from '../../src/report/json.js';
import { rules as registry } from '../../rules/index.js';
import { configFor } from '../support/lint.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SNAPSHOTS = join(ROOT, 'test/fixtures/report-snapshots');
const SHARED_CORPUS = join(ROOT, '../shared/corpus');
const UPDATE = process.env.UPDATE_REPORT_SNAPSHOTS === '1';

/** Every rule on at its default severity (warning when off by default), default options. */
const config = configFor(Object.fromEntries(registry.map((rule) => [rule.id, {}])));

/** Files of `dir`, recursively, as paths relative to `base` with `/` separators, sorted. */
function walk(dir: string, base: string, skip: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (path === skip) continue;
    if (entry.isDirectory()) out.push(...walk(path, base, skip));
    else if (entry.isFile()) out.push(relative(base, path).split(sep).join('/'));
  }
  return out.sort();
}

/** Sources and the name of their snapshot: `fixtures/...` for test/fixtures, `shared-corpus/...` for the corpus. */
function sources(): { name: string; path: string; report: string }[] {
  // A held-out set (test/fixtures/heldout-*) is measured only by `npm run accuracy`: a snapshot of its reports would
  // show its findings to anyone changing the code, so it gets none (see test/fixtures/heldout-6/NOTICE.md).
  const fixtures = walk(join(ROOT, 'test/fixtures'), join(ROOT, 'test/fixtures'), SNAPSHOTS)
    .filter((rel) => !/^heldout-[^/]*\//.test(rel))
    .map((rel) => ({
      name: `fixtures/${rel}`,
      path: join(ROOT, 'test/fixtures', rel),
      report: `test/fixtures/${rel}`,
    }));
  const shared = existsSync(SHARED_CORPUS)
    ? walk(SHARED_CORPUS, SHARED_CORPUS, '').map((rel) => ({
        name: `shared-corpus/${rel}`,
        path: join(SHARED_CORPUS, rel),
        report: `corpus/${rel}`,
      }))
    : [];
  return [...fixtures, ...shared];
}

function renderReport(reportPath: string, path: string): string {
  const text = readFileSync(path, 'utf8');
  return renderJson(buildReport([lintText(reportPath, text, config, registry)], config.today));
}

const snapshotPath = (name: string): string => join(SNAPSHOTS, `${name}.json`);

describe('report snapshots', () => {
  const files = sources();

  if (UPDATE) {
    it('rewrites the snapshots', () => {
      rmSync(SNAPSHOTS, { recursive: true, force: true });
      for (const file of files) {
        const target = snapshotPath(file.name);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, renderReport(file.report, file.path));
      }
      expect(walk(SNAPSHOTS, SNAPSHOTS, '')).toHaveLength(files.length);
    });
    return;
  }

  it('has a snapshot for every fixture and no stale one', () => {
    const expected = files.map((file) => `${file.name}.json`).sort();
    const present = walk(SNAPSHOTS, SNAPSHOTS, '').filter(
      (name) => existsSync(SHARED_CORPUS) || !name.startsWith('shared-corpus/'),
    );
    expect(present).toEqual(expected);
  });

  it.each(files.map((file) => [file.name, file] as const))('%s gives the same JSON report', (_name, file) => {
    const expected = readFileSync(snapshotPath(file.name), 'utf8');
    expect(renderReport(file.report, file.path)).toBe(expected);
  });
});
