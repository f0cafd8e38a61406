import {
  CORE_SCHEMA,
  defineMappingTag,
  defineScalarTag,
  defineSequenceTag,
  load,
  type Schema,
} from 'js-yaml';

/**
 * YAML parsing for inputs, parameter files, templates and kubeconfigs, with js-yaml: its bundle is less than
 * half of `yaml`'s and loads and parses a template in about 11 ms instead of 18 (bench note in
 * docs/performance.md, cold start) — a cost every action pays at start-up. The YAML 1.2 core schema: no
 * timestamps, no merge keys, `yes` is a string.
 */
export class YamlSyntaxError extends Error {
  /** What is wrong, without the position. */
  readonly reason: string;
  /** 1-based line of the problem, when known. */
  readonly line: number | undefined;
  constructor(reason: string, line: number | undefined) {
    super(line ? `${reason} (line ${line})` : reason);
    this.name = 'YamlSyntaxError';
    this.reason = reason;
    this.line = line;
  }
}

function wrap<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    const x = e as { name?: string; reason?: string; message?: string; mark?: { line?: number } };
    if (x?.name !== 'YAMLException') throw e;
    const line = typeof x.mark?.line === 'number' ? x.mark.line + 1 : undefined;
    throw new YamlSyntaxError(x.reason || String(x.message).split('\n')[0] || 'not valid YAML', line);
  }
}

/** One YAML document; duplicate keys are an error, at most 100 aliases. Empty text gives `null`. */
export function parseYaml(text: string): unknown {
  if (text.trim() === '') return null;
  return wrap(() => load(text, { schema: CORE_SCHEMA, maxAliases: 100 }));
}

/** CloudFormation's short-form tags become their long form: `!Ref X` → `{ Ref: X }`, `!Sub s` → `{ 'Fn::Sub': s }`. */
function longForm(data: unknown, tag: string): Record<string, unknown> {
  const name = tag.replace(/^!/, '');
  return { [name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`]: data };
}

const never = () => false;
let templateSchema: Schema | undefined;

/**
 * A CloudFormation template in YAML (or JSON, which is YAML): any local tag (`!Ref`, `!Sub`, `!GetAtt`, a
 * future one) is accepted and turned into its long form; duplicate keys are left for CloudFormation to
 * judge (the last value is kept here); at most 10,000 aliases (a template is at most 1 MB).
 */
export function parseTemplateYaml(text: string): unknown {
  templateSchema ??= CORE_SCHEMA.withTags(
    defineScalarTag('!', {
      matchByTagPrefix: true,
      resolve: (source, _explicit, tag) => longForm(source, tag),
      identify: never,
    }),
    defineSequenceTag('!', {
      matchByTagPrefix: true,
      create: (tag) => ({ tag, items: [] as unknown[] }),
      addItem: (c, item) => {
        c.items.push(item);
      },
      finalize: (c) => longForm(c.items, c.tag),
      identify: never,
    }),
    defineMappingTag('!', {
      matchByTagPrefix: true,
      create: (tag) => ({ tag, map: {} as Record<string, unknown> }),
      addPair: (c, key, value) => {
        c.map[String(key)] = value;
        return '';
      },
      has: (c, key) => Object.hasOwn(c.map, String(key)),
      keys: (r) => Object.keys(r),
      get: (r, key) => r[String(key)],
      finalize: (c) => longForm(c.map, c.tag),
      identify: never,
    }),
  );
  const schema = templateSchema;
  if (text.trim() === '') return null;
  return wrap(() => load(text, { schema, json: true, maxAliases: 10_000 }));
}
