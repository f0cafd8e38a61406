import { createHash } from 'node:crypto';
import { UserError } from '@pipewright/shared/action';
import { parseTemplateYaml, YamlSyntaxError } from '@pipewright/shared/yaml';
import { templateResources, type TemplateResource } from './preview.ts';

/** CloudFormation's limit for an inline TemplateBody, in bytes; larger templates go through S3 (≤ 1 MB). */
export const TEMPLATE_BODY_LIMIT = 51_200;
export const TEMPLATE_URL_LIMIT = 1_000_000;

export const CAPABILITIES = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export interface DeclaredParameter {
  key: string;
  noEcho: boolean;
  hasDefault: boolean;
  /** `Type` (String when absent) and the constraints checked before any API call (parameter-rules.ts). */
  type: string;
  allowedValues?: string[];
  allowedPattern?: string;
  minLength?: number;
  maxLength?: number;
  minValue?: number;
  maxValue?: number;
  constraintDescription?: string;
}

const num = (v: unknown): number | undefined =>
  v === undefined || v === null || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v);

function declaredParameter(key: string, def: Record<string, unknown> | null): DeclaredParameter {
  const d = def ?? {};
  const p: DeclaredParameter = {
    key,
    noEcho: String(d.NoEcho ?? 'false').toLowerCase() === 'true',
    hasDefault: d.Default !== undefined,
    type: typeof d.Type === 'string' ? d.Type : 'String',
  };
  if (Array.isArray(d.AllowedValues)) p.allowedValues = d.AllowedValues.map(String);
  if (typeof d.AllowedPattern === 'string') p.allowedPattern = d.AllowedPattern;
  const limits = {
    minLength: d.MinLength,
    maxLength: d.MaxLength,
    minValue: d.MinValue,
    maxValue: d.MaxValue,
  };
  for (const [k, v] of Object.entries(limits)) {
    const n = num(v);
    if (n !== undefined) p[k as 'minLength'] = n;
  }
  if (typeof d.ConstraintDescription === 'string') p.constraintDescription = d.ConstraintDescription;
  return p;
}

/** What the action needs to know about a template it can read locally. */
export interface TemplateInfo {
  parameters: DeclaredParameter[];
  /** Capabilities the template needs, as far as can be told from the template itself. */
  capabilities: Capability[];
  resourceCount: number;
  hasNestedStacks: boolean;
  /** Each resource's type, policies and the parameters it refers to (for the preview). */
  resources?: Record<string, TemplateResource>;
}

/** IAM resources whose custom-name property requires CAPABILITY_NAMED_IAM. */
const IAM_NAME_PROPS: Record<string, string> = {
  'AWS::IAM::Role': 'RoleName',
  'AWS::IAM::User': 'UserName',
  'AWS::IAM::Group': 'GroupName',
  'AWS::IAM::ManagedPolicy': 'ManagedPolicyName',
  'AWS::IAM::InstanceProfile': 'InstanceProfileName',
};

/**
 * Parses a JSON or YAML template. CloudFormation's short-form tags (!Ref, !Sub, !GetAtt, …) become their
 * long form (`{ Ref: … }`, `{ 'Fn::Sub': … }`): only the shape (Parameters, Resources, Transform) matters here.
 */
export function parseTemplate(text: string, where: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = parseTemplateYaml(text);
  } catch (e) {
    if (!(e instanceof YamlSyntaxError)) throw e;
    throw new UserError(
      `The template ${where} is not valid JSON or YAML${e.line ? ` (line ${e.line})` : ''}: ${e.reason}`,
      { hint: 'Check the template with `cfn-lint` or `aws cloudformation validate-template`.' },
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new UserError(
      `The template ${where} is not a CloudFormation template (expected a map at the top).`,
    );
  const t = value as Record<string, unknown>;
  if (t.Resources === undefined || t.Resources === null || typeof t.Resources !== 'object')
    throw new UserError(`The template ${where} has no \`Resources\` section.`, {
      hint: 'Every CloudFormation template needs at least one resource.',
    });
  return t;
}

export function inspectTemplate(t: Record<string, unknown>): TemplateInfo {
  const params = (t.Parameters ?? {}) as Record<string, Record<string, unknown> | null>;
  const parameters = Object.entries(params).map(([key, def]) => declaredParameter(key, def));
  const resources = Object.values((t.Resources ?? {}) as Record<string, Record<string, unknown> | null>);
  const caps = new Set<Capability>();
  let nested = false;
  for (const r of resources) {
    const type = String(r?.Type ?? '');
    const props = (r?.Properties ?? {}) as Record<string, unknown>;
    if (type.startsWith('AWS::IAM::')) {
      const nameProp = IAM_NAME_PROPS[type];
      caps.add(nameProp && props[nameProp] !== undefined ? 'CAPABILITY_NAMED_IAM' : 'CAPABILITY_IAM');
    }
    if (type.startsWith('AWS::Serverless::')) caps.add('CAPABILITY_AUTO_EXPAND');
    if (type === 'AWS::CloudFormation::Stack' || type === 'AWS::Serverless::Application') {
      nested = true;
      // Nested applications fail without it in practice, whatever the CreateChangeSet docs say.
      caps.add('CAPABILITY_AUTO_EXPAND');
    }
  }
  if (t.Transform !== undefined) caps.add('CAPABILITY_AUTO_EXPAND');
  if (caps.has('CAPABILITY_NAMED_IAM')) caps.delete('CAPABILITY_IAM');
  return {
    parameters,
    capabilities: CAPABILITIES.filter((c) => caps.has(c)),
    resourceCount: resources.length,
    hasNestedStacks: nested,
    resources: templateResources(t),
  };
}

/** The capabilities named in "Requires capabilities : [CAPABILITY_AUTO_EXPAND]". */
export function requiredCapabilities(message: string): Capability[] {
  const m = /\[([^\]]*)\]/.exec(message);
  if (!m) return [];
  return (m[1] as string)
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is Capability => (CAPABILITIES as readonly string[]).includes(s));
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** `<prefix>/<sha256>.template`: a content hash, so concurrent runs never overwrite each other's template. */
export function templateKey(body: string, prefix: string | undefined): string {
  const hash = createHash('sha256').update(body, 'utf8').digest('hex');
  const p = (prefix ?? '').replace(/^\/+|\/+$/g, '');
  return p ? `${p}/${hash}.template` : `${hash}.template`;
}

export function dnsSuffix(region: string): string {
  return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
}

/**
 * The URL CloudFormation fetches the template from: regional virtual-hosted style (the legacy global
 * form does not work in China or GovCloud); path style for bucket names with dots (TLS wildcard) and for
 * an S3 emulator endpoint.
 */
export function templateUrl(bucket: string, key: string, region: string, s3Endpoint?: string): string {
  const k = key.split('/').map(encodeURIComponent).join('/');
  if (s3Endpoint) return `${s3Endpoint.replace(/\/+$/, '')}/${bucket}/${k}`;
  const suffix = dnsSuffix(region);
  if (bucket.includes('.')) return `https://s3.${region}.${suffix}/${bucket}/${k}`;
  return `https://${bucket}.s3.${region}.${suffix}/${k}`;
}
