/**
 * Just enough of GitHub's GraphQL API for the fake: a parser for executable documents (operations, fields,
 * aliases, arguments, variables, inline fragments) and an executor that knows the `minimizeComment`
 * mutation. Anything else is answered with GraphQL errors the way GitHub words them.
 */

export type GqlValue =
  | { kind: 'variable'; name: string }
  | { kind: 'string'; value: string }
  | { kind: 'int' | 'float'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'enum'; value: string }
  | { kind: 'list'; values: GqlValue[] }
  | { kind: 'object'; fields: Record<string, GqlValue> };

export interface GqlField {
  alias: string;
  name: string;
  args: Record<string, GqlValue>;
  selections: GqlField[];
}

export interface GqlOperation {
  type: 'query' | 'mutation' | 'subscription';
  name?: string;
  variables: { name: string; type: string }[];
  selections: GqlField[];
}

export class GraphqlError extends Error {
  type?: string;
  constructor(message: string, type?: string) {
    super(message);
    this.type = type;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Lexer + parser

type Token = { t: 'punct' | 'name' | 'int' | 'float' | 'string'; v: string };

function lex(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/[\s,\uFEFF]/.test(c)) {
      i++;
    } else if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (src.startsWith('...', i)) {
      out.push({ t: 'punct', v: '...' });
      i += 3;
    } else if ('!$():=@[]{}|&'.includes(c)) {
      out.push({ t: 'punct', v: c });
      i++;
    } else if (/[_A-Za-z]/.test(c)) {
      const m = /^[_A-Za-z][_0-9A-Za-z]*/.exec(src.slice(i)) as RegExpExecArray;
      out.push({ t: 'name', v: m[0] });
      i += m[0].length;
    } else if (/[-0-9]/.test(c)) {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(src.slice(i));
      if (!m) throw new GraphqlError(`Parse error on "${c}"`);
      out.push({ t: m[2] || m[3] ? 'float' : 'int', v: m[0] });
      i += m[0].length;
    } else if (src.startsWith('"""', i)) {
      const end = src.indexOf('"""', i + 3);
      if (end < 0) throw new GraphqlError('Parse error: unterminated block string');
      out.push({ t: 'string', v: src.slice(i + 3, end) });
      i = end + 3;
    } else if (c === '"') {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\\') {
          const e = src[j + 1];
          if (e === 'u') {
            s += String.fromCharCode(parseInt(src.slice(j + 2, j + 6), 16));
            j += 6;
            continue;
          }
          s += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[e ?? ''] ?? e;
          j += 2;
        } else {
          s += src[j];
          j++;
        }
      }
      if (j >= src.length) throw new GraphqlError('Parse error: unterminated string');
      out.push({ t: 'string', v: s });
      i = j + 1;
    } else {
      throw new GraphqlError(`Parse error on "${c}"`);
    }
  }
  return out;
}

