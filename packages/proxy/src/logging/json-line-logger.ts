import type { Logger } from './log-entry.js';

/**
 * Writes each entry as one JSON line with its time first: `info` through `console.info`
 * (stdout on Node), `warn` and `error` through `console.error` (stderr), in every runtime.
 */
export const jsonLineLogger: Logger = (entry) => {
  const line = JSON.stringify({ time: new Date().toISOString(), ...entry });
  if (entry.level === 'info') console.info(line);
  else console.error(line);
};
