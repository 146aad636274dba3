// Benchmark support: builds the inputs under bench/inputs/ (gitignored) from the real idea lists of
// test/fixtures/corpus/: each scale is N copies of every list as separate files (a run over N times the
// ideas), plus one list repeated in one file at 1× and 10× (one long file, for per-file scaling).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** The directory every generated input goes to. */
export const INPUT_DIR = join(root, 'bench', 'inputs');

const CORPUS_DIR = join(root, 'test', 'fixtures', 'corpus');

/**
 * Lists larger than this are left out of 1×, so that 100× stays near 10 MB and the whole benchmark fits in
 * five minutes on two cores: it drops the CNCF LFX README (160 KB, half the corpus), FOSSology (30 KB) and
 * CNCF's Summer of Code page (28 KB).
 */
export const MAX_LIST_BYTES = 20_000;

/** The scales of the multi-file inputs. */
export const SCALES = [1, 10, 100];

/** The real idea lists used at 1×: every corpus file but NOTICE.md, up to MAX_LIST_BYTES each. */
export function realLists() {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.md') && name !== 'NOTICE.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }))
    .filter(({ text }) => Buffer.byteLength(text) <= MAX_LIST_BYTES);
}

/** Writes `x{N}/` for each scale (N copies of every list) and returns { scale, dir, files, bytes }. */
export function buildScaleInputs(lists = realLists(), scales = SCALES) {
  return scales.map((scale) => {
    const dir = join(INPUT_DIR, `x${scale}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files = [];
    let bytes = 0;
    for (let copy = 1; copy <= scale; copy++) {
      for (const { name, text } of lists) {
        const path = join(dir, `${String(copy).padStart(3, '0')}-${name}`);
        writeFileSync(path, text);
        files.push(path);
        bytes += Buffer.byteLength(text);
      }
    }
    return { scale, dir, files, bytes };
  });
}

/** The list the one-file inputs repeat: the Xen Project's (the design's anchor), 14 ideas, no setext headings. */
export const SINGLE_FILE_LIST = 'outreach-2014.md';

/**
 * Writes `single-x{N}.md`: the Xen list 3 and 30 times in one file (51 KB and 0.5 MB). A list without setext
 * headings, because remark's handling of them grows with the square of the file (see the setext-headings
 * pathological case), which would hide how idea-lint's own stages grow.
 */
export function buildSingleFileInputs(scales = [1, 10]) {
  const list = readFileSync(join(CORPUS_DIR, SINGLE_FILE_LIST), 'utf8');
  return scales.map((scale) => {
    const path = join(INPUT_DIR, `single-x${scale}.md`);
    writeFileSync(path, list.repeat(3 * scale));
    return { scale, path, files: [path], bytes: statSync(path).size };
  });
}

/**
 * Writes the configuration both the in-process engine and the CLI run with: every rule on (those off by default
 * as warnings), a fixed day, and a size limit above the largest input.
 */
export function writeBenchConfig(rules) {
  const config = {
    maxFileSize: 64 * 1024 * 1024,
    today: '2026-06-01',
    rules: Object.fromEntries(
      rules.map((rule) => [rule.id, rule.defaultSeverity === 'off' ? 'warning' : rule.defaultSeverity]),
    ),
  };
  const path = join(INPUT_DIR, 'idea-lint.json');
  mkdirSync(INPUT_DIR, { recursive: true });
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
  return { path, config };
}

/** Every list of the corpus, none left out (15 lists, 319 KB): a program's worth of real idea pages. */
export function corpusLists() {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.md') && name !== 'NOTICE.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));
}

/**
 * Writes a program-scale audit under `dir`: `copies` copies of the whole corpus (the shared corpus's lists, as in
 * test/fixtures/corpus), in nested folders as a program's repository holds them (`org-NN/<organisation>/<list>`),
 * 50 copies: 750 files, 16 MB. Returns { dir, files, bytes }.
 */
export function buildProgramInputs(dir, copies = 50) {
  rmSync(dir, { recursive: true, force: true });
  const files = [];
  let bytes = 0;
  for (let copy = 1; copy <= copies; copy++) {
    for (const { name, text } of corpusLists()) {
      const organisation = name.split('__')[0].replace(/\.md$/, '');
      const folder = join(dir, `org-${String(copy).padStart(2, '0')}`, organisation);
      mkdirSync(folder, { recursive: true });
      const path = join(folder, name);
      writeFileSync(path, text);
      files.push(path);
      bytes += Buffer.byteLength(text);
    }
  }
  return { dir, files, bytes };
}

/** Writes `corpus-x{N}.md` in `dir`: the whole corpus N times in one file (319 KB and 3.2 MB at 1× and 10×). */
export function buildCorpusSingleFiles(dir, scales = [1, 10]) {
  const corpus = corpusLists()
    .map(({ text }) => text)
    .join('\n\n');
  mkdirSync(dir, { recursive: true });
  return scales.map((scale) => {
    const path = join(dir, `corpus-x${scale}.md`);
    writeFileSync(path, Array.from({ length: scale }, () => corpus).join('\n\n'));
    return { scale, path, bytes: statSync(path).size };
  });
}
