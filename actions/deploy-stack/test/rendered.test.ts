import { describe, expect, it } from '@jest/globals';
import { COMMENT_LIMIT, SUMMARY_LIMIT, utf8Bytes, type Measure } from '@pipewright/shared/report';
import { HOSTILE } from '@pipewright/testkit';
import {
  renderLikeGitHub,
  renderedProblems,
  renderedTables,
  withoutInvisible,
} from '@pipewright/testkit/render-like-github';
import type { ChangeNode } from '../src/change-tree.ts';
import type { DeployResult } from '../src/result.ts';
import { renderReport } from '../src/report.ts';

// What GitHub shows for the deploy comment and job summary (cmark-gfm + GitHub's sanitizer), with hostile text
// in everything CloudFormation and the template control.
const H = HOSTILE;
const CONNECTION = 'postgres://app@db.example:5432/app?sslmode=require#primary';

const node = (over: Partial<ChangeNode>): ChangeNode => ({
  action: 'Modify',
  logicalId: `Res${H}`,
  physicalId: undefined,
  resourceType: 'AWS::SNS::Topic',
  replacement: 'True',
  properties: [
    { path: `Properties.${H}`, before: H, after: 'b', requiresRecreation: 'Always', source: undefined },
  ],
  children: undefined,
  nestedChangeSetId: undefined,
  ...over,
});

const result: DeployResult = {
  outcome: 'failed',
  stackName: 'app',
  stackId: 'arn:stack',
  changeSetName: 'pw-1',
  changeSetId: 'arn:cs',
  changeSetType: 'UPDATE',
  hasChanges: true,
  status: 'UPDATE_ROLLBACK_COMPLETE',
  outputs: { [`Out${H}`]: H, DbUrl: CONNECTION },
  changes: [node({})],
  rootCause: {
    stackName: `nested ${H}`,
    logicalId: `Root${H}`,
    resourceType: 'AWS::EC2::SecurityGroup',
    status: 'UPDATE_FAILED',
    reason: `reason ${H}`,
    timestamp: undefined,
  },
  message: `message ${H}`,
  eventCount: 3,
  events: [],
  failure: undefined,
  done: [`done ${H}`],
  notDone: [`not done ${H}`],
  parameterChanges: [
    { key: `Param${H}`, before: `old ${H}`, after: `new ${H}`, noEcho: false, changed: true },
  ],
  dependants: [{ key: `Param${H}`, resources: [`Res${H}`] }],
  dataLoss: [{ logicalId: `Table${H}`, resourceType: 'AWS::DynamoDB::Table', how: 'replaced' }],
};

describe.each<[string, number, Measure | undefined]>([
  ['comment', COMMENT_LIMIT, undefined],
  ['job summary', SUMMARY_LIMIT, utf8Bytes],
])('deploy-stack %s as GitHub shows it', (_, limit, measure) => {
  const md = renderReport(result, { region: 'us-east-1', limit, ...(measure ? { measure } : {}) });
  const r = renderLikeGitHub(md);
  const lines = r.text.split('\n');

  it('shows every name, reason and value exactly, with nothing live', () => {
    expect(renderedProblems(md, { untrusted: [H] })).toEqual([]);
    const prose = withoutInvisible(r.text).split('\n');
    expect(prose).toContain(`message ${H}`);
    expect(prose).toContain(
      `Root cause (earliest failure of this deployment): Root${H} (AWS::EC2::SecurityGroup) UPDATE_FAILED in nested stack nested ${H}`,
    );
    expect(prose).toContain(`reason ${H}`);
    expect(prose).toContain(`✏️ Modify Res${H} (AWS::SNS::Topic) — ⚠️ replacement`);
  });

  it('shows output values exactly as copied, with no invisible character', () => {
    // outputs are code: the reader copies them (connection strings, URLs)
    expect(lines).toContain(`Out${H}: ${H}`);
    expect(lines).toContain(`DbUrl: ${CONNECTION}`);
  });

  it('starts with a facts table under named headers, not an empty header row', () => {
    expect(renderedTables(r.html)[0]).toEqual({
      header: ['Stack', 'Status', 'Change set', 'Has changes'],
      rows: [['app (us-east-1)', 'UPDATE_ROLLBACK_COMPLETE', 'pw-1 (UPDATE)', 'yes']],
    });
  });
});
