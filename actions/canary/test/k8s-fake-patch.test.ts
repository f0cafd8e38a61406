import { describe, expect, it } from '@jest/globals';
import {
  applyJsonPatch,
  applyMergePatch,
  applyStrategicMergePatch,
} from '@pipewright/testkit/k8s-fake/patch';

const pod = {
  metadata: { name: 'p', labels: { app: 'web', tier: 'fe' }, finalizers: ['a'] },
  spec: {
    containers: [
      {
        name: 'app',
        image: 'web:1',
        env: [
          { name: 'A', value: '1' },
          { name: 'B', value: '2' },
        ],
        ports: [{ containerPort: 8080 }],
      },
      { name: 'proxy', image: 'proxy:1' },
    ],
    tolerations: [{ key: 'x', operator: 'Exists' }],
  },
};

describe('strategic merge patch (as the API server applies it)', () => {
  it.each([
    [
      'merges containers by name',
      { spec: { containers: [{ name: 'app', image: 'web:2' }] } },
      (o: typeof pod) => o.spec.containers.map((c) => [c.name, c.image]),
      [
        ['app', 'web:2'],
        ['proxy', 'proxy:1'],
      ],
    ],
    [
      // apimachinery strategicpatch mergeSlice/normalizeElementOrder: an item the live list lacks comes
      // before the server-only ones (`kubectl patch --local` 1.37 gives the same order).
      'adds an unknown container first',
      { spec: { containers: [{ name: 'debug', image: 'busybox' }] } },
      (o: typeof pod) => o.spec.containers.map((c) => c.name),
      ['debug', 'app', 'proxy'],
    ],
    [
      'deletes by $patch: delete',
      { spec: { containers: [{ name: 'proxy', $patch: 'delete' }] } },
      (o: typeof pod) => o.spec.containers.map((c) => c.name),
      ['app'],
    ],
    [
      'merges env by name inside a merged container',
      { spec: { containers: [{ name: 'app', env: [{ name: 'B', value: '3' }] }] } },
      (o: typeof pod) => o.spec.containers[0]?.env,
      [
        { name: 'A', value: '1' },
        { name: 'B', value: '3' },
      ],
    ],
    [
      'replaces lists without a merge key (tolerations)',
      { spec: { tolerations: [{ key: 'y', operator: 'Exists' }] } },
      (o: typeof pod) => o.spec.tolerations,
      [{ key: 'y', operator: 'Exists' }],
    ],
    [
      '$patch: replace on a list',
      { spec: { containers: [{ name: 'only', image: 'o:1' }, { $patch: 'replace' }] } },
      (o: typeof pod) => o.spec.containers.map((c) => c.name),
      ['only'],
    ],
    [
      'null deletes a map key',
      { metadata: { labels: { tier: null } } },
      (o: typeof pod) => o.metadata.labels,
      { app: 'web' },
    ],
    [
      // merged as a set, in the patch's order (`kubectl patch --local` 1.37: ["b","a"])
      'finalizers merge as a set',
      { metadata: { finalizers: ['b', 'a'] } },
      (o: typeof pod) => o.metadata.finalizers,
      ['b', 'a'],
    ],
    [
      '$deleteFromPrimitiveList',
      { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } },
      (o: typeof pod) => o.metadata.finalizers,
      [],
    ],
  ])('%s', (_n, patch, pick, expected) => {
    expect(pick(applyStrategicMergePatch(pod as never, patch as never) as unknown as typeof pod)).toEqual(
      expected,
    );
  });

  it('a merge-key list item without the key is an error', () => {
    expect(() =>
      applyStrategicMergePatch(pod as never, { spec: { containers: [{ image: 'x' }] } } as never),
    ).toThrow('does not contain declared merge key: name');
  });
});

describe('JSON merge patch (RFC 7386)', () => {
  it('replaces lists whole and deletes with null', () => {
    const out = applyMergePatch(
      pod as never,
      {
        spec: { containers: [{ name: 'app', image: 'web:2' }] },
        metadata: { labels: { tier: null } },
      } as never,
    ) as unknown as typeof pod;
    expect(out.spec.containers).toEqual([{ name: 'app', image: 'web:2' }]);
    expect(out.metadata.labels).toEqual({ app: 'web' });
  });
});

describe('JSON patch (RFC 6902)', () => {
  const route = {
    metadata: { resourceVersion: '7' },
    spec: {
      rules: [
        {
          backendRefs: [
            { name: 'web', weight: 100 },
            { name: 'web-canary', weight: 0 },
          ],
        },
      ],
    },
  };
  it('test then replace', () => {
    const out = applyJsonPatch(route as never, [
      { op: 'test', path: '/metadata/resourceVersion', value: '7' },
      { op: 'replace', path: '/spec/rules/0/backendRefs/0/weight', value: 90 },
      { op: 'replace', path: '/spec/rules/0/backendRefs/1/weight', value: 10 },
    ]) as unknown as typeof route;
    expect(out.spec.rules[0]?.backendRefs.map((b) => b.weight)).toEqual([90, 10]);
  });
  it.each([
    [
      [{ op: 'test', path: '/metadata/resourceVersion', value: '6' }],
      'testing value /metadata/resourceVersion failed',
    ],
    [[{ op: 'replace', path: '/spec/rules/0/backendRefs/5/weight', value: 1 }], 'does not exist'],
    [[{ op: 'remove', path: '/spec/nothing' }], 'the path "/spec/nothing" does not exist'],
    [{ op: 'add' }, 'a JSON patch must be an array of operations'],
  ])('%j fails: %s', (ops, message) => {
    expect(() => applyJsonPatch(route as never, ops)).toThrow(message);
  });
  it('add with - appends, move and copy', () => {
    const out = applyJsonPatch({ a: [1], b: { c: 2 } } as never, [
      { op: 'add', path: '/a/-', value: 3 },
      { op: 'copy', from: '/b/c', path: '/a/0' },
      { op: 'move', from: '/b', path: '/d' },
    ]);
    expect(out).toEqual({ a: [2, 1, 3], d: { c: 2 } });
  });
});
