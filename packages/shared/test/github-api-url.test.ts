import { describe, expect, it } from '@jest/globals';
import { apiBaseUrl, checkApiUrl } from '../src/github/api-url.ts';
import { loadGitHubClient } from '../src/github/load-client.ts';

describe('checkApiUrl', () => {
  it.each([['http://127.0.0.1:9'], ['https://ghe.example:6000/api/v3']])(
    'refuses a port fetch never opens: %s',
    (url) => {
      expect(() => checkApiUrl(url)).toThrow(/fetch always refuses/);
    },
  );
  it.each([['https://api.github.com'], ['http://127.0.0.1:43123']])('accepts %s', (url) => {
    expect(() => checkApiUrl(url)).not.toThrow();
  });
});

describe('apiBaseUrl', () => {
  it('takes the URL given, else GITHUB_API_URL, else api.github.com (Octokit’s default)', () => {
    const saved = process.env.GITHUB_API_URL;
    try {
      process.env.GITHUB_API_URL = 'https://ghe.example/api/v3';
      expect(apiBaseUrl('http://127.0.0.1:43123')).toBe('http://127.0.0.1:43123');
      expect(apiBaseUrl()).toBe('https://ghe.example/api/v3');
      delete process.env.GITHUB_API_URL;
      expect(apiBaseUrl()).toBe('https://api.github.com');
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
  });
});

describe('loadGitHubClient', () => {
  it('refuses a port fetch never opens, as createGitHubClient does', async () => {
    await expect(loadGitHubClient({ token: 't', baseUrl: 'http://127.0.0.1:9' })).rejects.toThrow(
      'Cannot reach the GitHub API at http://127.0.0.1:9: port 9 is one that fetch always refuses ("bad port").',
    );
  });
  it('gives the Octokit client with its REST methods', async () => {
    const client = await loadGitHubClient({ token: 't', baseUrl: 'http://127.0.0.1:43123' });
    expect(typeof client.rest.issues.createComment).toBe('function');
    expect(typeof client.paginate).toBe('function');
  });
});
