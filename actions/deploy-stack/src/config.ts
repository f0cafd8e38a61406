import { parseYaml } from '@pipewright/shared/yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { confinePath, UserError, type Inputs } from '@pipewright/shared/action';
import { parameterProblems } from './parameter-rules.ts';
import { parseParameters } from './parameters.ts';
import {
  byteLength,
  CAPABILITIES,
  inspectTemplate,
  parseTemplate,
  TEMPLATE_BODY_LIMIT,
  TEMPLATE_URL_LIMIT,
  type Capability,
  type TemplateInfo,
} from './template.ts';

const NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;

export const spec = {
  'stack-name': {
    type: 'string',
    required: true,
    pattern: NAME,
    patternHint: 'must start with a letter and contain only letters, digits and hyphens (at most 128)',
  },
  template: { type: 'string', required: true },
  parameters: { type: 'string' },
  capabilities: { type: 'list', default: ['auto'] },
  tags: { type: 'map', yaml: parseYaml },
  'role-arn': {
    type: 'string',
    pattern: /^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/,
    patternHint: 'must be an IAM role ARN (arn:aws:iam::123456789012:role/name)',
  },
  'notification-arns': { type: 'list' },
  'termination-protection': { type: 'boolean' },
  'disable-rollback': { type: 'boolean', default: false },
  'on-create-failure': { type: 'enum', values: ['ROLLBACK', 'DELETE', 'DO_NOTHING'] },
  'rollback-triggers': { type: 'list', commas: false },
  'rollback-monitoring-minutes': { type: 'integer', min: 0, max: 180 },
  'timeout-in-minutes': { type: 'integer', min: 1, max: 43_200 },
  'wait-timeout': { type: 'duration', default: '60m', minMs: 1000 },
  mode: { type: 'enum', values: ['deploy', 'preview', 'execute'], default: 'deploy' },
  'change-set-name': {
    type: 'string',
    pattern: NAME,
    patternHint: 'must start with a letter and contain only letters, digits and hyphens (at most 128)',
  },
  's3-bucket': {
    type: 'string',
    pattern: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
    patternHint: 'is not a valid S3 bucket name',
  },
  's3-prefix': { type: 'string' },
  'include-nested-stacks': { type: 'boolean', default: true },
  'import-existing-resources': { type: 'boolean', default: false },
  'recreate-failed-stack': { type: 'boolean', default: false },
  'continue-update-rollback': { type: 'boolean', default: false },
  region: { type: 'string', pattern: /^[a-z]{2}(-[a-z]+)+-\d$/, patternHint: 'is not an AWS region name' },
  endpoint: {
    type: 'string',
    pattern: /^https?:\/\/[^\s/]+(\/.*)?$/,
    patternHint: 'must be an http(s) URL',
  },
  lint: { type: 'enum', values: ['auto', 'true', 'false'], default: 'auto' },
  'github-token': { type: 'string', secret: true },
  comment: { type: 'boolean', default: true },
} as const;

export type DeployInputs = Inputs<typeof spec>;

export function crossCheck(i: DeployInputs): string[] {
  const problems: string[] = [];
  if (i.mode === 'execute' && !i.changeSetName)
    problems.push('`mode: execute` needs `change-set-name` (the change set a preview run created).');
  if (i.disableRollback && i.onCreateFailure !== undefined && i.onCreateFailure !== 'DO_NOTHING')
    problems.push(
      `\`disable-rollback: true\` contradicts \`on-create-failure: ${i.onCreateFailure}\`; use DO_NOTHING or leave it out.`,
    );
  if (i.s3Prefix !== undefined && i.s3Bucket === undefined)
    problems.push('`s3-prefix` is given without `s3-bucket`.');
  if (i.rollbackMonitoringMinutes !== undefined && !(i.rollbackTriggers ?? []).length)
    problems.push('`rollback-monitoring-minutes` is given without `rollback-triggers`.');
  return problems;
}

export type OnStackFailure = 'ROLLBACK' | 'DELETE' | 'DO_NOTHING';

export interface TemplateSource {
  /** Workspace-relative path, for messages. */
  display: string;
  body?: string;
  url?: string;
  bytes?: number;
  /** Known for local templates; URL templates are inspected through GetTemplateSummary. */
  info?: TemplateInfo;
}

