/** Formats bytes as a byte count with thousands separators and KB (1 KB = 1000 B). */
export function formatBytes(bytes: number): string {
  const kb = bytes / 1000;
  const shown = kb >= 100 ? kb.toFixed(0) : kb.toFixed(1);
  return `${shown} KB (${Math.round(bytes).toLocaleString('en-US')} B)`;
}

/** Formats milliseconds, with one decimal under 100 ms. */
export function formatMs(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}
