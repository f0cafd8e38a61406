/**
 * The harness of the integration tests against the CloudFormation fake (fake-deploy, fake-failures, fake-states):
 * a temporary workspace holding the templates, the fake of the running test (closed after each test), and
 * `deploy`, which runs the bundled action with a fresh GITHUB_RUN_ID and the file's default inputs.
 */
import { afterEach, beforeAll } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBundle, type RunBundleResult } from '@pipewright/testkit';
import {
  startFakeCloudFormation,
  type FakeCloudFormation,
  type FakeCloudFormationOptions,
} from '@pipewright/testkit/cloudformation-fake/server';

export interface FakeHarnessOptions {
  /** Prefix of the temporary workspace directory. */
  prefix: string;
  /** Files written into the workspace before the tests, by name. */
  files: Record<string, string>;
  /** The run id before the first deploy (each deploy increments it first). */
  run: number;
  /** Inputs of every deploy, under the ones a test gives (region, endpoint, comment and lint are always set). */
  inputs: Record<string, string>;
  /** Options of every fake, under the ones a test gives. */
  fake?: FakeCloudFormationOptions;
}

export interface FakeHarness {
  /** The workspace the action runs in (made before the tests). */
  workspace: string;
  /** The fake closed after the running test; a test that closes it itself sets this to undefined. */
  fake: FakeCloudFormation | undefined;
  /** The GITHUB_RUN_ID of the latest run. */
  run: number;
  /** Starts a fake (the file's options, then `o`) and makes it the one closed after the test. */
  start: (o?: FakeCloudFormationOptions) => Promise<FakeCloudFormation>;
  /** Runs the bundled action against `cfn` under the next run id. */
  deploy: (
    cfn: FakeCloudFormation,
    inputs?: Record<string, string>,
    extra?: { githubApiUrl?: string },
  ) => Promise<RunBundleResult>;
}

/** Registers the workspace (beforeAll) and the closing of the fake (afterEach) of a test file. */
export function fakeHarness(o: FakeHarnessOptions): FakeHarness {
  const h: FakeHarness = {
    workspace: '',
    fake: undefined,
    run: o.run,
    start: async (options = {}) => {
      h.fake = await startFakeCloudFormation({ ...o.fake, ...options });
      return h.fake;
    },
    deploy: (cfn, inputs = {}, extra = {}) => {
      h.run++;
      return runBundle('deploy-stack', {
        inputs: {
          region: 'us-east-1',
          endpoint: cfn.url,
          comment: 'false',
          lint: 'false',
          ...o.inputs,
          ...inputs,
        },
        env: { GITHUB_RUN_ID: String(h.run) },
        workspace: h.workspace,
        ...extra,
      });
    },
  };
  beforeAll(() => {
    h.workspace = mkdtempSync(path.join(os.tmpdir(), o.prefix));
    for (const [name, text] of Object.entries(o.files)) writeFileSync(path.join(h.workspace, name), text);
  });
  afterEach(async () => {
    await h.fake?.close();
    h.fake = undefined;
  });
  return h;
}

/** The stack template fake-states and fake-input deploy by default (stack.json). */
export const TEMPLATE = JSON.stringify({
  Parameters: { Size: { Type: 'String', Default: 'small' } },
  Resources: {
    Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'orders' } },
    Queue: { Type: 'AWS::SQS::Queue', Properties: { DelaySeconds: 0 } },
  },
});

/** The messages of the run's error annotations. */
export const errors = (r: RunBundleResult) =>
  r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
