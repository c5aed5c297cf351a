import type { FetchHandler } from '../handler/handler-options.js';

/** The route handlers a Next.js App Router `route.ts` exports. */
export interface NextRouteHandlers {
  POST: (request: Request) => Promise<Response>;
  OPTIONS: (request: Request) => Promise<Response>;
}

/**
 * Adapts the handler to a Next.js App Router route (`app/api/liveness/route.ts`):
 * `export const { POST, OPTIONS } = nextRouteHandlers(handler);`, on any runtime. Next.js gives
 * no socket address: set `trustedHops` on the handler (one proxy in front, as on Vercel: 1).
 * @param clientAddress - @default none: the handler reads `X-Forwarded-For` by `trustedHops`
 */
export function nextRouteHandlers(
  handler: FetchHandler,
  clientAddress?: (request: Request) => string | null | undefined,
): NextRouteHandlers {
  const route = (request: Request): Promise<Response> => {
    const address = clientAddress?.(request) ?? undefined;
    return handler(request, address === undefined ? {} : { clientAddress: address });
  };
  return { POST: route, OPTIONS: route };
}
