/**
 * PEP 440 versions (https://peps.python.org/pep-0440/), for `type=pep440`: validity, the normalised form
 * ("cleaned" version) and the release numbers. The grammar is the one PEP 440's appendix B gives, case-
 * insensitive, with an optional leading `v`.
 */
const PEP440 =
  /^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;

export interface Pep440 {
  /** The normalised form: `1.2.3rc2`, `1.2.3.post1`, `1.0.dev4`, `1!2.0`. */
  version: string;
  release: number[];
  pre: boolean;
  post: boolean;
  dev: boolean;
}

const PRE_LABEL: Record<string, string> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  c: 'rc',
  rc: 'rc',
  pre: 'rc',
  preview: 'rc',
};

export function parsePep440(text: string): Pep440 | undefined {
  const m = PEP440.exec(text);
  if (!m) return undefined;
  const [, epoch, rel, preL, preN, postN1, postL, postN2, devL, devN, local] = m;
  const release = (rel as string).split('.').map(Number);
  let version = epoch && Number(epoch) !== 0 ? `${Number(epoch)}!` : '';
  version += release.join('.');
  if (preL) version += `${PRE_LABEL[preL.toLowerCase()]}${Number(preN ?? 0)}`;
  const post = postN1 !== undefined || postL !== undefined;
  if (post) version += `.post${Number(postN1 ?? postN2 ?? 0)}`;
  if (devL) version += `.dev${Number(devN ?? 0)}`;
  if (local) version += `+${local.toLowerCase().replace(/[-_]/g, '.')}`;
  return { version, release, pre: preL !== undefined, post, dev: devL !== undefined };
}
