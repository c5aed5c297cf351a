import type { ProxyErrorCode } from '@liveframe/core';

/**
 * A refusal or failure the handler answers with `{ "error": { "code", "message" } }`.
 * `message` is shown to integrators (and may reach end users): plain words, never a secret.
 */
export class ProxyError extends Error {
  override readonly name = 'ProxyError';
  readonly status: number;
  readonly code: ProxyErrorCode;
  readonly headers: Readonly<Record<string, string>>;
  /** Extra context for the operator's log line only; never sent to the client. */
  readonly logDetail: string | undefined;

  constructor(
    status: number,
    code: ProxyErrorCode,
    message: string,
    init: { headers?: Record<string, string>; logDetail?: string } = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = init.headers ?? {};
    this.logDetail = init.logDetail;
  }
}
