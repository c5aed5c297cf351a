import type { FetchHandler } from '../handler/handler-options.js';

/** Finds the client's address from what the runtime passes next to the request. */
export type ClientAddressGetter<Args extends unknown[]> = (
  request: Request,
  ...args: Args
) => string | null | undefined;

/** An object with a `fetch(request, ...runtimeArgs)` method, as Bun, Deno and Workers expect. */
export interface FetchRuntimeApp<Args extends unknown[]> {
  fetch(request: Request, ...args: Args): Promise<Response>;
}

/**
 * For Bun, Deno and Workers (`export default fetchRuntime(handler)`); see the README per runtime.
 * @param clientAddress - @default none: clients are keyed by `X-Forwarded-For` with `trustedHops`, else share one bucket
 */
export function fetchRuntime<Args extends unknown[] = []>(
  handler: FetchHandler,
  clientAddress?: ClientAddressGetter<Args>,
): FetchRuntimeApp<Args> {
  return {
    fetch(request, ...args) {
      const address = clientAddress?.(request, ...args) ?? undefined;
      return handler(request, address === undefined ? {} : { clientAddress: address });
    },
  };
}
