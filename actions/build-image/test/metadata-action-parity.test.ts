/**
 * The metadata-action parity table (metadata-action-cases.ts, sources cited per case) through the same
 * path the action takes: the event payload → sourceInfo → planTags. A subset also runs through the
 * bundle against a real engine (metadata-action.itest.ts, "metadata-action table through the bundle").
 */
import { describe, expect, it } from '@jest/globals';
import type { RunContext } from '@pipewright/shared/github';
import { sourceInfo } from '../src/labels.ts';
import { planTags } from '../src/plan.ts';
import { CASES, NOW, type Case } from './metadata-action-cases.ts';

export function runContextOf(k: Case): RunContext {
  return {
    owner: 'octocat',
    repo: 'Hello-World',
    eventName: k.event.name,
    payload: k.event.payload,
    sha: k.event.sha,
    ref: k.event.ref,
    runId: '1',
    runAttempt: '1',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    workspace: '/nonexistent',
    actor: 'octocat',
  };
}

describe('metadata-action parity table', () => {
  it('has at least 100 cases over every event kind', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(CASES.map((k) => k.event.name))).toEqual(
      new Set([
        'push',
        'pull_request',
        'pull_request_target',
        'schedule',
        'release',
        'workflow_dispatch',
        'create',
      ]),
    );
  });

  it.each(CASES.map((k) => [`${k.id} ${k.source}`, k] as const))('%s', (_name, k) => {
    const src = sourceInfo(runContextOf(k));
    const plan = planTags(
      { images: k.images, tags: k.tags ?? [], flavor: k.flavor ?? [] },
      { ...src, commitTime: src.commitTime ?? NOW },
      new Date(NOW),
    );
    expect(plan.refs.map((r) => `${r.repository}:${r.tag}`)).toEqual(k.want);
    expect(plan.version).toBe(k.version);
  });
});
