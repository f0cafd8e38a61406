import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { credentialFor, registryAuthHeader } from '../src/auth.ts';

describe('credentials', () => {
  it('reads an existing docker config without writing it, and masks what it finds', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-dcfg-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({
        auths: {
          'https://index.docker.io/v1/': { auth: Buffer.from('hub:hubpass').toString('base64') },
          'ghcr.io': { identitytoken: 'tok-123' },
        },
      }),
    );
    const masked: string[] = [];
    const env = { DOCKER_CONFIG: dir };
    const secret = (v: string) => masked.push(v);
    expect(credentialFor('docker.io', { env, secret })).toEqual({
      username: 'hub',
      password: 'hubpass',
      serveraddress: 'https://index.docker.io/v1/',
    });
    expect(credentialFor('ghcr.io', { env, secret })).toEqual({
      identitytoken: 'tok-123',
      serveraddress: 'ghcr.io',
    });
    expect(credentialFor('quay.io', { env, secret })).toBeUndefined();
    expect(masked).toEqual(expect.arrayContaining(['hubpass', 'hub:hubpass', 'tok-123']));
  });

  it('asks the credsStore helper before the file (docker CLI order); "<token>" is an identity token', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-dstore-'));
    // A helper speaking the docker-credential-helpers protocol: `get`, server on stdin, JSON out.
    writeFileSync(
      path.join(dir, 'docker-credential-teststore'),
      '#!/bin/sh\nread -r s\ncase "$s" in\n  reg.example) echo \'{"ServerURL":"reg.example","Username":"bob","Secret":"s3cret"}\' ;;\n  tok.example) echo \'{"ServerURL":"tok.example","Username":"<token>","Secret":"idt-9"}\' ;;\n  *) echo "credentials not found in native keychain"; exit 1 ;;\nesac\n',
      { mode: 0o755 },
    );
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({
        credsStore: 'teststore',
        auths: { 'reg.example': {}, 'file.example': { auth: Buffer.from('f:fp').toString('base64') } },
      }),
    );
    const masked: string[] = [];
    const env = { DOCKER_CONFIG: dir, PATH: `${dir}:${process.env.PATH ?? ''}` };
    const secret = (v: string) => masked.push(v);
    expect(credentialFor('reg.example', { env, secret })).toEqual({
      username: 'bob',
      password: 's3cret',
      serveraddress: 'reg.example',
    });
    expect(credentialFor('tok.example', { env, secret })).toEqual({
      identitytoken: 'idt-9',
      serveraddress: 'tok.example',
    });
    // Not in the store: the file's own entry still counts.
    expect(credentialFor('file.example', { env, secret })).toEqual({
      username: 'f',
      password: 'fp',
      serveraddress: 'file.example',
    });
    expect(masked).toEqual(expect.arrayContaining(['s3cret', 'bob:s3cret', 'idt-9']));
    // A helper that is not installed is a clear error, not "no credentials".
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ credHelpers: { 'reg.example': 'absent' } }),
    );
    expect(() => credentialFor('reg.example', { env, secret })).toThrow(
      'the docker config uses the credential helper "absent", but docker-credential-absent is not on PATH',
    );
  });

  it('prefers the inputs for their registry, and encodes X-Registry-Auth as base64url JSON', () => {
    const c = credentialFor('ghcr.io', {
      env: { DOCKER_CONFIG: '/nonexistent' },
      secret: () => undefined,
      explicit: { registry: 'ghcr.io', username: 'u', password: 'p?>' },
    });
    expect(c).toEqual({ username: 'u', password: 'p?>', serveraddress: 'ghcr.io' });
    const header = registryAuthHeader(c) as string;
    expect(header).not.toMatch(/[+/=]/);
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual(c);
  });
});
