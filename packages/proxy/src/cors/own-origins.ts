import { normalizeOrigin } from './cors-policy.js';

function firstEntry(value: string | null): string | undefined {
  const first = value?.split(',')[0]?.trim();
  return first === '' ? undefined : first;
}

/** The handler's own origins: `publicOrigins`, else the forwarded (`trustHost`) or URL origin. */
export function ownOrigins(
  request: Request,
  publicOrigins: readonly string[],
  trustHost: boolean,
): readonly string[] {
  if (publicOrigins.length > 0) return publicOrigins;
  const url = new URL(request.url);
  if (!trustHost) return [url.origin];
  const { headers } = request;
  const proto = firstEntry(headers.get('x-forwarded-proto')) ?? url.protocol.slice(0, -1);
  const host = firstEntry(headers.get('x-forwarded-host')) ?? headers.get('host') ?? url.host;
  const origin = normalizeOrigin(`${proto}://${host}`);
  return origin === undefined ? [] : [origin];
}
