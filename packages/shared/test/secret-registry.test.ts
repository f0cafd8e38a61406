/**
 * The process-wide secret registry and the redaction boundary at every output point of packages/shared.
 * Header, auth-scheme and cookie syntax: RFC 9110 §11.6.2 (`Authorization: <scheme> <credentials>`),
 * RFC 7617 (Basic: base64 of `user:password`), RFC 6265 §4.2.1 (`Cookie: name=value; name2=value2`).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO } from '@pipewright/testkit';
import { fakeClient, startFakeGitHub, type FakeGitHub } from '@pipewright/testkit/github-fake/server';
import {
  addMask,
  credentialParts,
  redactKnown,
  registerSecret,
  SecretRegistry,
  secretRegistry,
} from '../src/log/secrets.ts';
import { writeJobSummary, writeOutputFile } from '../src/report/index.ts';
import { uploadSarif } from '../src/github/index.ts';
import * as core from '../src/runner/core.ts';

let masked: string[];
beforeEach(() => {
  masked = [];
  secretRegistry.reset((f) => masked.push(f));
});

describe('credentialParts', () => {
  it.each([
    ['Authorization: Bearer tok-9f8e7d', ['Bearer tok-9f8e7d', 'tok-9f8e7d']],
    ['Bearer tok-9f8e7d', ['tok-9f8e7d']],
    [
      `Authorization: Basic ${Buffer.from('alice:s3cr3t-pw').toString('base64')}`,
      [
        `Basic ${Buffer.from('alice:s3cr3t-pw').toString('base64')}`,
        Buffer.from('alice:s3cr3t-pw').toString('base64'),
        'alice:s3cr3t-pw',
        's3cr3t-pw',
      ],
    ],
    ['X-Api-Key: k-12345678', ['k-12345678']],
    ['session=abcdef123456; lang=en; csrf="q1w2e3r4"', ['abcdef123456', 'q1w2e3r4']],
    ['just-a-password', []],
  ])('%s', (value, parts) => {
    expect(credentialParts(value)).toEqual(parts);
  });
});

describe('secretRegistry', () => {
  it('masks each form once, the credential part on its own too', () => {
    registerSecret('Authorization: Bearer tok-9f8e7d');
    registerSecret('Authorization: Bearer tok-9f8e7d');
    secretRegistry.add('tok-9f8e7d');
    expect(masked).toContain('tok-9f8e7d');
    expect(masked).toContain('Authorization: Bearer tok-9f8e7d');
    expect(masked).toContain(Buffer.from('tok-9f8e7d').toString('base64'));
    expect(masked.length).toBe(new Set(masked).size);
  });

  it('redacts plain, base64, url-encoded and JSON-escaped forms, longest first', () => {
    const secret = 'p@ss "word"/1';
    secretRegistry.add(secret);
    const text = [
      secret,
      Buffer.from(secret).toString('base64'),
      encodeURIComponent(secret),
      JSON.stringify({ v: secret }),
    ].join(' | ');
    expect(redactKnown(text)).toBe('*** | *** | *** | {"v":"***"}');
  });

  it('skips punctuation-only lines of a multi-line secret, so markdown tables survive', () => {
    secretRegistry.add('---\nkey: k-12345678\n---');
    expect(masked).not.toContain('---');
    expect(redactKnown('| a |\n| --- |\nkey: k-12345678')).toBe('| a |\n| --- |\n***');
  });

  it('redacts a bearer token that appears without its header', () => {
    secretRegistry.add('Authorization: Bearer tok-9f8e7d');
    expect(redactKnown('echo: tok-9f8e7d')).toBe('echo: ***');
  });

  it('redactDeep covers keys and nested strings and leaves other values', () => {
    secretRegistry.add('hunter2-long');
    expect(secretRegistry.redactDeep({ a: ['x hunter2-long', 3], 'hunter2-long': true, n: null })).toEqual({
      a: ['x ***', 3],
      '***': true,
      n: null,
    });
  });
});

describe('output points', () => {
  const dir = () => mkdtempSync(path.join(os.tmpdir(), 'pw-redact-'));

  it('job summary and output files are redacted', () => {
    secretRegistry.add('s3cr3t-value-1');
    const d = dir();
    const summary = path.join(d, 'summary.md');
    writeJobSummary('value: s3cr3t-value-1', { GITHUB_STEP_SUMMARY: summary });
    expect(readFileSync(summary, 'utf8')).toBe('value: ***\n');
    writeOutputFile(path.join(d, 'sub', 'out.json'), JSON.stringify({ v: 's3cr3t-value-1' }));
    expect(readFileSync(path.join(d, 'sub', 'out.json'), 'utf8')).toBe('{"v":"***"}');
  });

  it('log lines, annotations (message and title), groups and step outputs are redacted', () => {
    secretRegistry.add('s3cr3t-value-2');
    const d = dir();
    const outFile = path.join(d, 'output');
    writeFileSync(outFile, '');
    const written: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) =>
      written.push(String(chunk)) > 0) as typeof process.stdout.write;
    const saved = process.env.GITHUB_OUTPUT;
    process.env.GITHUB_OUTPUT = outFile;
    try {
      core.info('line s3cr3t-value-2');
      core.warning('warn s3cr3t-value-2', { title: 'title s3cr3t-value-2' });
      core.startGroup('group s3cr3t-value-2');
      core.setOutput('x', 'out s3cr3t-value-2');
    } finally {
      process.stdout.write = write;
      if (saved === undefined) delete process.env.GITHUB_OUTPUT;
      else process.env.GITHUB_OUTPUT = saved;
    }
    // Workflow command syntax: https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
    expect(written.join('')).toBe('line ***\n::warning title=title ***::warn ***\n::group::group ***\n');
    expect(readFileSync(outFile, 'utf8')).toMatch(/^x<<ghadelimiter_[\w-]+\nout \*\*\*\n/);
  });

  it("writes all of a new secret's ::add-mask:: lines in one write, byte for byte as @actions/core issues them", async () => {
    // The oracle is @actions/core's own issueCommand (escaping per the workflow-command docs: % \r \n).
    const { issueCommand } = await import('../../../node_modules/@actions/core/lib/command.js');
    const secret = 'p%w-9f3\r\nsecond-line-77%';
    const capture = (fn: () => void): string[] => {
      const chunks: string[] = [];
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = ((chunk: string) =>
        chunks.push(String(chunk)) > 0) as typeof process.stdout.write;
      try {
        fn();
      } finally {
        process.stdout.write = write;
      }
      return chunks;
    };
    const registry = new SecretRegistry(addMask);
    const batched = capture(() => registry.add(secret));
    expect(batched).toHaveLength(1);
    const lines = (batched[0] ?? '').split('\n').filter((l) => l !== '');
    const forms = lines.map((l) =>
      l
        .replace(/^::add-mask::/, '')
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%25/g, '%'),
    );
    expect(forms).toContain(secret);
    expect(forms).toContain('second-line-77%');
    const oneByOne = capture(() => forms.forEach((f) => issueCommand('add-mask', {}, f)));
    expect(oneByOne.join('')).toBe(batched[0]);
    // Registered once: a second add writes nothing.
    expect(capture(() => registry.add(secret))).toEqual([]);
  });

  describe('GitHub API requests', () => {
    let gh: FakeGitHub;
    beforeEach(async () => {
      gh = await startFakeGitHub();
    });
    afterEach(async () => {
      expect(gh.rejected).toEqual([]);
      await gh.close();
    });

    it('comment bodies are redacted whatever helper sends them', async () => {
      secretRegistry.add('Cookie: session=abcdef123456');
      const client = fakeClient(gh);
      await client.rest.issues.createComment({
        ...REPO,
        issue_number: 1,
        body: 'echoed: abcdef123456 and session=abcdef123456',
      });
      expect(gh.issueComments(1).map((c) => c.body)).toEqual(['echoed: *** and ***']);
    });

    it('SARIF uploads are redacted before compression', async () => {
      secretRegistry.add('tok-9f8e7d-upload');
      const client = fakeClient(gh);
      const sarif = JSON.stringify({
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [{ tool: { driver: { name: 'x tok-9f8e7d-upload' } }, results: [] }],
      });
      await uploadSarif(client, REPO, sarif, 'a'.repeat(40), 'refs/heads/main');
      expect(gh.sarifUploads.map((u) => u.sarif)).toEqual([sarif.replace('tok-9f8e7d-upload', '***')]);
    });
  });
});