export function parseGraphql(src: string): GqlOperation[] {
  const toks = lex(src);
  let p = 0;
  const peek = () => toks[p];
  const fail = (what: string): never => {
    const tok = peek();
    throw new GraphqlError(
      `Parse error on ${tok ? `"${tok.v}" (${tok.t.toUpperCase()})` : 'end of input'}: expected ${what}`,
    );
  };
  const punct = (v: string) => {
    if (peek()?.t === 'punct' && peek()?.v === v) {
      p++;
      return true;
    }
    return false;
  };
  const expect = (v: string) => punct(v) || fail(`"${v}"`);
  const name = (): string => {
    const tok = peek();
    if (tok?.t !== 'name') return fail('a name');
    p++;
    return tok.v;
  };
  const typeRef = (): string => {
    let s: string;
    if (punct('[')) {
      s = `[${typeRef()}]`;
      expect(']');
    } else s = name();
    return punct('!') ? `${s}!` : s;
  };
  const value = (): GqlValue => {
    const tok = peek() ?? fail('a value');
    if (punct('$')) return { kind: 'variable', name: name() };
    if (punct('[')) {
      const values: GqlValue[] = [];
      while (!punct(']')) values.push(value());
      return { kind: 'list', values };
    }
    if (punct('{')) {
      const fields: Record<string, GqlValue> = {};
      while (!punct('}')) {
        const n = name();
        expect(':');
        fields[n] = value();
      }
      return { kind: 'object', fields };
    }
    p++;
    if (tok.t === 'string') return { kind: 'string', value: tok.v };
    if (tok.t === 'int') return { kind: 'int', value: Number(tok.v) };
    if (tok.t === 'float') return { kind: 'float', value: Number(tok.v) };
    if (tok.t === 'name') {
      if (tok.v === 'true' || tok.v === 'false') return { kind: 'boolean', value: tok.v === 'true' };
      if (tok.v === 'null') return { kind: 'null' };
      return { kind: 'enum', value: tok.v };
    }
    p--;
    return fail('a value');
  };
  const directives = () => {
    while (punct('@')) {
      name();
      if (punct('(')) {
        while (!punct(')')) {
          name();
          expect(':');
          value();
        }
      }
    }
  };
  const selectionSet = (): GqlField[] => {
    expect('{');
    const fields: GqlField[] = [];
    while (!punct('}')) {
      if (punct('...')) {
        if (peek()?.t === 'name' && peek()?.v === 'on') {
          p++;
          name();
          directives();
          fields.push(...selectionSet());
        } else if (peek()?.t === 'punct' && (peek()?.v === '{' || peek()?.v === '@')) {
          directives();
          fields.push(...selectionSet());
        } else {
          throw new GraphqlError('Fragment spreads are not supported by the fake GitHub');
        }
        continue;
      }
      const alias = name();
      let fieldName = alias;
      if (punct(':')) fieldName = name();
      const args: Record<string, GqlValue> = {};
      if (punct('(')) {
        while (!punct(')')) {
          const n = name();
          expect(':');
          args[n] = value();
        }
      }
      directives();
      const selections = peek()?.t === 'punct' && peek()?.v === '{' ? selectionSet() : [];
      fields.push({ alias, name: fieldName, args, selections });
    }
    return fields;
  };
  const ops: GqlOperation[] = [];
  while (p < toks.length) {
    const tok = peek() as Token;
    if (tok.t === 'punct' && tok.v === '{') {
      ops.push({ type: 'query', variables: [], selections: selectionSet() });
      continue;
    }
    if (tok.t === 'name' && tok.v === 'fragment')
      throw new GraphqlError('Fragment definitions are not supported by the fake GitHub');
    if (tok.t !== 'name' || !['query', 'mutation', 'subscription'].includes(tok.v))
      fail('"query", "mutation" or "{"');
    p++;
    const op: GqlOperation = { type: tok.v as GqlOperation['type'], variables: [], selections: [] };
    if (peek()?.t === 'name') op.name = name();
    if (punct('(')) {
      while (!punct(')')) {
        expect('$');
        const n = name();
        expect(':');
        op.variables.push({ name: n, type: typeRef() });
        if (punct('=')) value();
        directives();
      }
    }
    directives();
    op.selections = selectionSet();
    ops.push(op);
  }
  if (!ops.length) throw new GraphqlError('Parse error: the document has no operation');
  return ops;
}

// ---------------------------------------------------------------------------------------------------------
// Values

/** The JSON value of an argument, with variables substituted; `enumLiteral` marks enum tokens. */
export function resolveValue(
  v: GqlValue,
  variables: Record<string, unknown>,
  declared: Map<string, string>,
): unknown {
  switch (v.kind) {
    case 'variable':
      if (!declared.has(v.name)) throw new GraphqlError(`Variable $${v.name} is used but not declared`);
      return variables[v.name] ?? null;
    case 'string':
    case 'int':
    case 'float':
    case 'boolean':
      return v.value;
    case 'enum':
      return { enumLiteral: v.value };
    case 'null':
      return null;
    case 'list':
      return v.values.map((x) => resolveValue(x, variables, declared));
    case 'object':
      return Object.fromEntries(
        Object.entries(v.fields).map(([k, x]) => [k, resolveValue(x, variables, declared)]),
      );
  }
}

/** Shapes a resolved object according to a selection set; unknown fields are GraphQL errors. */
export function select(typeName: string, obj: Record<string, unknown>, selections: GqlField[]): unknown {
  const out: Record<string, unknown> = {};
  for (const f of selections) {
    if (f.name === '__typename') {
      out[f.alias] = typeName;
      continue;
    }
    if (!(f.name in obj)) throw new GraphqlError(`Field '${f.name}' doesn't exist on type '${typeName}'`);
    const v = obj[f.name];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const nested = v as { __typename?: string } & Record<string, unknown>;
      if (!f.selections.length)
        throw new GraphqlError(`Field must have selections (field '${f.name}' returns ${nested.__typename})`);
      out[f.alias] = select(nested.__typename ?? f.name, nested, f.selections);
    } else {
      if (f.selections.length)
        throw new GraphqlError(`Selections can't be made on scalars (field '${f.name}' returns a scalar)`);
      out[f.alias] = v;
    }
  }
  return out;
}
