/**
 * Bad input stopped before any API call (parameters checked against the template's constraints, invalid inputs and
 * templates) — through the bundled action against the CloudFormation fake.
 */
import { describe, expect, it } from '@jest/globals';
import { errors, fakeHarness, TEMPLATE } from './fake-harness.ts';

/** One parameter per kind of constraint (template reference, "Parameters"). */
const CONSTRAINED = `Parameters:
  Env: {Type: String, AllowedValues: [dev, prod], Default: dev}
  Name: {Type: String, AllowedPattern: "[a-z]+", Default: app}
  Label: {Type: String, MinLength: 3, MaxLength: 8, Default: orders}
  Count: {Type: Number, MinValue: 1, MaxValue: 10, Default: 1}
  Ports: {Type: List<Number>, Default: "80"}
  Zones: {Type: CommaDelimitedList, AllowedValues: [a, b, c], Default: a}
  Token: {Type: String, NoEcho: true, MinLength: 12, Default: default-token-value}
  DbPassword: {Type: String, NoEcho: true}
Resources:
  Topic: {Type: AWS::SNS::Topic}
`;

const { start, deploy } = fakeHarness({
  prefix: 'deploy-stack-input-',
  files: {
    'stack.json': TEMPLATE,
    'big.json': JSON.stringify({
      Resources: { T: { Type: 'AWS::SNS::Topic' } },
      Metadata: { pad: 'x'.repeat(52_000) },
    }),
    'broken.yml': 'Resources:\n  Topic: {Type: AWS::SNS::Topic\n',
    'constrained.yml': CONSTRAINED,
  },
  run: 400,
  inputs: { template: 'stack.json' },
});

describe('parameters checked against the template before any API call', () => {
  it('every constraint kind, all problems in one error, zero requests, NoEcho values never shown', async () => {
    const cfn = await start();
    const r = await deploy(cfn, {
      'stack-name': 'app',
      template: 'constrained.yml',
      parameters: [
        'Env: staging',
        'Name: app1',
        'Label: ab',
        'Count: 11',
        'Ports: 80,http',
        'Zones: a,d',
        'Token: tok-short',
        'DbPassword: x',
        'Colour: blue',
      ].join('\n'),
    });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([
      '`parameters`: 8 problems against the template constrained.yml:\n' +
        '  - the template declares no parameter "Colour" (declared: Env, Name, Label, Count, Ports, Zones, Token, DbPassword).\n' +
        '  - Env: "staging" is not one of the AllowedValues (dev, prod).\n' +
        '  - Name: "app1" must match pattern [a-z]+.\n' +
        '  - Label: "ab" must contain at least 3 characters (it has 2).\n' +
        '  - Count: "11" must be at most 10.\n' +
        '  - Ports: "80,http" has items that are not numbers ("http"; Type: List<Number>).\n' +
        '  - Zones: "a,d" is not one of the AllowedValues (a, b, c): "d".\n' +
        '  - Token: the value (NoEcho) must contain at least 12 characters (it has 9).\n' +
        'Fix the values (or the constraints in the template): CloudFormation would refuse them only after creating a change set.',
    ]);
    expect(cfn.requests).toEqual([]);
    expect(r.outputs).toEqual({});
    expect(r.stdout.replace(/::add-mask::.*\n/g, '')).not.toContain('tok-short');
  });

  it('a required parameter missing on a first create: refused after DescribeStacks only, nothing created', async () => {
    const cfn = await start();
    const r = await deploy(cfn, { 'stack-name': 'app', template: 'constrained.yml' });
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toContain(
      '`parameters`: no value for "DbPassword": the template gives it no Default, and the stack does not exist yet.',
    );
    expect(r.outputs['failure']).toBe('invalid');
    // The one request that tells create from update; no change set, no stack.
    expect(cfn.requests.map((q) => q.action)).toEqual(['DescribeStacks']);
  });

  it('on an update, a parameter not given keeps its previous value: not missing', async () => {
    const cfn = await start({
      stacks: [
        {
          name: 'app',
          status: 'UPDATE_COMPLETE',
          template: CONSTRAINED,
          parameters: { DbPassword: 'old', Env: 'dev' },
        },
      ],
    });
    const r = await deploy(cfn, {
      'stack-name': 'app',
      template: 'constrained.yml',
      parameters: 'Env: prod',
    });
    expect(errors(r)).toEqual([]);
    expect(cfn.calls('CreateChangeSet')[0]).toMatchObject({
      'Parameters.member.1.ParameterKey': 'Env',
      'Parameters.member.1.ParameterValue': 'prod',
      'Parameters.member.2.ParameterKey': 'DbPassword',
      'Parameters.member.2.UsePreviousValue': 'true',
    });
  }, 60_000);
});

describe('bad input stops before any API call', () => {
  it.each([
    [{ parameters: 'Colour=blue' }, 'declares no parameter "Colour"'],
    [{ parameters: '{ Size: [' }, '`parameters`: not valid YAML or JSON'],
    [{ template: 'missing.yml' }, '`template`: "missing.yml" does not exist'],
    [{ template: 'big.json' }, 'no `s3-bucket` is set'],
    [{ template: 'broken.yml' }, 'is not valid JSON or YAML'],
    [{ capabilities: 'CAPABILITY_ROOT' }, 'unknown capability "CAPABILITY_ROOT"'],
    [{ mode: 'execute' }, '`mode: execute` needs `change-set-name`'],
    [{ 'rollback-triggers': 'arn:aws:sns:us-east-1:123456789012:topic' }, 'is not a CloudWatch alarm ARN'],
  ])('%j', async (inputs, message) => {
    const cfn = await start();
    const r = await deploy(cfn, { 'stack-name': 'app', ...inputs });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([expect.stringContaining(message)]);
    expect(r.outputs).toEqual({});
    expect(cfn.requests).toEqual([]);
  });
});
