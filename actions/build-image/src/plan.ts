/**
 * Everything decided before the engine is contacted: the tags (explicit and from rules), the labels, the
 * registry credentials. Pure apart from reading the docker config; every mistake is reported here.
 */
import { InputError, describeThrown } from '@pipewright/shared/action';
import { credentialFor, type RegistryCredential } from './auth.ts';
import { ociLabels, type SourceInfo } from './labels.ts';
import { parseImageRef, splitRegistry, type ImageRef } from './reference.ts';
import { computeTags, type TagComputation } from './tag-rules.ts';
import {
  DEFAULT_RULES,
  parseFlavor,
  parseImages,
  parseRule,
  type ImageName,
  type Rule,
} from './tag-syntax.ts';

export interface TagInputs {
  images: readonly string[];
  tags: readonly string[];
  flavor: readonly string[];
}

export interface TagPlan {
  refs: ImageRef[];
  version: string | undefined;
  latest: boolean;
  dropped: TagComputation['dropped'];
  rulesUsed: boolean;
}

/** Splits the `tags` lines: `type=…` lines are rules, the rest comma-separated explicit references. */
export function splitTagLines(lines: readonly string[]): { rules: string[]; explicit: string[] } {
  const rules: string[] = [];
  const explicit: string[] = [];
  for (const line of lines) {
    if (/^\s*type\s*=/.test(line)) rules.push(line.trim());
    else
      explicit.push(
        ...line
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      );
  }
  return { rules, explicit };
}

export function planTags(inputs: TagInputs, src: SourceInfo, now: Date): TagPlan {
  const problems: string[] = [];
  const { rules: ruleLines, explicit } = splitTagLines(inputs.tags);
  let imageNames: ImageName[] = [];
  try {
    imageNames = parseImages(inputs.images.map((i) => i.trim()).filter((i) => i !== ''));
  } catch (e) {
    problems.push(`\`images\`: ${describeThrown(e)}`);
  }
  const images = [...new Set(imageNames.filter((i) => i.enable).map((i) => i.name))];
  if (ruleLines.length && !imageNames.length)
    problems.push('`tags` has `type=` rules but `images` is empty: the rules need image names to tag.');
  const refs: ImageRef[] = [];
  const seen = new Set<string>();
  const add = (text: string, where: string) => {
    try {
      // Without a tag, `latest` (what the docker CLI and build-push-action default to).
      const r = parseImageRef(text, 'latest');
      const key = `${r.repository}:${r.tag}`;
      if (!seen.has(key)) {
        seen.add(key);
        refs.push(r);
      }
    } catch (e) {
      problems.push(`${where}: ${describeThrown(e)}`);
    }
  };
  for (const t of explicit) add(t, '`tags`');
  const rules: Rule[] = [];
  const lines = imageNames.length && !ruleLines.length ? DEFAULT_RULES : ruleLines;
  for (const line of lines) {
    try {
      rules.push(parseRule(line));
    } catch (e) {
      problems.push(`\`tags\`: ${describeThrown(e)}`);
    }
  }
  let flavor;
  try {
    flavor = parseFlavor(inputs.flavor);
  } catch (e) {
    problems.push(`\`flavor\`: ${describeThrown(e)}`);
  }
  if (problems.length) throw new InputError(problems);
  let computed: TagComputation = { version: undefined, values: [], latest: false, dropped: [] };
  if (imageNames.length) {
    try {
      computed = computeTags(rules, flavor as NonNullable<typeof flavor>, {
        eventName: src.eventName,
        ref: src.ref,
        sha: src.sha,
        defaultBranch: src.defaultBranch,
        baseRef: src.baseRef,
        commitDate: src.commitTime ? new Date(src.commitTime) : undefined,
        now,
      });
    } catch (e) {
      throw new InputError([`\`tags\`: ${describeThrown(e)}`]);
    }
  }

  for (const image of images) for (const v of computed.values) add(`${image}:${v}`, '`tags` (generated)');
  if (problems.length) throw new InputError(problems);
  return {
    refs,
    version: computed.version ?? refs[0]?.tag,
    latest: computed.latest,
    dropped: computed.dropped,
    rulesUsed: imageNames.length > 0,
  };
}

export function planLabels(
  src: SourceInfo,
  version: string | undefined,
  created: string | undefined,
  user: Readonly<Record<string, string>>,
  oci: boolean,
): Record<string, string> {
  return oci ? ociLabels(src, version, created, user) : { ...user };
}

/** One credential per registry the tags push to (X-Registry-Auth), from the inputs or the docker config. */
export function planCredentials(
  refs: readonly ImageRef[],
  explicit: { registry?: string; username?: string; password?: string },
  env: NodeJS.ProcessEnv,
  secret: (v: string) => void,
): Map<string, RegistryCredential | undefined> {
  const registry = explicit.registry ? splitRegistry(`${explicit.registry}/x`).registry : refs[0]?.registry;
  const registries = [...new Set([...refs.map((r) => r.registry), ...(registry ? [registry] : [])])];
  const source = {
    env,
    secret,
    ...(explicit.username && explicit.password && registry
      ? { explicit: { registry, username: explicit.username, password: explicit.password } }
      : {}),
  };
  return new Map(registries.map((r) => [r, credentialFor(r, source)]));
}

/** Credentials for a host BuildKit asks about (registry-1.docker.io is Docker Hub). */
export function credentialsForHost(
  host: string,
  explicit: { registry?: string | undefined; username?: string | undefined; password?: string | undefined },
  env: NodeJS.ProcessEnv,
  secret: (v: string) => void,
): RegistryCredential | undefined {
  const registry = host === 'registry-1.docker.io' || host === 'index.docker.io' ? 'docker.io' : host;
  const target = explicit.registry ? splitRegistry(`${explicit.registry}/x`).registry : undefined;
  return credentialFor(registry, {
    env,
    secret,
    ...(explicit.username && explicit.password && target
      ? { explicit: { registry: target, username: explicit.username, password: explicit.password } }
      : {}),
  });
}
