import { describe, expect, it } from 'vitest';
import type { ProxyStore } from '../store/proxy-store.js';

/**
 * The contract every {@link ProxyStore} keeps, as tests: run by the memory store's tests here and
 * by the Redis store's in @liveframe/proxy-server. Timing only where a store needs real time.
 */
export function describeStoreContract(
  name: string,
  make: () => ProxyStore,
  skipReason?: string,
): void {
  describe(name, () => {
    describe.skipIf(skipReason !== undefined)(skipReason ?? 'contract', () => {
      const later = (): number => Date.now() + 60_000;

      it('counts rate-limit hits in a window per key', async () => {
        const store = make();
        const first = await store.hit('10.0.0.1', 60_000);
        expect(first.count).toBe(1);
        expect(first.resetAt - Date.now()).toBeGreaterThan(59_000);
        expect((await store.hit('10.0.0.1', 60_000)).count).toBe(2);
        expect((await store.hit('10.0.0.2', 60_000)).count).toBe(1);
      });

      it('lets exactly maxAttempts through, then says exhausted', async () => {
        const store = make();
        const takes = [];
        for (let index = 0; index < 5; index += 1)
          takes.push(await store.takeAttempt('s1', 3, later()));
        expect(takes).toEqual([
          { status: 'counted', attempt: 1 },
          { status: 'counted', attempt: 2 },
          { status: 'counted', attempt: 3 },
          { status: 'exhausted', attempt: 3 },
          { status: 'exhausted', attempt: 3 },
        ]);
        expect(await store.takeAttempt('s2', 3, later())).toEqual({
          status: 'counted',
          attempt: 1,
        });
      });

      it('refuses every attempt of a spent session', async () => {
        const store = make();
        await store.takeAttempt('s1', 3, later());
        await store.markSpent('s1', later());
        expect(await store.takeAttempt('s1', 3, later())).toEqual({ status: 'spent', attempt: 1 });
      });

      it('is atomic under concurrency: 200 at once, exactly maxAttempts counted', async () => {
        const store = make();
        const takes = await Promise.all(
          Array.from({ length: 200 }, () => store.takeAttempt('busy', 3, later())),
        );
        const counted = takes
          .filter((take) => take.status === 'counted')
          .map((take) => take.attempt);
        expect(counted.sort()).toEqual([1, 2, 3]);
        const hits = await Promise.all(Array.from({ length: 200 }, () => store.hit('ip', 60_000)));
        expect(new Set(hits.map((hit) => hit.count)).size).toBe(200);
      });
    });
  });
}
