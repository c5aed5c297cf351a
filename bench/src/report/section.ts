import type { BudgetStatus } from './budgets.js';

/** One measured figure, as printed in the table. */
export interface Figure {
  /** What was measured, in words. */
  readonly name: string;
  /** The measured value, formatted with its unit. */
  readonly value: string;
  /** The budget it is held to, in words, when it has one. */
  readonly budget?: string;
  readonly status?: BudgetStatus;
}

/** The outcome of one benchmark: what it measured, how, and the raw data written as JSON. */
export interface BenchSection {
  /** File name of the JSON result under bench/results/, without extension. */
  readonly name: string;
  readonly title: string;
  /** How the figures were measured, one line each. */
  readonly method: readonly string[];
  readonly figures: readonly Figure[];
  /** Caveats and, for a budget not met, what it would take. */
  readonly notes: readonly string[];
  /** Everything measured, for bench/results/<name>.json. */
  readonly data: unknown;
}
