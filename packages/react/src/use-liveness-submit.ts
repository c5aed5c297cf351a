import type { LivenessResponse, SubmitFrame } from '@liveframe/core';
import type * as LivenessClientModule from '@liveframe/core/client';
import type { QueryClient } from '@tanstack/react-query';
import {
  QueryClientContext,
  QueryClient as TanStackQueryClient,
  useMutation,
} from '@tanstack/react-query';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';

/** Extra headers for each request, or a function returning them (called once per attempt). */
export type RequestHeaders =
  Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);

/** How captured frames are sent. */
export interface SubmitOptions {
  /** URL of your `@liveframe/proxy` endpoint, e.g. `'/api/liveness'`. Required. */
  proxyUrl: string;
  /**
   * Headers added to each request, e.g. a per-attempt token from your backend. A function is
   * called before every attempt and may be async. Default: none.
   */
  requestHeaders?: RequestHeaders;
  /**
   * The capture token your server issued for this person (`createCaptureToken` in
   * `@liveframe/proxy`), sent as `Authorization: Bearer <token>`. Default: none.
   */
  token?: string;
  /**
   * Fetches a capture token from your server instead of `token`: called when the camera starts,
   * and again once when the proxy says the token expired (`TOKEN_EXPIRED`). Default: none.
   */
  getToken?: () => string | Promise<string>;
  /** Gives up with `TIMEOUT` after this many ms. Default `20000`. */
  timeoutMs?: number;
  /** The `fetch` to use (tests, instrumentation). Default: the global `fetch`. */
  fetch?: typeof fetch;
  /**
   * The QueryClient running the request's mutation. Default: the one from the surrounding
   * `QueryClientProvider`, or a private one when there is none.
   */
  queryClient?: QueryClient;
}

/**
 * Loads the proxy client (`@liveframe/core/client`: the transport and the response schema) on
 * first use. Called when the camera starts, so it is ready by the time a frame is captured and
 * costs nothing to pages that never start the camera.
 */
export function preloadLivenessClient(): Promise<LivenessClient> {
  clientModule ??= import('@liveframe/core/client').catch((error: unknown) => {
    clientModule = undefined; // a failed chunk load may succeed on the next attempt
    throw error;
  });
  return clientModule;
}
let clientModule: Promise<LivenessClient> | undefined;
type LivenessClient = typeof LivenessClientModule;

interface Variables {
  image: string;
  signal: AbortSignal;
}

/** The mutation key of the liveness request, e.g. for `useIsMutating({ mutationKey })`. */
export const LIVENESS_MUTATION_KEY = ['liveframe', 'liveness'] as const;

/** A `SubmitFrame` that can also get ready before the first frame (client code, token). */
export interface PreparedSubmit extends SubmitFrame {
  /** Loads the proxy client and, with `getToken`, fetches the token; call when the camera starts. */
  prepare(): void;
}

/**
 * Sends frames through a TanStack Query mutation (so devtools and `useIsMutating` see it), with
 * or without a surrounding `QueryClientProvider`. Returns a stable `SubmitFrame`.
 */
export function useLivenessSubmit(options: SubmitOptions): PreparedSubmit {
  const contextClient = useContext(QueryClientContext);
  const [ownClient] = useState(() => new TanStackQueryClient());
  const client = options.queryClient ?? contextClient ?? ownClient;

  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  // The token from getToken, fetched once and again only when the proxy says it expired.
  const fetchedToken = useRef<Promise<string> | undefined>(undefined);
  const tokenFromServer = useCallback((refresh: boolean): Promise<string> => {
    const { getToken } = latest.current;
    if (getToken === undefined) return Promise.reject(new Error('getToken is not set'));
    if (refresh || fetchedToken.current === undefined) {
      const pending = Promise.resolve().then(getToken);
      fetchedToken.current = pending;
      pending.catch(() => {
        if (fetchedToken.current === pending) fetchedToken.current = undefined;
      });
    }
    return fetchedToken.current;
  }, []);

  const { mutateAsync } = useMutation<LivenessResponse, unknown, Variables>(
    {
      mutationKey: LIVENESS_MUTATION_KEY,
      mutationFn: async ({ image, signal }) => {
        const { proxyUrl, requestHeaders, timeoutMs, fetch } = latest.current;
        const headers =
          typeof requestHeaders === 'function' ? await requestHeaders() : requestHeaders;
        const client = await preloadLivenessClient();
        const check = (token: string | undefined) =>
          client.checkLiveness(image, {
            proxyUrl,
            signal,
            ...(headers !== undefined && { headers }),
            ...(token !== undefined && { token }),
            ...(timeoutMs !== undefined && { timeoutMs }),
            ...(fetch !== undefined && { fetch }),
          });
        signal.throwIfAborted();
        const { token, getToken } = latest.current;
        if (token !== undefined || getToken === undefined) return check(token);
        try {
          return await check(await readToken(client, tokenFromServer(false)));
        } catch (error) {
          if (!client.isLivenessCheckError(error) || error.reason !== 'TOKEN_EXPIRED') throw error;
          // Once: a second TOKEN_EXPIRED is shown to the person (start again).
          const fresh = await readToken(client, tokenFromServer(true));
          signal.throwIfAborted();
          return check(fresh);
        }
      },
      retry: false,
      // Offline must fail with NETWORK_ERROR and guidance, not wait silently.
      networkMode: 'always',
    },
    client,
  );

  const mutate = useRef(mutateAsync);
  useEffect(() => {
    mutate.current = mutateAsync;
  }, [mutateAsync]);

  return useMemo(
    () =>
      Object.assign((image: string, signal: AbortSignal) => mutate.current({ image, signal }), {
        prepare: () => {
          preloadLivenessClient().catch(() => undefined);
          const { token, getToken } = latest.current;
          if (token === undefined && getToken !== undefined) {
            tokenFromServer(false).catch(() => undefined);
          }
        },
      }),
    [tokenFromServer],
  );
}

/** Awaits `getToken`'s token; its failure is a `NETWORK_ERROR` (retryable), a blank one `TOKEN_MISSING`. */
async function readToken(client: LivenessClient, pending: Promise<string>): Promise<string> {
  let token: unknown;
  try {
    token = await pending;
  } catch (cause) {
    throw new client.LivenessCheckError('NETWORK_ERROR', 'getToken failed', { cause });
  }
  if (typeof token !== 'string' || token.trim() === '') {
    throw new client.LivenessCheckError('TOKEN_MISSING', 'getToken returned no token');
  }
  return token;
}
