import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';
const norm = (t: string) => t.normalize('NFC').replace(/\s+/g, ' ').trim();
it('measures', () => {
  const dir = new URL('../fixtures/regression/', import.meta.url);
  const exp = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8'));
  let tp = 0, found = 0, truth = 0, fok = 0, fall = 0;
  const lines: string[] = [];
  for (const [name, t] of Object.entries<any>(exp)) {
    const file = parseIdeaFile(name, readFileSync(new URL(encodeURIComponent(name), dir), 'utf8'));
    const got = file.ideas.map((i) => norm(i.title));
    const want = t.titles.map(norm);
    const hit = got.filter((g) => want.includes(g)).length;
    tp += hit; found += got.length; truth += want.length;
    for (const [title, fields] of Object.entries<any>(t.fields)) for (const [f, v] of Object.entries<any>(fields)) {
      fall++;
      const idea = file.ideas.find((i) => norm(i.title) === norm(title));
      const a = norm(idea?.fields[f as 'skills']?.value ?? '(none)').replace(/[.,;]$/, '');
      const ok = v.endsWith('…') ? a.startsWith(norm(v.slice(0, -1))) : a === norm(v).replace(/[.,;]$/, '');
      if (ok) fok++; else lines.push(`${name} | ${title} | ${f}: want ${v.slice(0,60)} got ${a.slice(0,60)}`);
    }
  }
  lines.push(`ideas P=${(tp/found).toFixed(3)} R=${(tp/truth).toFixed(3)} (${tp}/${found}/${truth}); fields ${fok}/${fall}`);
  require('node:fs').writeFileSync('/tmp/gr/measure.txt', lines.join('\n') + '\n');
});
