import type { ProxyError } from '../errors/proxy-error.js';
import type { Reply } from './exchange.js';

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

/** A JSON answer with the headers every answer of the proxy carries. */
export function jsonReply(
  status: number,
  body: string,
  headers: Readonly<Record<string, string>> = {},
): Reply {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body };
}

/** The `{ "error": { "code", "message" } }` answer for a {@link ProxyError}. */
export function errorReply(
  error: ProxyError,
  headers: Readonly<Record<string, string>> = {},
): Reply {
  return jsonReply(error.status, JSON.stringify(error.toBody()), { ...error.headers, ...headers });
}
