// Parse stage: the size an idea's title states in a closing parenthesis — MariaDB's `* [MDEV-17467](…) Add linear
// regression functions (Full-time project - 350h)`, `## Faster parser (175 hours)`. Grammar: a parenthesised group
// closing a title (the last balanced one, so `(Python / Javascript / Web Dev ( Full-time project 350h)` gives its inner
// group) that states a length — a figure with a unit of time (`350h`, `175 hours`, `12 weeks`) or a schedule word
// (`Part-time project`, `Full-time`) — is the idea's size when no field gives one. A level alone (`(Medium)`, m-lab's
// `Project 3A: … (Medium)`) is a difficulty, not a size, and a bare number (`(4)`) is a scale's code (scale-legend.ts).
import type { RawField } from './raw-field.js';
import { parseSize } from './values/size.js';

/** A figure with a unit of time, or a schedule word: what makes a parenthesis a length. */
const LENGTH = /\d\s*-?\s*(?:h|hrs?|hours?|weeks?|months?)\b|\b(?:part|full)[\s-]?time\b/i;

/** The size field a title's closing parenthesis gives, or undefined. */
export function readTitleSize(text: string, titleStart: number, titleEnd: number): RawField | undefined {
  const title = text.slice(titleStart, titleEnd).replace(/[\s\\*_#]+$/u, '');
  if (!title.endsWith(')')) return undefined;
  // The last balanced group: walk back from the closing parenthesis to its opening one.
  let depth = 0;
  let open = -1;
  for (let at = title.length - 1; at >= 0; at--) {
    if (title[at] === ')') depth++;
    else if (title[at] === '(' && --depth === 0) {
      open = at;
      break;
    }
  }
  if (open <= 0) return undefined;
  const inner = title.slice(open + 1, -1);
  if (!LENGTH.test(inner) || !parseSize(inner).recognised) return undefined;
  const start = titleStart + open;
  return {
    name: 'size',
    label: 'title',
    labelStart: start,
    labelEnd: start,
    valueStart: start + 1,
    valueEnd: start + 1 + inner.length,
    weak: true,
  };
}
