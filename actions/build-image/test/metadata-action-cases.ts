/**
 * docker/metadata-action parity table: (event, images, tags, flavor) → tags and version.
 *
 * The expected values are facts taken from metadata-action's documentation (README.md at
 * github.com/docker/metadata-action: "tags input" sections, "Global expressions", "Latest tag", "flavor
 * input", "images input", "Image name and tag sanitization") and from its published test expectations
 * (__tests__/meta.test.ts: the case ids push01… and tag01… are theirs; src/context.ts for the
 * pull_request_target ref rewrite; src/meta.ts for is_default_branch, base_ref and the /re/flags match
 * form). The table and payloads are written here; nothing is copied. Where we differ on purpose the
 * `source` says `ours:` and why (PR head SHA instead of the merge SHA; an empty expression that would make
 * an invalid tag is left out instead of producing `-foo`).
 *
 * metadata-action's tests freeze time at 2020-01-10T00:30:00Z; the same instant is used for "now" and for
 * the commit time here, so `{{date}}` and `{{commit_date}}` give the values their tests expect.
 */
import { type Case, EV } from './metadata-action-kit.ts';
import { DEFAULTS } from './metadata-action-cases-defaults.ts';
import { MATCH_SEMVER } from './metadata-action-cases-match-semver.ts';
import { PEP440_REF } from './metadata-action-cases-pep440-ref.ts';
import { RAW_SHA_SCHEDULE } from './metadata-action-cases-raw-sha-schedule.ts';
import { FLAVOR_IMAGES } from './metadata-action-cases-flavor-images.ts';

export {
  DEV_SHA,
  EV,
  MASTER_SHA,
  NOW,
  PR_HEAD_SHA,
  PR_MERGE_SHA,
  type Case,
  type EventSpec,
} from './metadata-action-kit.ts';

// The cases of every area in table order, numbered c001… in that order.
export const CASES: Case[] = [
  ...DEFAULTS,
  ...MATCH_SEMVER,
  ...PEP440_REF,
  ...RAW_SHA_SCHEDULE,
  ...FLAVOR_IMAGES,
].map((k, i) => ({ id: `c${String(i + 1).padStart(3, '0')}`, ...k }));

// The old one-line form lists two images on one line: spell out the refs it expands to.
for (const k of CASES)
  if (
    k.images.length === 1 &&
    (k.images[0] as string).includes(',') &&
    !(k.images[0] as string).includes('=')
  )
    k.want = (k.images[0] as string).split(',').flatMap((i) => (k.version ? [`${i}:${k.version}`] : []));

// Not metadata-action: our `tags` lines without `type=` are full references, and one without a tag is
// `:latest`, as `docker build -t acme/app` and build-push-action's `tags: acme/app` are.
CASES.push({
  id: 'c900',
  source: 'docker CLI: a reference without a tag means :latest',
  event: EV.dev,
  images: [],
  tags: ['acme/app'],
  want: ['acme/app:latest'],
  version: 'latest',
});
