/** Summary statistics of a set of timings, in the unit of the samples. */
export interface SampleSummary {
  readonly count: number;
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
}

/**
 * The q-quantile (0..1) of `samples` by linear interpolation between closest ranks (the method of
 * NumPy's default and of most spreadsheet PERCENTILE functions).
 */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new RangeError('quantile() needs at least one sample');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile() needs q in 0..1, got ${q}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = q * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] as number;
  const highValue = sorted[high] as number;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

export function summarize(samples: readonly number[]): SampleSummary {
  return {
    count: samples.length,
    median: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}
