/**
 * Image references (distribution/reference grammar): `[registry[:port]/]path[:tag]`, validated before
 * anything is built so a bad tag never costs a build.
 */

export interface ImageRef {
  /** Registry host as written (`ghcr.io`, `127.0.0.1:5000`), or `docker.io` when none was given. */
  registry: string;
  /** The repository in Docker's familiar form: `ghcr.io/o/app`, `127.0.0.1:5000/app`, `user/app`, `alpine`. */
  repository: string;
  tag: string;
}

export const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST_RE =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;

export const DOCKER_HUB = 'docker.io';
/** The key Docker uses for Docker Hub credentials. */
export const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';

/** Why a tag is invalid, or undefined when it is fine. */
export function tagProblem(tag: string): string | undefined {
  if (tag === '') return 'the tag is empty';
  if (tag.length > 128) return `the tag is ${tag.length} characters long; the limit is 128`;
  if (/^[.-]/.test(tag)) return `a tag cannot start with "${tag[0]}"`;
  if (!TAG_RE.test(tag)) {
    const bad = [...new Set(tag.replace(/[A-Za-z0-9_.-]/g, ''))].join('');
    return `a tag may only contain letters, digits, "_", "." and "-" (found ${JSON.stringify(bad)})`;
  }
  return undefined;
}

/** Splits the registry host off a name the way Docker does: a first part with "." or ":" or "localhost". */
export function splitRegistry(name: string): { registry: string; path: string } {
  const i = name.indexOf('/');
  const first = i < 0 ? '' : name.slice(0, i);
  if (i >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost'))
    return { registry: first, path: name.slice(i + 1) };
  return { registry: DOCKER_HUB, path: name };
}

/** Parses and validates an image reference with a tag; throws a message naming the problem. */
export function parseImageRef(text: string, defaultTag?: string): ImageRef {
  const ref = text.trim();
  if (ref.includes('@')) throw new Error(`"${ref}": a tag to build cannot carry a digest (@sha256:…)`);
  const lastSlash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  let name = ref;
  let tag = defaultTag;
  if (colon > lastSlash) {
    name = ref.slice(0, colon);
    tag = ref.slice(colon + 1);
  }
  if (tag === undefined) throw new Error(`"${ref}" has no tag; write it as name:tag (e.g. ${ref}:latest)`);
  const problem = tagProblem(tag);
  if (problem) throw new Error(`"${ref}": ${problem}`);
  const { registry, path } = splitRegistry(name);
  if (registry !== DOCKER_HUB && !HOST_RE.test(registry))
    throw new Error(`"${ref}": "${registry}" is not a valid registry host`);
  if (path === '') throw new Error(`"${ref}": the repository name is empty`);
  for (const part of path.split('/')) {
    if (part !== part.toLowerCase())
      throw new Error(
        `"${ref}": repository name must be lowercase ("${part}"); registries reject upper-case names`,
      );
    if (!COMPONENT_RE.test(part))
      throw new Error(
        `"${ref}": "${part}" is not a valid repository name component (lowercase letters, digits, and single ".", "_", "__" or "-" separators)`,
      );
  }
  const full = `${registry}/${path}`;
  if (full.length > 255) throw new Error(`"${ref}": the repository name is longer than 255 characters`);
  // Docker's familiar form (what RepoTags/RepoDigests show): no docker.io/ and no library/ on Docker Hub.
  const repository = registry === DOCKER_HUB ? path.replace(/^library\//, '') : full;
  return { registry, repository, tag };
}

export function formatRef(r: ImageRef): string {
  return `${r.repository}:${r.tag}`;
}
