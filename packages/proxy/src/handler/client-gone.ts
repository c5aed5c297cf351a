import type { UpstreamContext } from '../upstream/types.js';

/**
 * "The client went away", for the proxy's own code, without an `AbortSignal` unless someone asks
 * for one. In Node 20 each `AbortSignal` is allocated straight into the old generation (about
 * 250 B), and so is each listener added to and removed from one (150 to 420 B): with one of each
 * per request, that old-space growth brought full collections that run without incremental
 * marking (the proxy README's benchmark section has the measurements). A {@link ClientGone}
 * costs a small young object; its `signal` is made only when read (by an upstream that is not
 * the proxy's own, or for `onResult`'s `Request`).
 */
export interface AbortWatch {
  readonly aborted: boolean;
  readonly reason: unknown;
  /**
   * Calls `listener` with the reason when this aborts (not if it already has: check `aborted`
   * first). Returns what stops watching.
   */
  watch(listener: (reason: unknown) => void): () => void;
}

/** An {@link AbortWatch} with the `AbortSignal` an upstream's context must offer. */
export interface ClientGoneNotice extends AbortWatch {
  /** Aborted when the client goes away. Made on first read where it does not exist yet. */
  readonly signal: AbortSignal;
}

function noop(): void {}

/** What `createNodeListener` aborts when the response closes before it was written. */
export class ClientGone implements ClientGoneNotice {
  aborted = false;
  reason: unknown = undefined;
  private controller: AbortController | undefined = undefined;
  private listeners: ((reason: unknown) => void)[] | undefined = undefined;

  get signal(): AbortSignal {
    if (this.controller === undefined) {
      this.controller = new AbortController();
      if (this.aborted) this.controller.abort(this.reason);
    }
    return this.controller.signal;
  }

  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    // The reason `AbortController.abort()` gives.
    this.reason = new DOMException('This operation was aborted', 'AbortError');
    this.controller?.abort(this.reason);
    const listeners = this.listeners;
    this.listeners = undefined;
    if (listeners !== undefined) for (const listener of listeners) listener(this.reason);
  }

  watch(listener: (reason: unknown) => void): () => void {
    if (this.aborted) return noop;
    (this.listeners ??= []).push(listener);
    return () => {
      const index = this.listeners?.indexOf(listener) ?? -1;
      if (index >= 0) this.listeners?.splice(index, 1);
    };
  }
}

/** A {@link ClientGoneNotice} over a signal that already exists (a Web `Request`'s). */
export class SignalNotice implements ClientGoneNotice {
  constructor(readonly signal: AbortSignal) {}

  get aborted(): boolean {
    return this.signal.aborted;
  }

  get reason(): unknown {
    return this.signal.reason;
  }

  watch(listener: (reason: unknown) => void): () => void {
    const signal = this.signal;
    if (signal.aborted) return noop;
    const onAbort = (): void => listener(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    return () => signal.removeEventListener('abort', onAbort);
  }
}

/**
 * Watches either: an {@link AbortWatch} without making its signal, or a plain `AbortSignal`.
 * Returns what stops watching.
 */
export function watchAbort(
  source: AbortWatch | AbortSignal,
  listener: (reason: unknown) => void,
): () => void {
  if ('watch' in source) return source.watch(listener);
  return new SignalNotice(source).watch(listener);
}

/**
 * Where the handler's upstream context keeps its {@link AbortWatch}, so the proxy's own
 * upstreams watch the client without making `context.signal`.
 */
export const CLIENT_GONE: unique symbol = Symbol('@liveframe/proxy/client-gone');

/**
 * The context the handler gives an upstream: `signal` made only when read, the
 * {@link AbortWatch} under {@link CLIENT_GONE} for the proxy's own upstreams.
 */
class HandlerUpstreamContext implements UpstreamContext {
  readonly [CLIENT_GONE]: ClientGoneNotice;
  declare scenario?: string;

  constructor(clientGone: ClientGoneNotice, scenario: string | null) {
    this[CLIENT_GONE] = clientGone;
    if (scenario !== null) this.scenario = scenario;
  }

  get signal(): AbortSignal {
    return this[CLIENT_GONE].signal;
  }
}

/** The {@link UpstreamContext} for a request whose client is watched by `clientGone`. */
export function upstreamContext(
  clientGone: ClientGoneNotice,
  scenario: string | null,
): UpstreamContext {
  return new HandlerUpstreamContext(clientGone, scenario);
}

/** What to watch for the client going away: the handler's notice, or the context's signal. */
export function clientGoneOf(context: UpstreamContext): AbortWatch | AbortSignal {
  return (context as { [CLIENT_GONE]?: AbortWatch })[CLIENT_GONE] ?? context.signal;
}
