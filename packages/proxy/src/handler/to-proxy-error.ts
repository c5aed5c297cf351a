import { ProxyError } from '../errors/proxy-error.js';
import { UpstreamError } from '../upstream/upstream-error.js';

const MISCONFIGURED = 'The liveness proxy is misconfigured; the details are in its server log.';
const UNAVAILABLE = 'The liveness provider failed to answer properly. Try again shortly.';

/** Maps anything thrown while handling a request to the answer the client gets. */
export function toProxyError(error: unknown): ProxyError {
  if (error instanceof ProxyError) return error;
  if (!(error instanceof UpstreamError)) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return new ProxyError(500, 'INTERNAL_ERROR', 'The liveness proxy failed unexpectedly.', {
      logDetail: detail,
    });
  }
  const logDetail = error.message;
  const seconds = error.retryAfterSeconds ?? 30;
  switch (error.kind) {
    case 'timeout':
      return new ProxyError(504, 'TIMEOUT', 'The liveness provider did not answer in time.', {
        logDetail,
      });
    case 'unauthorized':
    case 'misconfigured':
      return new ProxyError(500, 'MISCONFIGURED', MISCONFIGURED, { logDetail });
    case 'image-rejected': {
      const reason = error.publicReason ?? 'The liveness provider could not process this image.';
      return new ProxyError(422, 'IMAGE_REJECTED', reason, { logDetail });
    }
    case 'rate-limited':
      return new ProxyError(
        429,
        'RATE_LIMITED',
        `The liveness provider is receiving too many requests; retry in ${seconds} s.`,
        { headers: { 'Retry-After': String(seconds) }, logDetail },
      );
    case 'bad-scenario':
      return new ProxyError(400, 'BAD_REQUEST', error.publicReason ?? error.message, { logDetail });
    case 'invalid-response':
    case 'unavailable':
      return new ProxyError(502, 'UPSTREAM_ERROR', UNAVAILABLE, { logDetail });
  }
}
