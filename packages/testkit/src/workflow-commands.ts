/** Parsing of what a step writes: workflow commands on stdout and the GITHUB_OUTPUT/ENV/STATE file format. */

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  title?: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProp = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

export interface ParsedLog {
  annotations: Annotation[];
  masks: string[];
  debug: string[];
  groups: string[];
  /** The log as a person reads it: commands other than groups removed. */
  lines: string[];
}

export function parseWorkflowCommands(stdout: string): ParsedLog {
  const out: ParsedLog = { annotations: [], masks: [], debug: [], groups: [], lines: [] };
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) {
      out.lines.push(line);
      continue;
    }
    const [, cmd, propText = '', data = ''] = m;
    const props = Object.fromEntries(
      propText
        .split(',')
        .filter(Boolean)
        .map((kv) => [kv.slice(0, kv.indexOf('=')), unescapeProp(kv.slice(kv.indexOf('=') + 1))]),
    ) as Record<string, string>;
    switch (cmd) {
      case 'error':
      case 'warning':
      case 'notice': {
        const a: Annotation = { level: cmd, message: unescapeData(data) };
        if (props.file) a.file = props.file;
        if (props.line) a.line = Number(props.line);
        if (props.endLine) a.endLine = Number(props.endLine);
        if (props.col) a.col = Number(props.col);
        if (props.title) a.title = props.title;
        out.annotations.push(a);
        out.lines.push(`${cmd}: ${a.message}`);
        break;
      }
      case 'add-mask':
        out.masks.push(unescapeData(data));
        break;
      case 'debug':
        out.debug.push(unescapeData(data));
        break;
      case 'group':
        out.groups.push(unescapeData(data));
        out.lines.push(`▸ ${unescapeData(data)}`);
        break;
      case 'endgroup':
        break;
      default:
        out.lines.push(line);
    }
  }
  return out;
}

/** Reads a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file: `k=v` lines and `k<<DELIM … DELIM` blocks. */
export function parseKeyValueFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] as string);
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${key} (delimiter ${delim})`);
      out[key] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`malformed line in a key-value file: ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}
