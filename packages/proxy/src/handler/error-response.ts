import type { ProxyError } from '../errors/proxy-error.js';
import { jsonResponse } from './json-response.js';

/** The `{ "error": { "code", "message" } }` answer for a {@link ProxyError}. */
export function errorResponse(
  error: ProxyError,
  headers: Readonly<Record<string, string>> = {},
): Response {
  return jsonResponse(error.status, JSON.stringify(error.toBody()), {
    ...error.headers,
    ...headers,
  });
}
