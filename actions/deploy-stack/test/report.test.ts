import { describe, expect, it } from '@jest/globals';
import { COMMENT_LIMIT } from '@pipewright/shared/report';
import { countChanges, countsLine, renderNode, toChangeNode, type ChangeNode } from '../src/change-tree.ts';
import type { DeployResult } from '../src/result.ts';
import { failureText, renderReport } from '../src/report.ts';
import {
  liveImages,
  liveLinks,
  liveMentions,
  renderLikeGitHub,
  renderedTables,
} from '@pipewright/testkit/render-like-github';

const node = (over: Partial<ChangeNode>): ChangeNode => ({
  action: 'Add',
  logicalId: 'X',
  physicalId: undefined,
  resourceType: 'AWS::SNS::Topic',
  replacement: undefined,
  properties: [],
  children: undefined,
  nestedChangeSetId: undefined,
  ...over,
});

const result = (over: Partial<DeployResult>): DeployResult => ({
  outcome: 'previewed',
  stackName: 'app',
  stackId: 'arn:stack',
  changeSetName: 'pw-1',
  changeSetId: 'arn:cs',
  changeSetType: 'UPDATE',
  hasChanges: true,
  status: 'UPDATE_COMPLETE',
  outputs: {},
  changes: [],
  rootCause: undefined,
  message: undefined,
  eventCount: 0,
  events: [],
  failure: undefined,
  done: [],
  notDone: [],
  parameterChanges: [],
  dependants: [],
  dataLoss: [],
  ...over,
});

describe('change tree', () => {
  it('maps a ResourceChange with property values', () => {
    expect(
      toChangeNode({
        Type: 'Resource',
        ResourceChange: {
          Action: 'Modify',
          LogicalResourceId: 'Db',
          ResourceType: 'AWS::RDS::DBInstance',
          Replacement: 'Conditional',
          ChangeSetId: 'arn:nested',
          Details: [
            {
              Target: {
                Attribute: 'Properties',
                Name: 'Engine',
                RequiresRecreation: 'Conditionally',
                BeforeValue: 'a',
                AfterValue: 'b',
              },
              ChangeSource: 'DirectModification',
            },
          ],
        },
      }),
    ).toEqual(
      node({
        action: 'Modify',
        logicalId: 'Db',
        resourceType: 'AWS::RDS::DBInstance',
        replacement: 'Conditional',
        nestedChangeSetId: 'arn:nested',
        properties: [
          {
            path: 'Properties.Engine',
            before: 'a',
            after: 'b',
            requiresRecreation: 'Conditionally',
            source: 'DirectModification',
          },
        ],
      }),
    );
  });

  it('counts nested changes and highlights replacements', () => {
    const tree = [
      node({
        action: 'Modify',
        logicalId: 'Net',
        resourceType: 'AWS::CloudFormation::Stack',
        children: [
          node({ action: 'Remove', logicalId: 'Old' }),
          node({ action: 'Modify', logicalId: 'Sg', replacement: 'True' }),
        ],
      }),
      node({ action: 'Modify', logicalId: 'Db', replacement: 'Conditional' }),
    ];
    expect(countsLine(countChanges(tree))).toBe(
      '0 to add, 3 to modify, 1 to remove (**1 replacement, 1 conditional replacement**)',
    );
    const r = renderLikeGitHub(renderNode(tree[0] as ChangeNode, 'full'));
    expect(r.text).toBe(
      [
        '✏️ Modify Net (AWS::CloudFormation::Stack)',
        '➖ Remove Old (AWS::SNS::Topic)',
        '✏️ Modify Sg (AWS::SNS::Topic) — ⚠️ replacement',
      ].join('\n'),
    );
    expect(r.html).toContain(
      '<li>✏️ <strong>Modify</strong> <code>Net</code> (AWS::CloudFormation::Stack)\n<ul>',
    );
  });

  it('escapes untrusted names and values', () => {
    const text = renderNode(
      node({
        logicalId: '<img src=x>',
        properties: [
          { path: 'P', before: '@team', after: '`x`', requiresRecreation: 'Never', source: undefined },
        ],
      }),
      'full',
    );
    const r = renderLikeGitHub(text);
    expect([liveImages(r.html), liveMentions(r.html), liveLinks(r.html)]).toEqual([[], [], []]);
    // values are code: shown and copied exactly, with no invisible character
    expect(r.text).toBe('➕ Add <img src=x> (AWS::SNS::Topic)\nP: @team → `x`');
  });
});

describe('report', () => {
  it('explains a failure with its root cause', () => {
    const r = result({
      outcome: 'failed',
      message: 'The stack ended in UPDATE_ROLLBACK_COMPLETE.',
      rootCause: {
        stackName: 'app-Net-1',
        logicalId: 'Sg',
        resourceType: 'AWS::EC2::SecurityGroup',
        status: 'UPDATE_FAILED',
        reason: 'limit',
        timestamp: undefined,
      },
    });
    expect(failureText(r)).toBe(
      'The stack ended in UPDATE_ROLLBACK_COMPLETE.\nRoot cause: Sg (AWS::EC2::SecurityGroup) UPDATE_FAILED: limit [nested stack app-Net-1]',
    );
    const md = renderReport(r, { region: 'us-east-1', limit: COMMENT_LIMIT });
    const shown = renderLikeGitHub(md);
    const lines = shown.text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'deploy-stack: app — ❌ failed',
      'Stack\tStatus\tChange set\tHas changes',
      // hasChanges with no resource change: parameters only (issue #14)
      'app (us-east-1)\tUPDATE_COMPLETE\tpw-1 (UPDATE)\tyes — parameters only, no resource changes',
    ]);
    expect(renderedTables(shown.html)[0]?.header).toEqual(['Stack', 'Status', 'Change set', 'Has changes']);
    expect(lines.slice(3)).toEqual([
      'Why it failed',
      'The stack ended in UPDATE_ROLLBACK_COMPLETE.',
      'Root cause (earliest failure of this deployment): Sg (AWS::EC2::SecurityGroup) UPDATE_FAILED in nested stack app-Net-1',
      'limit',
      // what the run did (issue #14: every failure says what was done and what was not)
      'What was done',
      'Done: nothing.',
      // a change set with changes but no resource change (issue #14: parameter-only previews explained)
      'No resource changes',
      'CloudFormation lists no resource change: only stack-level settings change (parameters, tags or outputs).',
    ]);
  });

  it('stays within the comment limit with thousands of changes, and says what it left out', () => {
    const changes = Array.from({ length: 5000 }, (_, i) =>
      node({
        action: 'Modify',
        logicalId: `Resource${i}`,
        properties: [
          {
            path: 'Properties.Body',
            before: 'a'.repeat(150),
            after: 'b'.repeat(150),
            requiresRecreation: 'Never',
            source: undefined,
          },
        ],
      }),
    );
    const md = renderReport(result({ changes }), { region: 'us-east-1', limit: COMMENT_LIMIT });
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md).toContain('#### Changes: 0 to add, 5000 to modify, 0 to remove');
    expect(md).toMatch(/…and [\d,]+ more/);
  });
});
