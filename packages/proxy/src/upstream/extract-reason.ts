import { redact } from './redact.js';

const MAX_REASON_LENGTH = 200;

/**
 * Pulls a short human-readable reason out of an upstream error body (`error`, `message` or
 * `detail`, as a string or nested `{ message }`), secrets removed, control characters dropped,
 * at most 200 characters. Undefined when the body holds no such reason.
 */
export function extractReason(body: string, secrets: readonly string[]): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const record = json as Record<string, unknown>;
  const candidates = [record['error'], record['message'], record['detail']];
  for (const candidate of candidates) {
    const text =
      typeof candidate === 'string'
        ? candidate
        : typeof candidate === 'object' && candidate !== null
          ? (candidate as Record<string, unknown>)['message']
          : undefined;
    if (typeof text === 'string' && text.trim().length > 0) {
      const clean = redact(text, secrets)
        .replace(/[\p{Cc}\s]+/gu, ' ')
        .trim();
      return clean.length > MAX_REASON_LENGTH ? `${clean.slice(0, MAX_REASON_LENGTH - 1)}…` : clean;
    }
  }
  return undefined;
}
