import type { LivenessResponse, SubmitFrame } from '@liveframe/core';
import type * as LivenessClientModule from '@liveframe/core/client';
import type { QueryClient } from '@tanstack/react-query';
import {
  QueryClientContext,
  QueryClient as TanStackQueryClient,
  useMutation,
} from '@tanstack/react-query';
import { useCallback, useContext, useEffect, useRef, useState } from 'react';

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

/**
 * Sends frames through a TanStack Query mutation (so devtools and `useIsMutating` see it), with
 * or without a surrounding `QueryClientProvider`. Returns a stable `SubmitFrame`.
 */
export function useLivenessSubmit(options: SubmitOptions): SubmitFrame {
  const contextClient = useContext(QueryClientContext);
  const [ownClient] = useState(() => new TanStackQueryClient());
  const client = options.queryClient ?? contextClient ?? ownClient;

  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  const { mutateAsync } = useMutation<LivenessResponse, unknown, Variables>(
    {
      mutationKey: LIVENESS_MUTATION_KEY,
      mutationFn: async ({ image, signal }) => {
        const { proxyUrl, requestHeaders, timeoutMs, fetch } = latest.current;
        const headers =
          typeof requestHeaders === 'function' ? await requestHeaders() : requestHeaders;
        const { checkLiveness } = await preloadLivenessClient();
        signal.throwIfAborted();
        return checkLiveness(image, {
          proxyUrl,
          signal,
          ...(headers !== undefined && { headers }),
          ...(timeoutMs !== undefined && { timeoutMs }),
          ...(fetch !== undefined && { fetch }),
        });
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

  return useCallback((image, signal) => mutate.current({ image, signal }), []);
}
