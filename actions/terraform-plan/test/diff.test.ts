/**
 * src/diff.ts beyond terraform_data (whose every case is checked against terraform's own text in
 * diff-oracle.itest.ts): provider resources, where Terraform marks the attributes in `replace_paths`, and the
 * masking rules. Expected lines follow Terraform's documented plan output, e.g.
 * `~ ami = "ami-1" -> "ami-2" # forces replacement` (developer.hashicorp.com/terraform/cli/commands/plan and
 * internal/command/jsonformat/computed/renderers: forcesReplacement after the value, on the `[`/`{` line of a
 * collection).
 */
import { describe, expect, it } from '@jest/globals';
import { hasDiffText, resourceBody, resourceDiffLines } from '../src/diff.ts';
import { longestCommonSubsequence } from '../src/diff-match.ts';
import { goQuote, plainNumber } from '../src/diff-model.ts';
import { NO_MASKING, type Masking } from '../src/values.ts';
import type { Json, RawChange } from '../src/plan-json.ts';
import { fixture, realFixtures } from './helpers.ts';

describe('provider resources', () => {
  it('marks the attributes in replace_paths with # forces replacement', () => {
    const body = resourceBody(
      'aws_instance',
      {
        actions: ['delete', 'create'],
        before: { ami: 'ami-1', id: 'i-1', instance_type: 't3.micro', subnets: ['a'] },
        after: { ami: 'ami-2', instance_type: 't3.micro', subnets: ['a', 'b'] },
        after_unknown: { id: true },
        replace_paths: [['ami'], ['subnets']],
      },
      NO_MASKING,
    );
    expect(body).toEqual([
      '      ~ ami           = "ami-1" -> "ami-2" # forces replacement',
      '      ~ id            = "i-1" -> (known after apply)',
      '      ~ subnets       = [ # forces replacement',
      '            "a",',
      '          + "b",',
      '        ]',
      '        # (1 unchanged attribute hidden)',
    ]);
  });

  it('marks a replace path inside a list element', () => {
    const body = resourceBody(
      'google_compute_instance',
      {
        actions: ['delete', 'create'],
        before: { disk: [{ image: 'debian-11', size: 10 }] },
        after: { disk: [{ image: 'debian-12', size: 10 }] },
        replace_paths: [['disk', 0, 'image']],
      },
      NO_MASKING,
    );
    expect(body).toEqual([
      '      ~ disk = [',
      '          ~ {',
      '              ~ image = "debian-11" -> "debian-12" # forces replacement',
      '                # (1 unchanged attribute hidden)',
      '            },',
      '        ]',
    ]);
  });
});

describe('masking', () => {
  it('prints (masked) for a user-masked value, in heredocs too, and registers it', () => {
    const seen: string[] = [];
    const masking: Masking = { patterns: [/^AKIA/], literals: ['hunter2'], onSecret: (s) => seen.push(s) };
    const lines = resourceDiffLines(
      'aws_instance',
      {
        actions: ['update'],
        before: { user_data: 'line1\npassword=hunter2\n', key: 'AKIAOLD', tags: { a: 'b' } },
        after: { user_data: 'line1\npassword=other\n', key: 'AKIANEW', tags: { a: 'b' } },
      },
      masking,
    );
    expect(lines.join('\n')).not.toMatch(/hunter2|AKIA/);
    expect(lines).toEqual([
      '~   key       = (masked) -> (masked)',
      '    tags      = {',
      '        a = "b"',
      '    }',
      '~   user_data = (masked) -> <<-EOT',
      '        line1',
      '        password=other',
      '    EOT',
    ]);
    expect(seen).toEqual(expect.arrayContaining(['AKIAOLD', 'AKIANEW', 'line1\npassword=hunter2\n']));
  });

  it('registers sensitive values and never prints them', () => {
    const seen: string[] = [];
    const lines = resourceDiffLines(
      'aws_db_instance',
      {
        actions: ['update'],
        before: { password: 'old-pw', name: 'db' },
        after: { password: 'new-pw', name: 'db' },
        before_sensitive: { password: true },
        after_sensitive: { password: true },
      },
      { patterns: [], literals: [], onSecret: (s) => seen.push(s) },
    );
    expect(lines).toEqual(['    name     = "db"', '~   password = (sensitive value)']);
    expect(seen).toEqual(expect.arrayContaining(['old-pw', 'new-pw']));
  });
});

describe('helpers', () => {
  it('quotes like Go %q and prints numbers without exponents', () => {
    expect(goQuote('a"b\\c\n\t\u0001é')).toBe('"a\\"b\\\\c\\n\\t\\x01é"');
    expect([1e21, 1e-5, 1.5e-7, -2e22, 123].map(plainNumber)).toEqual([
      '1000000000000000000000',
      '0.00001',
      '0.00000015',
      '-20000000000000000000000',
      '123',
    ]);
  });

  it('finds a longest common subsequence', () => {
    const eq = (a: string, b: string) => a === b;
    expect(longestCommonSubsequence([...'abcbdab'], [...'bdcaba'], eq)).toHaveLength(4);
    expect(longestCommonSubsequence([...'abc'], [...'abc'], eq)).toEqual([...'abc']);
    expect(longestCommonSubsequence([], [...'abc'], eq)).toEqual([]);
  });
});

