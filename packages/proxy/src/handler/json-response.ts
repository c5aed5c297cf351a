import type { ProxyErrorBody } from '@liveframe/core';
import type { ProxyError } from '../errors/proxy-error.js';

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

/** A JSON `Response` with the headers every answer of the proxy carries. */
export function jsonResponse(
  status: number,
  body: string,
  headers: Readonly<Record<string, string>> = {},
): Response {
  return new Response(body, { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** The `{ "error": { "code", "message" } }` answer for a {@link ProxyError}. */
export function errorResponse(
  error: ProxyError,
  headers: Readonly<Record<string, string>>,
): Response {
  const body: ProxyErrorBody = { error: { code: error.code, message: error.message } };
  return jsonResponse(error.status, JSON.stringify(body), { ...error.headers, ...headers });
}
