/**
 * How long an idle connection to the upstream is kept when its last answer announced no
 * `Keep-Alive: timeout=N`: 4 s, as undici (Node's `fetch`) does.
 */
export const DEFAULT_IDLE_MS = 4000;

/** The longest an idle connection is kept, whatever the upstream announced (undici's cap). */
export const MAX_IDLE_MS = 600_000;

/**
 * How long to keep a connection idle after an answer with this `Keep-Alive` header, in ms:
 * one second less than the `timeout=N` the server announced (so it never closes a connection
 * just as it is reused; Node's agent and undici keep the same margin), at most
 * {@link MAX_IDLE_MS}; 0 when that leaves nothing (do not reuse it); `defaultMs` without an
 * announcement.
 */
export function idleTimeoutMs(
  keepAlive: string | readonly string[] | undefined,
  defaultMs: number = DEFAULT_IDLE_MS,
): number {
  const header = typeof keepAlive === 'string' ? keepAlive : (keepAlive ?? []).join(', ');
  const announced = /(?:^|[\s,])timeout\s*=\s*"?(\d{1,9})"?\s*(?:,|$)/i.exec(header)?.[1];
  if (announced === undefined) return defaultMs;
  return Math.min(Math.max(Number(announced) * 1000 - 1000, 0), MAX_IDLE_MS);
}
