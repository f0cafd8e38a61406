/** The Lease lock against the fake API server, with an injected clock. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { MemoryLogger } from '@pipewright/shared/log';
import { startFakeKube, type FakeKube } from '@pipewright/testkit/k8s-fake/server';
import { KubeClient } from '../src/kube.ts';
import { parseKubeconfig } from '../src/kubeconfig.ts';
import { RolloutLock } from '../src/lock.ts';

let kube: FakeKube | undefined;
afterEach(async () => {
  await kube?.stop();
  kube = undefined;
});

function lockFor(k: FakeKube, holder: string, clock: { t: number }, onConflict: 'fail' | 'wait' = 'fail') {
  const client = new KubeClient(parseKubeconfig(k.kubeconfig()), { sleep: async () => {} });
  const sleeps: number[] = [];
  const lock = new RolloutLock({
    kube: client,
    namespace: 'default',
    app: 'web',
    holder,
    durationSeconds: 60,
    onConflict,
    waitTimeoutMs: 120_000,
    clock: { now: () => clock.t },
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.t += ms;
    },
    logger: new MemoryLogger(),
  });
  return { lock, client, sleeps };
}

describe('RolloutLock', () => {
  it('renews with PUT + resourceVersion once a third of the duration passed, and survives a conflicting write', async () => {
    kube = await startFakeKube({ controller: false });
    const clock = { t: Date.parse('2026-05-01T10:00:00Z') };
    const { lock, client } = lockFor(kube, 'o/r/1/1', clock);
    await lock.acquire();
    expect(kube.get('leases', 'default', 'web-canary')?.spec).toMatchObject({
      holderIdentity: 'o/r/1/1',
      leaseDurationSeconds: 60,
      renewTime: '2026-05-01T10:00:00.000000Z',
    });
    clock.t += 10_000;
    await lock.renewIfDue();
    expect(kube.requests.filter((q) => q.method === 'PUT')).toEqual([]);
    clock.t += 15_000;
    kube.mutate('leases', 'default', 'web-canary', (l) => (l.metadata.labels = { touched: 'yes' }));
    await lock.renewIfDue();
    expect(kube.requests.filter((q) => q.method === 'PUT').map((q) => q.status)).toEqual([409, 200]);
    expect(kube.get('leases', 'default', 'web-canary')?.spec.renewTime).toBe('2026-05-01T10:00:25.000000Z');
    await lock.release();
    expect(kube.get('leases', 'default', 'web-canary')).toBeUndefined();
    client.close();
  });

  it('waits for a live holder (policy wait) and takes over once its lease expired', async () => {
    kube = await startFakeKube({ controller: false });
    const clock = { t: Date.parse('2026-05-01T10:00:00Z') };
    const a = lockFor(kube, 'o/r/1/1', clock);
    await a.lock.acquire();
    const b = lockFor(kube, 'o/r/2/1', clock, 'wait');
    await b.lock.acquire();
    // 2 s per poll until renewTime + 60 s has passed
    expect(b.sleeps.length).toBe(31);
    expect(kube.get('leases', 'default', 'web-canary')?.spec).toMatchObject({
      holderIdentity: 'o/r/2/1',
      leaseTransitions: 1,
    });
    a.client.close();
    b.client.close();
  });

  it('a lost lock is reported when another holder renewed it', async () => {
    kube = await startFakeKube({ controller: false });
    const clock = { t: Date.parse('2026-05-01T10:00:00Z') };
    const a = lockFor(kube, 'o/r/1/1', clock);
    await a.lock.acquire();
    kube.mutate('leases', 'default', 'web-canary', (l) => (l.spec.holderIdentity = 'o/r/9/1'));
    clock.t += 30_000;
    await expect(a.lock.renewIfDue()).rejects.toThrow('Lost the lock web-canary to o/r/9/1.');
    a.client.close();
  });
});
