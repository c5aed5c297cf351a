import type { FetchHandler } from './node-listener.js';

/** The route handlers a Next.js App Router `route.ts` exports. */
export interface NextRouteHandlers {
  POST: (request: Request) => Promise<Response>;
  OPTIONS: (request: Request) => Promise<Response>;
}

/**
 * Adapts the handler to a Next.js App Router route (`app/api/liveness/route.ts`):
 * `export const { POST, OPTIONS } = nextRouteHandlers(handler);`. Next.js gives no socket
 * address, so behind Vercel or another proxy you control set `trustProxy: true` on the handler.
 * @param clientAddress - @default none (see above)
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
