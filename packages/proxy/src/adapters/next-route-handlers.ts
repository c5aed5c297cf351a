import type { FetchHandler } from '../handler/handler-options.js';
import { fetchRuntime } from './fetch-runtime.js';

/** The route handlers a Next.js App Router `route.ts` exports. */
export interface NextRouteHandlers {
  POST: (request: Request) => Promise<Response>;
  OPTIONS: (request: Request) => Promise<Response>;
}

/**
 * `export const { POST, OPTIONS } = nextRouteHandlers(handler);` in an App Router `route.ts`.
 * @param clientAddress - @default none: Next.js gives no socket address; set `trustedHops`
 */
export function nextRouteHandlers(
  handler: FetchHandler,
  clientAddress?: (request: Request) => string | null | undefined,
): NextRouteHandlers {
  const { fetch } = fetchRuntime(handler, clientAddress);
  return { POST: fetch, OPTIONS: fetch };
}
