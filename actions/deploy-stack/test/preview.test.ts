import { describe, expect, it } from '@jest/globals';
import type { ChangeNode } from '../src/change-tree.ts';
import {
  bindingMismatch,
  bindingText,
  dataLoss,
  dependants,
  parameterDiff,
  parseBinding,
  templateHash,
  templateResources,
} from '../src/preview.ts';

const node = (over: Partial<ChangeNode>): ChangeNode => ({
  action: 'Modify',
  logicalId: 'X',
  physicalId: undefined,
  resourceType: 'AWS::SNS::Topic',
  replacement: undefined,
  properties: [],
  children: undefined,
  nestedChangeSetId: undefined,
  ...over,
});

describe('parameterDiff', () => {
  it('old → new; NoEcho masked, and changed only when this run gave a value', () => {
    // CloudFormation answers NoEcho values as **** (DescribeStacks and DescribeChangeSet alike).
    const before = [
      { ParameterKey: 'Env', ParameterValue: 'dev' },
      { ParameterKey: 'Pw', ParameterValue: '****' },
      { ParameterKey: 'Key', ParameterValue: '****' },
    ];
    const after = [
      { ParameterKey: 'Env', ParameterValue: 'prod' },
      { ParameterKey: 'Pw', ParameterValue: '****' },
      { ParameterKey: 'Key', ParameterValue: 'leaked-by-an-emulator' },
      { ParameterKey: 'New', ParameterValue: 'x' },
    ];
    expect(parameterDiff(before, after, ['Pw', 'Key'], { Env: 'prod', Pw: 'secret' })).toEqual([
      { key: 'Env', before: 'dev', after: 'prod', noEcho: false, changed: true },
      { key: 'Pw', before: '****', after: '****', noEcho: true, changed: true },
      { key: 'Key', before: '****', after: '****', noEcho: true, changed: false },
      { key: 'New', before: undefined, after: 'x', noEcho: false, changed: true },
    ]);
  });
});

describe('templateResources and dependants', () => {
  it('finds Ref and ${Name} in Fn::Sub (string and list forms), not pseudo parameters', () => {
    const resources = templateResources({
      Parameters: { Env: {}, Size: {}, Unused: {} },
      Resources: {
        A: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { 'Fn::Sub': 'a-${Env}-${AWS::Region}' } } },
        B: { Type: 'AWS::SQS::Queue', Properties: { Tags: [{ Key: 'k', Value: { Ref: 'Size' } }] } },
        C: {
          Type: 'AWS::SNS::Topic',
          UpdateReplacePolicy: 'Retain',
          Properties: { TopicName: { 'Fn::Sub': ['${Prefix}-t', { Prefix: { Ref: 'Env' } }] } },
        },
        D: { Type: 'AWS::SNS::Topic', Properties: { TopicName: { Ref: 'AWS::StackName' } } },
      },
    });
    expect(resources).toEqual({
      A: { type: 'AWS::S3::Bucket', refs: ['Env'] },
      B: { type: 'AWS::SQS::Queue', refs: ['Size'] },
      C: { type: 'AWS::SNS::Topic', refs: ['Env'], updateReplacePolicy: 'Retain' },
      D: { type: 'AWS::SNS::Topic', refs: [] },
    });
    const diff = parameterDiff(
      [
        { ParameterKey: 'Env', ParameterValue: 'dev' },
        { ParameterKey: 'Unused', ParameterValue: '1' },
      ],
      [
        { ParameterKey: 'Env', ParameterValue: 'prod' },
        { ParameterKey: 'Unused', ParameterValue: '2' },
      ],
      [],
      {},
    );
    expect(dependants(diff, resources)).toEqual([
      { key: 'Env', resources: ['A', 'C'] },
      { key: 'Unused', resources: [] },
    ]);
  });
});

describe('dataLoss', () => {
  it('stateful resources deleted, replaced or maybe replaced, nested stacks included; others ignored', () => {
    const changes = [
      node({ logicalId: 'T', resourceType: 'AWS::DynamoDB::Table', replacement: 'True' }),
      node({ logicalId: 'Q', resourceType: 'AWS::SQS::Queue', action: 'Remove' }),
      node({ logicalId: 'Db', resourceType: 'AWS::RDS::DBInstance', replacement: 'Conditional' }),
      node({ logicalId: 'B', resourceType: 'AWS::S3::Bucket', replacement: 'False' }),
      node({ logicalId: 'Topic', resourceType: 'AWS::SNS::Topic', action: 'Remove' }),
      node({
        logicalId: 'Net',
        resourceType: 'AWS::CloudFormation::Stack',
        children: [node({ logicalId: 'Vol', resourceType: 'AWS::EC2::Volume', action: 'Remove' })],
      }),
    ];
    expect(
      dataLoss(changes, { T: { type: 'AWS::DynamoDB::Table', refs: [], updateReplacePolicy: 'Snapshot' } }),
    ).toEqual([
      {
        logicalId: 'T',
        resourceType: 'AWS::DynamoDB::Table',
        how: 'replaced',
        kept: 'UpdateReplacePolicy: Snapshot',
      },
      { logicalId: 'Q', resourceType: 'AWS::SQS::Queue', how: 'deleted' },
      { logicalId: 'Db', resourceType: 'AWS::RDS::DBInstance', how: 'maybe replaced' },
      { logicalId: 'Vol', resourceType: 'AWS::EC2::Volume', how: 'deleted', nestedIn: 'Net' },
    ]);
  });
});

describe('review binding', () => {
  const sha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
  const t = templateHash('Resources: {}');
  it('round-trips through the change set description, and says what does not match', () => {
    const text = `pipewright deploy-stack (preview) ${bindingText({ commit: sha, template: t })}`;
    expect(parseBinding(text)).toEqual({ commit: sha, template: t });
    expect(parseBinding('pipewright deploy-stack (deploy)')).toBeUndefined();
    expect(bindingMismatch({ commit: sha, template: t }, { commit: sha, template: t })).toEqual([]);
    expect(bindingMismatch({ commit: sha, template: t }, { commit: 'f'.repeat(40) })).toEqual([
      'it was previewed at commit a1b2c3d4e5f6, this run is at ffffffffffff',
    ]);
  });
});
