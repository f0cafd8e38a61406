/** uploadSarif through the fake GitHub API: what GitHub decodes is what we sent. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { HEAD_SHA, REPO } from '@pipewright/testkit';
import {
  fakeClient,
  serverError,
  startFakeGitHub,
  type FakeGitHub,
} from '@pipewright/testkit/github-fake/server';
import { uploadSarif } from '../src/github/index.ts';
import { SarifRunBuilder, sarifLog } from '../src/sarif/index.ts';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

function sampleSarif(results: number): string {
  const run = new SarifRunBuilder({ name: 'bandit', version: '1.9.4' }, 'security-scan/bandit/');
  run.addRule({ id: 'B602', shortDescription: { text: 'subprocess with shell=True — ünïcödé' } });
  for (let i = 0; i < results; i++)
    run.addResult({
      ruleId: 'B602',
      level: 'error',
      message: { text: `shell injection #${i} in "app.py" <script>` },
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'src/app.py' }, region: { startLine: i + 1 } } },
      ],
    });
  return JSON.stringify(sarifLog([run.build()]));
}

describe('uploadSarif', () => {
  it.each([1, 5000])(
    'round-trips a log with %i results (gzip + base64 decoded equals what was sent)',
    async (n) => {
      const sarif = sampleSarif(n);
      const r = await uploadSarif(fakeClient(gh), REPO, sarif, HEAD_SHA, 'refs/pull/42/head');
      expect(gh.sarifUploads).toEqual([{ commit_sha: HEAD_SHA, ref: 'refs/pull/42/head', sarif }]);
      expect(r.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(gh.requests.map((q) => `${q.method} ${q.path} ${q.status}`)).toEqual([
        'POST /repos/octo-org/octo-repo/code-scanning/sarifs 202',
      ]);
      expect(gh.rejected).toEqual([]);
    },
  );

  it('is retried on a 5xx and uploads once', async () => {
    gh.fault(serverError({ method: 'POST' }, 1, 502));
    await uploadSarif(fakeClient(gh), REPO, sampleSarif(1), HEAD_SHA, 'refs/heads/main');
    expect(gh.requests.map((q) => q.status)).toEqual([502, 202]);
    expect(gh.sarifUploads).toHaveLength(1);
  });

  it('a ref GitHub does not accept is refused by the API description', async () => {
    await expect(uploadSarif(fakeClient(gh), REPO, sampleSarif(1), HEAD_SHA, 'main')).rejects.toMatchObject({
      status: 422,
    });
    expect(gh.rejected.map((q) => q.problem)).toEqual([
      expect.stringContaining('body/ref must match pattern'),
    ]);
    expect(gh.sarifUploads).toEqual([]);
  });
});
