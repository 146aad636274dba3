// Benchmark child: times the floor (the unified processor of src/parse/markdown.ts parsing the text, nothing
// else) and the idea-lint engine (parse, ideas, every rule, the JSON report) on the same texts, in
// one fresh process per input, alternating which goes first. Prints one JSON line.
// Usage: node --expose-gc bench/in-process.mjs '{"dir":"bench/inputs/x10","runs":5,"config":"…/idea-lint.json"}'
// (`files` instead of `dir` names the files; a directory stands for its .md files, sorted; `"floor": false`
// times the engine alone.)
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BUILD_DIR } from './compile.mjs';
import { cpuNow } from './measure.mjs';

const {
  dir,
  files: named,
  runs,
  config: configPath,
  stages = false,
  floor: withFloor = true,
} = JSON.parse(process.argv[2]);
const files =
  named ??
  readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
const engine = await import(join(BUILD_DIR, 'src', 'lint', 'engine.js'));
const { resolveConfig } = await import(join(BUILD_DIR, 'src', 'lint', 'config.js'));
const { default: renderJson } = await import(join(BUILD_DIR, 'src', 'report', 'json.js'));
const { parseIdeaFile } = await import(join(BUILD_DIR, 'src', 'parse', 'index.js'));
const { rules: registry } = await import(join(BUILD_DIR, 'rules', 'index.js'));

const config = resolveConfig(JSON.parse(readFileSync(configPath, 'utf8')), configPath, { rules: registry });
// The processor src/parse/markdown.ts builds (GFM without autolink literals, front matter).
const { parseMarkdown } = await import(join(BUILD_DIR, 'src', 'parse', 'markdown.js'));
const floor = { parse: parseMarkdown };
const inputs = files.map((path) => ({ path: basename(path), text: readFileSync(path, 'utf8') }));
const collect = globalThis.gc ?? (() => {});

function parseAll(list) {
  let nodes = 0;
  for (const { text } of list) nodes += floor.parse(text).children.length;
  return nodes;
}

function lintAll(list) {
  const reports = list.map(({ path, text }) => engine.lintText(path, text, config, registry));
  const json = renderJson(engine.buildReport(reports, config.today));
  return { reports, bytes: json.length };
}

// With `stages`, also the engine's two stages apart: parse (remark, then ideas and fields) and rules (every
// rule over the parsed files).
const parsed = stages ? inputs.map(({ path, text }) => parseIdeaFile(path, text, { fields: config.fields })) : [];
const work = {
  floor: () => parseAll(inputs),
  engine: () => lintAll(inputs),
  parse: () => inputs.map(({ path, text }) => parseIdeaFile(path, text, { fields: config.fields })).length,
  rules: () => parsed.map((file) => engine.lintFile(file, config, registry)).length,
};

function measure(work) {
  collect();
  const wall = performance.now();
  const cpu = cpuNow();
  const result = work();
  return { wall: performance.now() - wall, cpu: cpuNow() - cpu, result };
}

// Warm-up: one untimed pass, so that what is timed is optimised code, not the JIT (on a large input its first
// files are warm-up enough).
const warm = inputs.length > 120 ? inputs.slice(0, 12) : inputs;
if (withFloor) parseAll(warm);
lintAll(warm);

const kinds = [...(withFloor ? ['floor'] : []), 'engine', ...(stages ? ['parse', 'rules'] : [])];
const times = Object.fromEntries(kinds.map((kind) => [kind, { wall: [], cpu: [] }]));
let counts;
for (let run = 0; run < runs; run++) {
  const order = run % 2 === 0 ? kinds : [...kinds].reverse();
  for (const which of order) {
    const { wall, cpu, result } = measure(work[which]);
    times[which].wall.push(wall);
    times[which].cpu.push(cpu);
    if (which === 'engine' && !counts) {
      counts = {
        ideas: result.reports.reduce((sum, report) => sum + report.ideas.length, 0),
        findings: result.reports.reduce((sum, report) => sum + report.findings.length, 0),
        notices: result.reports.reduce((sum, report) => sum + report.notices.length, 0),
        jsonBytes: result.bytes,
      };
    }
  }
}

const bytes = inputs.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0);
process.stdout.write(
  `${JSON.stringify({ files: inputs.length, bytes, ...counts, ...times, maxRssKb: process.resourceUsage().maxRSS })}\n`,
);
