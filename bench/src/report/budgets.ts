/** The performance budgets of issue 6; each is an upper limit that the measured value must stay under. */
export const BUDGETS = {
  /**
   * Initial JS of `@liveframe/react` + `@liveframe/core`, minified and gzipped, bytes (1 KB = 1000 B).
   * Why it sits where it does: bench/README.md.
   */
  initialJsGzipBytes: 12_900,
  /** Requests to any origin but the page's own, during every browser run. */
  foreignRequests: 1,
  /** Median `liveframe:analyze` duration after warm-up, ms. */
  analyzeMedianMs: 15,
  /** 95th percentile `liveframe:analyze` duration after warm-up, ms. */
  analyzeP95Ms: 30,
  /** Main-thread long tasks (over 50 ms) once framing has started, after warm-up. */
  longTasksAfterWarmUp: 1,
  /** Base64 characters of the captured frame at the default settings (1 KB = 1000 B). */
  capturedFrameBase64Bytes: 250_000,
} as const;

export type BudgetStatus = 'PASS' | 'FAIL' | 'NOT MEASURED';

/**
 * PASS when `value` is strictly under `limit`, FAIL when it is not, NOT MEASURED when the figure
 * could not be measured (a missing figure never passes a budget).
 */
export function checkUnder(value: number | undefined, limit: number): BudgetStatus {
  if (value === undefined || !Number.isFinite(value)) return 'NOT MEASURED';
  return value < limit ? 'PASS' : 'FAIL';
}

/** PASS when the condition holds, FAIL when it does not, NOT MEASURED when unknown. */
export function checkTrue(condition: boolean | undefined): BudgetStatus {
  if (condition === undefined) return 'NOT MEASURED';
  return condition ? 'PASS' : 'FAIL';
}
