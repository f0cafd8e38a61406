/**
 * The bundle as the runner runs it (runBundle: dist/__ACTION__/index.js on Node 24 with the runner's
 * environment), against a real HTTP server on loopback and the fake GitHub API for the PR comment.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pushEvent, runBundle } from '@pipewright/testkit';
import { startFakeGitHub, type FakeGitHub } from '@pipewright/testkit/github-fake/server';
import { shownLines } from '@pipewright/testkit/render-like-github';

let server: http.Server;
let base: string;
let gh: FakeGitHub;
beforeAll(async () => {
  // node:http sends the standard reason phrase of each status (http.STATUS_CODES).
  server = http.createServer((req, res) => {
    res.writeHead(req.url === '/health' ? 200 : 503);
    res.end('body');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await gh.close();
});

describe('__ACTION__ bundle', () => {
  it('push: the expected status passes, with outputs and a job summary', async () => {
    const r = await runBundle('__ACTION__', { event: pushEvent(), inputs: { url: `${base}/health` } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual({ 'status-code': '200', ok: 'true' });
    expect(shownLines(r.summary)).toEqual([
      '__ACTION__: answered as expected',
      'URL\texpected status\tanswer',
      `${base}/health\t200\t200 OK`,
    ]);
  });

  it('pull request: another status fails the step with one error, and the report is the PR comment', async () => {
    const r = await runBundle('__ACTION__', { githubApiUrl: gh.url, inputs: { url: `${base}/down` } });
    expect(gh.rejected).toEqual([]);
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toEqual({ 'status-code': '503', ok: 'false' });
    const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual([
      `${base}/down answered 503 Service Unavailable, expected 200.\n` +
        'Set `expect-status` if another status is right; the job summary has the answer.',
    ]);
    const comments = gh.issueComments(42); // pullRequestEvent()'s default number
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(r.summary.trim());
  });
});
