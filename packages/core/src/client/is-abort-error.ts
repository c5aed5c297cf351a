/**
 * True when `error` is an abort, which is not an error state to show: the caller asked for it.
 * `checkLiveness` rethrows the caller's `signal.reason`, as `fetch` does: by default a
 * `DOMException` named `AbortError`. Pass the signal too to recognise a custom reason
 * (`controller.abort('closed')`).
 */
export function isAbortError(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted && error === signal.reason) return true;
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}
