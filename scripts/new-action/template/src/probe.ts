import http from 'node:http';
import https from 'node:https';
import { describeThrown, UserError } from '@pipewright/shared/action';
import type { Logger } from '@pipewright/shared/log';
import type { Config } from './config.ts';

/** What the work found: everything the report and the outputs are made of. */
export interface ProbeResult {
  url: string;
  expected: number;
  status: number;
  statusText: string;
  ok: boolean;
}

/** One GET: the status line of the answer (the body is not read). */
export type HttpGet = (url: URL, o: { timeoutMs: number; signal: AbortSignal }) => Promise<HttpAnswer>;
export interface HttpAnswer {
  status: number;
  statusText: string;
}

export interface ProbeDeps {
  get: HttpGet;
  logger: Logger;
  signal: AbortSignal;
}

/** Requests the URL once. An unreachable URL is a user error that names the URL; a wrong status is a result. */
export async function probe(cfg: Config, deps: ProbeDeps): Promise<ProbeResult> {
  deps.logger.info(`GET ${cfg.url.href}`);
  let answer: HttpAnswer;
  try {
    answer = await deps.get(cfg.url, { timeoutMs: cfg.timeoutMs, signal: deps.signal });
  } catch (e) {
    throw new UserError(`${cfg.url.href} cannot be reached: ${describeThrown(e)}.`, {
      hint: 'Check the URL, and that the service is up and reachable from the runner.',
    });
  }
  deps.logger.info(`${cfg.url.href} answered ${answer.status} ${answer.statusText}`);
  return {
    url: cfg.url.href,
    expected: cfg.expectStatus,
    status: answer.status,
    statusText: answer.statusText,
    ok: answer.status === cfg.expectStatus,
  };
}

/** HttpGet over node:http(s); redirects are not followed, the body is discarded. */
export const httpGet: HttpGet = (url, o) =>
  new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.get(url, { signal: o.signal, timeout: o.timeoutMs }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '' });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${o.timeoutMs} ms`)));
    req.on('error', reject);
  });
