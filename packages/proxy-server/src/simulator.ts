/**
 * `@liveframe/proxy-server/simulator`: an upstream that answers like Dojah, offline, for
 * development, demos and tests. It is not a liveness check.
 */
export { simulatorUpstream, SIMULATOR_WARNING } from './simulator/simulator-upstream.js';
export type { SimulatorUpstreamOptions } from './simulator/simulator-upstream.js';
export { SIMULATOR_SCENARIOS, isSimulatorScenario } from './simulator/scenarios.js';
export type { SimulatorScenario } from './simulator/scenarios.js';
