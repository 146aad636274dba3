// Benchmark support: the figures as rows (section, figure, value, target, pass), printed as a table on stdout,
// as Markdown (for the README's performance section) and kept as data for bench/results.json.

/** A figure: `pass` is true or false against its target, or null for a figure without a target. */
export function figure(section, name, value, target = '—', pass = null, data = {}) {
  return { section, name, value, target, pass, data };
}

/** `1,234 ms`, rounded. */
export function ms(value) {
  return value === null || value === undefined ? 'n/a' : `${Math.round(value).toLocaleString('en-US')} ms`;
}

/** `1.23×`. */
export function ratio(value) {
  return value === null || value === undefined || !Number.isFinite(value) ? 'n/a' : `${value.toFixed(2)}×`;
}

/** `10.1 MB` (10^6 bytes) or `98.7 KB`. */
export function size(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`;
}

function mark(pass) {
  if (pass === null) return 'info';
  return pass ? 'PASS' : 'FAIL';
}

/** The rows as a plain-text table, a section title above each group. */
export function renderTable(rows) {
  const widths = [0, 0, 0];
  for (const row of rows) {
    widths[0] = Math.max(widths[0], row.name.length);
    widths[1] = Math.max(widths[1], row.value.length);
    widths[2] = Math.max(widths[2], row.target.length);
  }
  const lines = [];
  let section;
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      lines.push('', section);
    }
    lines.push(
      `  ${row.name.padEnd(widths[0])}  ${row.value.padStart(widths[1])}  ${row.target.padEnd(widths[2])}  ${mark(row.pass)}`,
    );
  }
  const failed = rows.filter((row) => row.pass === false);
  const passed = rows.filter((row) => row.pass === true);
  lines.push('', `${passed.length} targets passed, ${failed.length} failed.`);
  return `${lines.join('\n')}\n`;
}

/** The rows as one Markdown table (for the README). */
export function renderMarkdown(rows) {
  const lines = ['| Figure | Value | Target | Result |', '|---|--:|---|---|'];
  let section;
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      lines.push(`| **${section}** | | | |`);
    }
    lines.push(`| ${row.name} | ${row.value} | ${row.target} | ${mark(row.pass)} |`);
  }
  return `${lines.join('\n')}\n`;
}
