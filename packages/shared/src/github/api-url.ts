import { UserError } from '../action/errors.ts';

/** Ports fetch refuses outright (WHATWG fetch "bad port"): a request there can never succeed, so no retry loop. */
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
  109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** Refuses, before any request, an API URL that is not a URL or whose port fetch never opens. */
export function checkApiUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UserError(`GITHUB_API_URL "${url}" is not a URL.`);
  }
  if (u.port && BAD_PORTS.has(Number(u.port)))
    throw new UserError(
      `Cannot reach the GitHub API at ${url}: port ${u.port} is one that fetch always refuses ("bad port").`,
      {
        hint: 'Point GITHUB_API_URL at the API of your GitHub (Enterprise) server.',
      },
    );
}

/** The GitHub API base URL in force: the one given, else GITHUB_API_URL (as Octokit's default reads it), else github.com. */
export function apiBaseUrl(given?: string): string {
  return given ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
}