export interface DeployConfig {
  stackName: string;
  mode: 'deploy' | 'preview' | 'execute';
  changeSetName: string;
  template: TemplateSource;
  s3?: { bucket: string; prefix: string | undefined };
  parameters: Record<string, string>;
  /** Keys whose values are never shown (NoEcho). */
  noEcho: string[];
  /** undefined = `auto`: taken from the template (and from InsufficientCapabilities answers). */
  capabilities: Capability[] | undefined;
  tags: { Key: string; Value: string }[];
  roleArn: string | undefined;
  notificationArns: string[];
  terminationProtection: boolean | undefined;
  disableRollback: boolean;
  onCreateFailure: OnStackFailure;
  rollbackTriggers: { Arn: string; Type: string }[];
  rollbackMonitoringMinutes: number | undefined;
  timeoutInMinutes: number | undefined;
  waitTimeoutMs: number;
  includeNestedStacks: boolean;
  importExistingResources: boolean;
  recreateFailedStack: boolean;
  continueUpdateRollback: boolean;
  region: string;
  endpoint: string | undefined;
  /** The commit this run is at (GITHUB_SHA): a preview is bound to it, and execute checks it. */
  commit: string;
}

const ALARM_TYPES = ['AWS::CloudWatch::Alarm', 'AWS::CloudWatch::CompositeAlarm'];

/** `arn` or `arn type` per line; the type defaults to a metric alarm. */
export function parseRollbackTriggers(lines: readonly string[]): { Arn: string; Type: string }[] {
  return lines.map((line) => {
    const [arn = '', type = 'AWS::CloudWatch::Alarm', ...rest] = line.trim().split(/\s+/);
    if (!/^arn:aws[a-z-]*:cloudwatch:[a-z0-9-]+:\d{12}:alarm:.+$/.test(arn) || rest.length)
      throw new UserError(`\`rollback-triggers\`: "${line}" is not a CloudWatch alarm ARN.`, {
        hint: 'One alarm per line: `arn:aws:cloudwatch:<region>:<account>:alarm:<name> [AWS::CloudWatch::CompositeAlarm]`.',
      });
    if (!ALARM_TYPES.includes(type))
      throw new UserError(`\`rollback-triggers\`: "${type}" is not one of ${ALARM_TYPES.join(', ')}.`);
    return { Arn: arn, Type: type };
  });
}

export function parseCapabilities(list: readonly string[] | undefined): Capability[] | undefined {
  if (!list || list.length === 0 || (list.length === 1 && list[0]?.toLowerCase() === 'auto'))
    return undefined;
  const wrong = list.filter((c) => !(CAPABILITIES as readonly string[]).includes(c));
  if (wrong.length)
    throw new UserError(`\`capabilities\`: unknown capability ${wrong.map((w) => `"${w}"`).join(', ')}.`, {
      hint: `Use \`auto\` or any of ${CAPABILITIES.join(', ')}.`,
    });
  return [...new Set(list as Capability[])];
}

