import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getInputs, UserError } from '@pipewright/shared/action';
import { buildConfig, crossCheck, parseCapabilities, parseRollbackTriggers, spec } from '../src/config.ts';
import { parseParameters, unknownKeys } from '../src/parameters.ts';
import {
  inspectTemplate,
  parseTemplate,
  requiredCapabilities,
  templateKey,
  templateUrl,
} from '../src/template.ts';

const ws = mkdtempSync(path.join(os.tmpdir(), 'deploy-stack-unit-'));
const write = (name: string, text: string) => writeFileSync(path.join(ws, name), text);
write(
  'cfn.json',
  JSON.stringify([
    { ParameterKey: 'A', ParameterValue: '1' },
    { ParameterKey: 'B', ParameterValue: 2 },
  ]),
);
write('pipeline.json', JSON.stringify({ Parameters: { A: '1', B: 'x' }, Tags: { team: 'core' } }));
write('kv.json', JSON.stringify(['A=1', 'B=a=b']));
write('map.yml', 'A: 1\nB: "two"\n');
write('bad.json', '{"A": ');

describe('parameters in every shape', () => {
  it.each([
    ['YAML map', 'A: 1\nB: two', { A: '1', B: 'two' }, {}],
    ['K=V lines', 'A=1\nB = two words', { A: '1', B: 'two words' }, {}],
    ['a value with =', 'A=x=y', { A: 'x=y' }, {}],
    ['JSON inline', '{"A": "1"}', { A: '1' }, {}],
    ['list value joined', 'Subnets: [a, b]', { Subnets: 'a,b' }, {}],
    ["CloudFormation's file", 'file://cfn.json', { A: '1', B: '2' }, {}],
    ["CodePipeline's file", 'file://pipeline.json', { A: '1', B: 'x' }, { team: 'core' }],
    ['K=V list file', 'file://kv.json', { A: '1', B: 'a=b' }, {}],
    ['YAML file', 'file://map.yml', { A: '1', B: 'two' }, {}],
    ['empty', '', {}, {}],
  ])('%s', (_what, text, values, tags) => {
    expect(parseParameters(text, ws)).toEqual({ values, tags });
  });

  it.each([
    ['file://bad.json', 'not valid YAML or JSON'],
    ['file://nope.json', 'does not exist'],
    ['file://../../etc/passwd', 'outside the workspace'],
    ['A: {b: 1}', 'must be a scalar'],
    ['[{"ParameterValue": "x"}]', 'item 1 has no ParameterKey'],
    ['just text', 'is not a map'],
  ])('%s is refused', (text, message) => {
    expect(() => parseParameters(text, ws)).toThrow(UserError);
    expect(() => parseParameters(text, ws)).toThrow(message);
  });

  it('finds keys the template does not declare', () => {
    expect(unknownKeys({ A: '1', Colour: 'x' }, ['A', 'B'])).toEqual(['Colour']);
  });
});

describe('templates', () => {
  it.each([
    ['nothing special', { Resources: { T: { Type: 'AWS::SNS::Topic' } } }, []],
    ['an IAM role', { Resources: { R: { Type: 'AWS::IAM::Role', Properties: {} } } }, ['CAPABILITY_IAM']],
    [
      'a named IAM role',
      {
        Resources: {
          R: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'x' } },
          P: { Type: 'AWS::IAM::Policy' },
        },
      },
      ['CAPABILITY_NAMED_IAM'],
    ],
    ['a transform', { Transform: 'AWS::Serverless-2016-10-31', Resources: {} }, ['CAPABILITY_AUTO_EXPAND']],
    [
      'a nested stack with IAM',
      { Resources: { N: { Type: 'AWS::CloudFormation::Stack' }, U: { Type: 'AWS::IAM::User' } } },
      ['CAPABILITY_IAM', 'CAPABILITY_AUTO_EXPAND'],
    ],
  ])('capabilities for %s', (_what, template, caps) => {
    expect(inspectTemplate(template).capabilities).toEqual(caps);
  });

  it('reads YAML with short-form intrinsics, NoEcho and defaults', () => {
    const t = parseTemplate(
      'Parameters:\n  Pw: {Type: String, NoEcho: true}\n  Env: {Type: String, Default: dev}\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub "${Env}-q"\n      Tags: [!Ref Env]\n',
      't.yml',
    );
    expect(inspectTemplate(t)).toEqual({
      parameters: [
        { key: 'Pw', noEcho: true, hasDefault: false, type: 'String' },
        { key: 'Env', noEcho: false, hasDefault: true, type: 'String' },
      ],
      capabilities: [],
      resourceCount: 1,
      hasNestedStacks: false,
      // Q refers to Env through !Sub and !Ref (short forms read as Fn::Sub / Ref).
      resources: { Q: { type: 'AWS::SQS::Queue', refs: ['Env'] } },
    });
  });

  it.each([
    ['Resources: [', 'is not valid JSON or YAML (line 1)'],
    ['- a\n- b', 'expected a map at the top'],
    ['Parameters: {}', 'has no `Resources` section'],
  ])('refuses %j', (text, message) => {
    expect(() => parseTemplate(text, 't.yml')).toThrow(message);
  });

  it('reads the capabilities CloudFormation asks for', () => {
    expect(requiredCapabilities('Requires capabilities : [CAPABILITY_AUTO_EXPAND, CAPABILITY_IAM]')).toEqual([
      'CAPABILITY_AUTO_EXPAND',
      'CAPABILITY_IAM',
    ]);
  });

  it('keys uploads by content hash under the prefix', () => {
    expect(templateKey('abc', '/deploy/')).toBe(
      'deploy/ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad.template',
    );
    expect(templateKey('abc', undefined)).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad.template',
    );
  });

  it.each([
    ['b', 'us-east-1', undefined, 'https://b.s3.us-east-1.amazonaws.com/p/k.template'],
    ['b', 'cn-north-1', undefined, 'https://b.s3.cn-north-1.amazonaws.com.cn/p/k.template'],
    ['my.bucket', 'eu-west-1', undefined, 'https://s3.eu-west-1.amazonaws.com/my.bucket/p/k.template'],
    ['b', 'us-east-1', 'http://127.0.0.1:5000/', 'http://127.0.0.1:5000/b/p/k.template'],
  ])('URL of s3://%s in %s', (bucket, region, endpoint, url) => {
    expect(templateUrl(bucket, 'p/k.template', region, endpoint)).toBe(url);
  });
});

