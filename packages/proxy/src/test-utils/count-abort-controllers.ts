/**
 * Counts the `AbortController`s made from now until `stop()` (which restores the global).
 * Tests use it to show the client-gone path makes none unless an upstream asks for a signal.
 */
export function countAbortControllers(): { readonly made: number; stop(): void } {
  const Original = globalThis.AbortController;
  let made = 0;
  globalThis.AbortController = class extends Original {
    constructor() {
      super();
      made += 1;
    }
  };
  return {
    get made() {
      return made;
    },
    stop() {
      globalThis.AbortController = Original;
    },
  };
}