describe('robustness', () => {
  // A seeded generator of arbitrary JSON values and masks: the renderer must never throw, never print a value
  // marked sensitive, and never leak its internal column markers into the text.
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const value = (depth: number): Json => {
    const r = rnd();
    if (depth > 3 || r < 0.35)
      return pick<Json>([
        null,
        true,
        0,
        1.5,
        -2e-7,
        'a',
        'x\ny\n',
        '{"k":[1,2]}',
        '[1',
        '\u0001\u0003',
        'p\u0001\nq\u0004\n',
        'é"\\',
      ]);
    if (r < 0.65) return Array.from({ length: Math.floor(rnd() * 4) }, () => value(depth + 1));
    const o: Record<string, Json> = {};
    for (const k of ['a', 'b c', 'id', 'tags', 'z'].filter(() => rnd() < 0.5)) o[k] = value(depth + 1);
    return o;
  };
  const mask = (v: Json): Json => {
    if (rnd() < 0.1) return true;
    if (Array.isArray(v)) return v.map(mask);
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mask(x)]));
    return false;
  };
  const sensitiveLeaves = (v: Json, m: Json, out: string[] = []): string[] => {
    if (m === true) out.push(...(JSON.stringify(v ?? null).match(/SECRET\d+/g) ?? []));
    else if (Array.isArray(v) && Array.isArray(m)) v.forEach((x, i) => sensitiveLeaves(x, m[i] as Json, out));
    else if (v && typeof v === 'object' && m && typeof m === 'object' && !Array.isArray(v))
      for (const [k, x] of Object.entries(v)) sensitiveLeaves(x, (m as Record<string, Json>)[k] as Json, out);
    return out;
  };
  let n = 0;
  const plant = (v: Json): Json =>
    typeof v === 'string'
      ? `${v}SECRET${n++}`
      : Array.isArray(v)
        ? v.map(plant)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plant(x)]))
          : v;

  it('renders 2,000 random changes without throwing, leaking sensitive values or markers', () => {
    let checked = 0;
    for (let i = 0; i < 2000; i++) {
      const before = rnd() < 0.2 ? null : (plant({ a: value(0), b: value(0), id: 'i' }) as Json);
      const after = rnd() < 0.2 ? null : (plant({ a: value(0), c: value(0), id: 'i' }) as Json);
      const change = {
        actions: ['update'],
        before,
        after,
        before_sensitive: before === null ? false : mask(before),
        after_sensitive: after === null ? false : mask(after),
        after_unknown: (rnd() < 0.3 ? { c: true } : {}) as Json,
      };
      const secrets = [
        ...sensitiveLeaves(before, change.before_sensitive),
        ...sensitiveLeaves(after, change.after_sensitive),
      ];
      const text = resourceDiffLines('aws_thing', change, NO_MASKING).join('\n');
      // eslint-disable-next-line no-control-regex -- looking for the renderer's control-character markers
      expect(text).not.toMatch(/[\u0001-\u0004]/);
      for (const s of secrets) expect(text).not.toContain(s);
      checked += secrets.length;
    }
    expect(checked).toBeGreaterThan(500); // the property was exercised
  });
});

describe('hasDiffText', () => {
  // The report's early stop (report-pass.ts) counts on it: when it says there is a diff, the diff is not empty.
  it('where it says yes, the real diff of the fixture change is not empty', () => {
    const changes = [...realFixtures(), 'handwritten/drift', 'handwritten/opentofu-forget'].flatMap(
      (name) => fixture(name).resource_changes ?? [],
    );
    const seen = { yes: 0, no: 0 };
    for (const rc of changes) {
      const change = rc.change ?? {};
      if (!hasDiffText(change)) {
        seen.no++;
        continue;
      }
      seen.yes++;
      expect(resourceDiffLines(rc.type, change, NO_MASKING)).not.toEqual([]);
    }
    expect(seen.yes).toBeGreaterThan(20);
    expect(seen.no).toBeGreaterThan(0);
  });

  it('covers a whole sensitive object and any attribute with a value, before or after', () => {
    const cases: [RawChange, boolean][] = [
      [{ actions: ['create'], before: null, after: { a: null }, after_sensitive: true }, true],
      [{ actions: ['create'], before: null, after: { a: 'x' } }, true],
      [{ actions: ['delete'], before: { a: 0 }, after: null }, true],
      [{ actions: ['create'], before: null, after: { a: null } }, false],
      [{ actions: ['no-op'], before: null, after: null }, false],
    ];
    for (const [change, has] of cases) {
      expect(hasDiffText(change)).toBe(has);
      if (has) expect(resourceDiffLines('terraform_data', change, NO_MASKING)).not.toEqual([]);
    }
  });
});