describe('inputs', () => {
  const env = (inputs: Record<string, string>) =>
    Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const config = (inputs: Record<string, string>, extraEnv: Record<string, string> = {}) =>
    buildConfig(
      getInputs(
        spec,
        { env: env({ 'stack-name': 'app', template: 't.yml', ...inputs }), workspace: ws },
        crossCheck,
      ),
      { workspace: ws, runId: '99', runAttempt: '2' },
      extraEnv,
    );
  write('t.yml', 'Parameters:\n  Env: {Type: String}\nResources:\n  R: {Type: AWS::IAM::Role}\n');
  write('big.yml', `Resources:\n  T: {Type: AWS::SNS::Topic}\nMetadata:\n  pad: "${'é'.repeat(25_600)}"\n`);

  it('builds the whole configuration with defaults', () => {
    expect(config({ region: 'eu-west-1', parameters: 'Env=prod', tags: 'a=1' })).toMatchObject({
      stackName: 'app',
      mode: 'deploy',
      changeSetName: 'pipewright-deploy-99-2',
      parameters: { Env: 'prod' },
      capabilities: undefined,
      tags: [{ Key: 'a', Value: '1' }],
      onCreateFailure: 'DELETE',
      disableRollback: false,
      includeNestedStacks: true,
      importExistingResources: false,
      waitTimeoutMs: 3_600_000,
      terminationProtection: undefined,
      region: 'eu-west-1',
    });
  });

  it('disable-rollback makes a failed create DO_NOTHING', () => {
    expect(config({ region: 'eu-west-1', 'disable-rollback': 'true' }).onCreateFailure).toBe('DO_NOTHING');
  });

  it('takes the region from AWS_REGION', () => {
    expect(config({}, { AWS_REGION: 'ap-south-1' }).region).toBe('ap-south-1');
  });

  it.each([
    [{}, 'No AWS region'],
    [{ region: 'eu-west-1', parameters: 'Nope=1' }, 'declares no parameter "Nope"'],
    // 25,600 two-byte characters: under 51,200 characters, over 51,200 bytes.
    [{ region: 'eu-west-1', template: 'big.yml' }, "over CloudFormation's 51,200-byte limit"],
    [
      { region: 'eu-west-1', template: 'http://example.com/t.yml' },
      'neither a file in the workspace nor an https URL',
    ],
    [{ region: 'eu-west-1', 'disable-rollback': 'true', 'on-create-failure': 'DELETE' }, 'contradicts'],
    [{ region: 'eu-west-1', 's3-prefix': 'x' }, '`s3-prefix` is given without `s3-bucket`'],
  ])('refuses %j', (inputs, message) => {
    expect(() => config(inputs)).toThrow(message);
  });

  it('accepts a large template when a bucket is set, and an https URL as is', () => {
    expect(
      config({ region: 'eu-west-1', template: 'big.yml', 's3-bucket': 'templates' }).template.bytes,
    ).toBeGreaterThan(51_200);
    expect(config({ region: 'eu-west-1', template: 'https://b.s3.amazonaws.com/t.yml' }).template).toEqual({
      display: 'https://b.s3.amazonaws.com/t.yml',
      url: 'https://b.s3.amazonaws.com/t.yml',
    });
  });

  it.each([
    [['auto'], undefined],
    [[], undefined],
    [
      ['CAPABILITY_IAM', 'CAPABILITY_IAM', 'CAPABILITY_AUTO_EXPAND'],
      ['CAPABILITY_IAM', 'CAPABILITY_AUTO_EXPAND'],
    ],
  ])('capabilities %j', (list, caps) => {
    expect(parseCapabilities(list)).toEqual(caps);
  });

  it('parses rollback triggers with and without a type', () => {
    expect(
      parseRollbackTriggers([
        'arn:aws:cloudwatch:us-east-1:123456789012:alarm:a',
        'arn:aws:cloudwatch:us-east-1:123456789012:alarm:b AWS::CloudWatch::CompositeAlarm',
      ]),
    ).toEqual([
      { Arn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:a', Type: 'AWS::CloudWatch::Alarm' },
      { Arn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:b', Type: 'AWS::CloudWatch::CompositeAlarm' },
    ]);
    expect(() => parseRollbackTriggers(['arn:aws:cloudwatch:us-east-1:123456789012:alarm:b Other'])).toThrow(
      'is not one of',
    );
  });
});