function loadTemplate(text: string, workspace: string, s3Bucket: string | undefined): TemplateSource {
  if (/^https:\/\//i.test(text)) return { display: text, url: text };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text))
    throw new UserError(`\`template\`: "${text}" is neither a file in the workspace nor an https URL.`, {
      hint: 'Give a path relative to the workspace, or an https:// URL of an S3 object.',
    });
  const file = confinePath(text, workspace, 'file', (why) => {
    throw new UserError(`\`template\`: ${why}`, {
      hint: 'Check out the repository before this step, and give the path relative to the workspace.',
    });
  });
  const body = readFileSync(file, 'utf8');
  const bytes = byteLength(body);
  const display = path.relative(workspace, file) || text;
  if (bytes > TEMPLATE_URL_LIMIT)
    throw new UserError(
      `The template ${display} is ${bytes.toLocaleString('en-US')} bytes; CloudFormation accepts at most ${TEMPLATE_URL_LIMIT.toLocaleString('en-US')} bytes even through S3.`,
      { hint: 'Split it into nested stacks.' },
    );
  if (bytes > TEMPLATE_BODY_LIMIT && !s3Bucket)
    throw new UserError(
      `The template ${display} is ${bytes.toLocaleString('en-US')} bytes, over CloudFormation's ${TEMPLATE_BODY_LIMIT.toLocaleString('en-US')}-byte limit for an inline template, and no \`s3-bucket\` is set.`,
      {
        hint: 'Set `s3-bucket` (and optionally `s3-prefix`): the template is uploaded there and passed by URL.',
      },
    );
  return { display, body, bytes, info: inspectTemplate(parseTemplate(body, display)) };
}

/** Everything a deploy needs, validated before any API call. */
export function buildConfig(
  i: DeployInputs,
  ctx: { workspace: string; runId: string; runAttempt: string; sha?: string },
  env: NodeJS.ProcessEnv,
): DeployConfig {
  const region = i.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (!region)
    throw new UserError('No AWS region: set the `region` input, or AWS_REGION in the environment.', {
      hint: 'aws-actions/configure-aws-credentials sets AWS_REGION for later steps.',
    });
  const template = loadTemplate(i.template, ctx.workspace, i.s3Bucket);
  const params = parseParameters(i.parameters, ctx.workspace);
  const capabilities = parseCapabilities(i.capabilities);
  if (template.info) {
    // Every constraint of the template's parameters, all problems at once, before any API call.
    const problems = parameterProblems(template.info.parameters, params.values);
    if (problems.length)
      throw new UserError(
        problems.length === 1
          ? `\`parameters\`: ${problems[0]}`
          : `\`parameters\`: ${problems.length} problems against the template ${template.display}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
        {
          hint: 'Fix the values (or the constraints in the template): CloudFormation would refuse them only after creating a change set.',
        },
      );
  }
  const tags = { ...params.tags, ...(i.tags ?? {}) };
  const runId = ctx.runId.replace(/[^0-9A-Za-z]/g, '') || '0';
  const attempt = ctx.runAttempt.replace(/[^0-9A-Za-z]/g, '') || '1';
  return {
    stackName: i.stackName,
    mode: i.mode,
    changeSetName: i.changeSetName ?? `pipewright-${i.mode}-${runId}-${attempt}`,
    template,
    ...(i.s3Bucket ? { s3: { bucket: i.s3Bucket, prefix: i.s3Prefix } } : {}),
    parameters: params.values,
    noEcho: template.info?.parameters.filter((p) => p.noEcho).map((p) => p.key) ?? [],
    capabilities,
    tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    roleArn: i.roleArn,
    notificationArns: i.notificationArns ?? [],
    terminationProtection: i.terminationProtection,
    disableRollback: i.disableRollback,
    onCreateFailure:
      (i.onCreateFailure as OnStackFailure | undefined) ?? (i.disableRollback ? 'DO_NOTHING' : 'DELETE'),
    rollbackTriggers: parseRollbackTriggers(i.rollbackTriggers ?? []),
    rollbackMonitoringMinutes: i.rollbackMonitoringMinutes,
    timeoutInMinutes: i.timeoutInMinutes,
    waitTimeoutMs: i.waitTimeout,
    includeNestedStacks: i.includeNestedStacks,
    importExistingResources: i.importExistingResources,
    recreateFailedStack: i.recreateFailedStack,
    continueUpdateRollback: i.continueUpdateRollback,
    region,
    endpoint: i.endpoint,
    commit: ctx.sha ?? '',
  };
}

/** One log line saying what this run will do (NoEcho values masked). */
export function describePlan(cfg: DeployConfig): string {
  // A template given by URL is not read here, so which parameters are NoEcho is not known yet: keys only.
  const known = cfg.template.info !== undefined;
  const params = Object.entries(cfg.parameters).map(([k, v]) =>
    !known ? k : `${k}=${cfg.noEcho.includes(k) ? '****' : v}`,
  );
  return (
    `Stack ${cfg.stackName} in ${cfg.region}, mode ${cfg.mode}, change set ${cfg.changeSetName}; template ${cfg.template.display}` +
    (cfg.template.bytes !== undefined ? ` (${cfg.template.bytes} bytes)` : '') +
    (params.length ? `; parameters ${params.join(', ')}` : '')
  );
}
