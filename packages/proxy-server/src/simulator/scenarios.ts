/** The outcomes the simulator can be asked for with the `X-LiveFrame-Scenario` header. */
export const SIMULATOR_SCENARIOS = [
  'pass',
  'spoof',
  'no-face',
  'multi-face',
  'dark',
  'blurry',
  'server-error',
  'timeout',
] as const;

export type SimulatorScenario = (typeof SIMULATOR_SCENARIOS)[number];

const ALL = new Set<string>(SIMULATOR_SCENARIOS);

/** True when `value` names one of the {@link SIMULATOR_SCENARIOS}. */
export function isSimulatorScenario(value: string): value is SimulatorScenario {
  return ALL.has(value);
}
