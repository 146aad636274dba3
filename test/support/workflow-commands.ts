/**
 * Test-support stage (end-to-end harness): reads what a JavaScript action tells the Actions runner —
 * workflow commands on stdout (`::error file=…,line=…::message`, with the runner's `%25 %0D %0A
 * %3A %2C` escaping and `::stop-commands::`), and the key-value files GITHUB_OUTPUT / GITHUB_ENV
 * (`name=value` and `name<<DELIMITER` heredocs) — the way the runner parses them.
 */

/** One workflow command found on stdout. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** An annotation, as the runner creates it from `::error`, `::warning` or `::notice`. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
  message: string;
}

const COMMAND = /^\s*::([A-Za-z][\w-]*)(?: ([^]*?))?::([^]*)$/;

/** Undoes the runner's escaping of a command's message (`%25`, `%0D`, `%0A`). */
export function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** Undoes the escaping of a command property (`%3A` and `%2C` too). */
export function unescapeProperty(value: string): string {
  return value
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/** Parses every workflow command in an action's stdout, honouring `::stop-commands::TOKEN` … `::TOKEN::`. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    const found = COMMAND.exec(line);
    if (!found) continue;
    const [, command, rawProperties, rawMessage] = found;
    if (stopToken !== undefined) {
      if (command === stopToken && !rawProperties) stopToken = undefined;
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of (rawProperties ?? '').split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
    const message = unescapeData(rawMessage);
    if (command === 'stop-commands') {
      stopToken = message;
      continue;
    }
    commands.push({ command, properties, message });
  }
  return commands;
}

/** The annotations among workflow commands (`error`, `warning`, `notice`). */
export function annotationsOf(commands: WorkflowCommand[]): Annotation[] {
  const numeric = (value: string | undefined) => (value === undefined || value === '' ? undefined : Number(value));
  return commands
    .filter(
      (c): c is WorkflowCommand & { command: Annotation['level'] } =>
        c.command === 'error' || c.command === 'warning' || c.command === 'notice',
    )
    .map((c) => {
      const annotation: Annotation = { level: c.command, message: c.message };
      const { file, title } = c.properties;
      const fields = {
        file,
        title,
        line: numeric(c.properties.line),
        endLine: numeric(c.properties.endLine),
        col: numeric(c.properties.col),
        endColumn: numeric(c.properties.endColumn),
      };
      for (const [key, value] of Object.entries(fields))
        if (value !== undefined) (annotation as unknown as Record<string, unknown>)[key] = value;
      return annotation;
    });
}

/** Parses a GITHUB_OUTPUT / GITHUB_ENV file (`name=value` lines and `name<<DELIMITER` heredocs). */
export function parseKeyValueFile(content: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq < 0 || eq > line.indexOf('<<'))) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`Matching delimiter not found '${delimiter}'`);
      result[name] = value.join('\n');
    } else if (eq > 0) {
      result[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return result;
}
