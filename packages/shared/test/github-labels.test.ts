/** syncOwnedLabels against the fake GitHub API. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { REPO } from '@pipewright/testkit';
import { fakeClient, startFakeGitHub, type FakeGitHub } from '@pipewright/testkit/github-fake/server';
import { UserError } from '../src/action/errors.ts';
import { syncOwnedLabels } from '../src/github/index.ts';

const R = `/repos/${REPO.owner}/${REPO.repo}`;
const PR = { ...REPO, number: 42 };
const OWNED = ['plan: changes', 'plan: no changes', 'plan: error'];

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  expect(gh.rejected).toEqual([]);
  await gh.close();
});

const calls = () =>
  gh.requests.map((r) => `${r.method} ${decodeURIComponent(r.path.replace(R, ''))} ${r.status}`);

describe('syncOwnedLabels', () => {
  it('adds and removes only owned labels; others stay', async () => {
    gh.seedLabels(42, ['bug', 'plan: changes', 'plan: error', 'size/XL']);
    const r = await syncOwnedLabels(fakeClient(gh), PR, OWNED, ['plan: no changes']);
    expect(r).toEqual({ added: ['plan: no changes'], removed: ['plan: changes', 'plan: error'] });
    expect(gh.labels(42)).toEqual(['bug', 'size/XL', 'plan: no changes']);
    expect(calls()).toEqual([
      'GET /issues/42/labels 200',
      'DELETE /issues/42/labels/plan: changes 200',
      'DELETE /issues/42/labels/plan: error 200',
      'POST /issues/42/labels 200',
    ]);
    expect(gh.requests[3]?.body).toEqual({ labels: ['plan: no changes'] });
  });

  it('compares names case-insensitively, as GitHub does', async () => {
    gh.seedLabels(42, ['Plan: Changes', 'PLAN: ERROR']);
    const r = await syncOwnedLabels(fakeClient(gh), PR, OWNED, ['plan: changes']);
    expect(r).toEqual({ added: [], removed: ['PLAN: ERROR'] });
    expect(calls()).toEqual(['GET /issues/42/labels 200', 'DELETE /issues/42/labels/PLAN: ERROR 200']);
  });

  it('sends no write when the labels are already right', async () => {
    gh.seedLabels(42, ['bug', 'plan: changes']);
    expect(await syncOwnedLabels(fakeClient(gh), PR, OWNED, ['plan: changes'])).toEqual({
      added: [],
      removed: [],
    });
    expect(calls()).toEqual(['GET /issues/42/labels 200']);
  });

  it('never removes a label it does not own, even when not wanted', async () => {
    gh.seedLabels(42, ['bug', 'needs review']);
    await syncOwnedLabels(fakeClient(gh), PR, OWNED, []);
    expect(gh.labels(42)).toEqual(['bug', 'needs review']);
    expect(calls()).toEqual(['GET /issues/42/labels 200']);
  });

  it('pages through more than 100 labels', async () => {
    gh.seedLabels(42, [...Array.from({ length: 120 }, (_, i) => `other-${i}`), 'plan: error']);
    const r = await syncOwnedLabels(fakeClient(gh), PR, OWNED, []);
    expect(r.removed).toEqual(['plan: error']);
    expect(calls()).toEqual([
      'GET /issues/42/labels 200',
      'GET /issues/42/labels 200',
      'DELETE /issues/42/labels/plan: error 200',
    ]);
  });

  it.each([
    ['an owned label', ['x'.repeat(51)], []],
    ['a wanted label', OWNED, ['y'.repeat(51)]],
    ['an empty label', OWNED, [' ']],
  ])('rejects %s over 50 characters (or empty) before any request', async (_n, owned, wanted) => {
    await expect(syncOwnedLabels(fakeClient(gh), PR, owned, wanted)).rejects.toThrow(UserError);
    await expect(syncOwnedLabels(fakeClient(gh), PR, owned, wanted)).rejects.toThrow(
      /is empty or longer than 50 characters/,
    );
    expect(gh.requests).toEqual([]);
  });

  it('accepts a label of exactly 50 characters', async () => {
    const fifty = 'z'.repeat(50);
    await syncOwnedLabels(fakeClient(gh), PR, [fifty], [fifty]);
    expect(gh.labels(42)).toEqual([fifty]);
  });
});
