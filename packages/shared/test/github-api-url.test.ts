import { describe, expect, it } from '@jest/globals';
import { checkApiUrl } from '../src/github/api-url.ts';

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
