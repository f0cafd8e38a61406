/** Semantic versions as docker/metadata-action's type=semver reads them (node-semver). */
export interface SemVer {
  raw: string;
  version: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: string | undefined;
}

/** node-semver's strict `valid()`: an optional leading `v`, no leading zeros; build metadata dropped. */
export function parseSemver(text: string): SemVer | undefined {
  const m =
    /^\s*v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?\s*$/.exec(
      text,
    );
  if (!m) return undefined;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const version = `${major}.${minor}.${patch}${m[4] ? `-${m[4]}` : ''}`;
  return { raw: text, version, major, minor, patch, prerelease: m[4] };
}
