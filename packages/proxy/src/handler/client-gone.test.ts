import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CLIENT_GONE,
  ClientGone,
  clientGoneOf,
  SignalNotice,
  upstreamContext,
  watchAbort,
} from './client-gone.js';
import { countAbortControllers } from '../test-utils/count-abort-controllers.js';

/** Counts the `AbortController`s made while `run` runs. */
function countControllers(run: () => void): number {
  const counter = countAbortControllers();
  try {
    run();
  } finally {
    counter.stop();
  }
  return counter.made;
}

afterEach(() => vi.restoreAllMocks());

describe('ClientGone', () => {
  it('is watched and aborted without ever making an AbortSignal', () => {
    const listener = vi.fn();
    const made = countControllers(() => {
      const gone = new ClientGone();
      gone.watch(listener);
      expect(gone.aborted).toBe(false);
      gone.abort();
      expect(gone.aborted).toBe(true);
    });
    expect(made).toBe(0);
    expect(listener).toHaveBeenCalledTimes(1);
    const [reason] = listener.mock.calls[0] as [unknown];
    expect(reason).toBeInstanceOf(DOMException);
    expect((reason as DOMException).name).toBe('AbortError');
  });

  it('makes its signal on first read, one only, aborted with the same reason', () => {
    const gone = new ClientGone();
    let signal: AbortSignal | undefined;
    const made = countControllers(() => {
      signal = gone.signal;
      expect(gone.signal).toBe(signal);
    });
    expect(made).toBe(1);
    const onAbort = vi.fn();
    signal?.addEventListener('abort', onAbort);
    gone.abort();
    expect(signal?.aborted).toBe(true);
    expect(signal?.reason).toBe(gone.reason);
    expect(onAbort).toHaveBeenCalledTimes(1);
  });

  it('gives an aborted signal when first read after the abort', () => {
    const gone = new ClientGone();
    gone.abort();
    expect(gone.signal.aborted).toBe(true);
    expect(gone.signal.reason).toBe(gone.reason);
  });

  it('calls each listener once, in order, and aborts once', () => {
    const gone = new ClientGone();
    const calls: string[] = [];
    gone.watch(() => calls.push('a'));
    gone.watch(() => calls.push('b'));
    gone.abort();
    const first = gone.reason;
    gone.abort();
    expect(calls).toEqual(['a', 'b']);
    expect(gone.reason).toBe(first);
  });

  it('stops calling a listener once unwatched, and keeps the others', () => {
    const gone = new ClientGone();
    const stopped = vi.fn();
    const kept = vi.fn();
    const unwatch = gone.watch(stopped);
    gone.watch(kept);
    unwatch();
    unwatch();
    gone.abort();
    expect(stopped).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it('does not call a listener added after the abort', () => {
    const gone = new ClientGone();
    gone.abort();
    const late = vi.fn();
    gone.watch(late)();
    expect(late).not.toHaveBeenCalled();
  });
});

describe('SignalNotice and watchAbort', () => {
  it('follows an existing signal', () => {
    const controller = new AbortController();
    const notice = new SignalNotice(controller.signal);
    const listener = vi.fn();
    notice.watch(listener);
    expect(notice.aborted).toBe(false);
    controller.abort(new Error('gone'));
    expect(notice.aborted).toBe(true);
    expect(notice.reason).toEqual(new Error('gone'));
    expect(listener).toHaveBeenCalledWith(new Error('gone'));
    expect(notice.signal).toBe(controller.signal);
  });

  it('watches a plain signal or a notice, and stops when asked', () => {
    const controller = new AbortController();
    const gone = new ClientGone();
    const fromSignal = vi.fn();
    const fromNotice = vi.fn();
    const unwatchSignal = watchAbort(controller.signal, fromSignal);
    const unwatchNotice = watchAbort(gone, fromNotice);
    unwatchSignal();
    unwatchNotice();
    controller.abort();
    gone.abort();
    expect(fromSignal).not.toHaveBeenCalled();
    expect(fromNotice).not.toHaveBeenCalled();

    const again = new AbortController();
    const listener = vi.fn();
    watchAbort(again.signal, listener);
    again.abort('reason');
    expect(listener).toHaveBeenCalledWith('reason');
  });
});

describe('upstreamContext', () => {
  it('offers the signal on demand and the notice to the proxy’s own upstreams', () => {
    const gone = new ClientGone();
    let context: ReturnType<typeof upstreamContext> | undefined;
    const made = countControllers(() => {
      context = upstreamContext(gone, 'spoof');
      expect(clientGoneOf(context)).toBe(gone);
    });
    expect(made).toBe(0);
    expect(context?.scenario).toBe('spoof');
    expect(context?.signal).toBe(gone.signal);
    expect(context?.[CLIENT_GONE as never]).toBe(gone);
  });

  it('has no scenario when the request named none', () => {
    const context = upstreamContext(new ClientGone(), null);
    expect('scenario' in context).toBe(false);
    expect(context.scenario).toBeUndefined();
  });

  it('falls back to the signal of a context made by hand', () => {
    const signal = new AbortController().signal;
    expect(clientGoneOf({ signal })).toBe(signal);
  });
});
