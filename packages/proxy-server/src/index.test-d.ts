import { createLivenessHandler } from '@liveframe/proxy';
import type { LivenessHandler, Upstream } from '@liveframe/proxy';
import { describe, expectTypeOf, it } from 'vitest';
import { ConfigError, readConfig, startProxyServer } from './index.js';
import type { ProxyConfig, RunningProxy } from './index.js';
import { redisStore } from './redis.js';
import type { RedisStore } from './redis.js';
import { isSimulatorScenario, SIMULATOR_SCENARIOS, simulatorUpstream } from './simulator.js';
import type { SimulatorScenario } from './simulator.js';

describe('@liveframe/proxy-server public types', () => {
  it('gives @liveframe/proxy an upstream and a store', () => {
    expectTypeOf(simulatorUpstream()).toEqualTypeOf<Upstream>();
    const handler = createLivenessHandler({
      upstream: simulatorUpstream({ timeoutMs: 5_000 }),
      store: redisStore({ url: 'redis://localhost:6379' }),
    });
    expectTypeOf(handler).toEqualTypeOf<LivenessHandler>();
    expectTypeOf(redisStore).returns.toEqualTypeOf<RedisStore>();
  });

  it('names the scenarios the simulator answers', () => {
    expectTypeOf<SimulatorScenario>().toEqualTypeOf<
      'pass' | 'spoof' | 'no-face' | 'multi-face' | 'dark' | 'blurry' | 'server-error' | 'timeout'
    >();
    expectTypeOf(SIMULATOR_SCENARIOS).toMatchTypeOf<readonly SimulatorScenario[]>();
    const value: string = 'pass';
    if (isSimulatorScenario(value)) expectTypeOf(value).toEqualTypeOf<SimulatorScenario>();
  });

  it('reads the CLI environment and starts the server from it', () => {
    expectTypeOf(readConfig)
      .parameter(0)
      .toEqualTypeOf<Readonly<Record<string, string | undefined>>>();
    expectTypeOf(readConfig).returns.toEqualTypeOf<ProxyConfig>();
    expectTypeOf(new ConfigError(['x']).problems).toEqualTypeOf<readonly string[]>();
    expectTypeOf(startProxyServer).returns.toEqualTypeOf<Promise<RunningProxy>>();
  });
});
