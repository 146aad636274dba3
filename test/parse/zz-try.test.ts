import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { parsePeople } from '../../src/parse/values/people.js';
it('tries', () => {
  const out = ['Jane Doe <jane <at> example-org (dot) com>', 'Jane name <at> domain (dot) com', 'Pepe x AT y.es', 'Ann ann [at] host [dot] org', 'community dot manager at xenproject dot org', 'Lars Kurth (lars dot kurth at xen dot org)', 'Jane Doe jane@email.address', 'Your Name you@example.com', 'Jane (jane AT uni.edu.es)'].map((t) => `${t} => ${JSON.stringify(parsePeople(t))}`);
  writeFileSync('/tmp/gr/try.txt', out.join('\n') + '\n');
});
