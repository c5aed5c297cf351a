/** Called after the snapshot of a {@link Store} has changed. */
export type StoreListener = () => void;

/**
 * The smallest external store React's `useSyncExternalStore` can read: an immutable snapshot
 * and change notifications. `subscribe` and `getSnapshot` are bound, so they can be passed
 * around as plain functions.
 */
export class Store<T> {
  #snapshot: T;
  readonly #listeners = new Set<StoreListener>();

  constructor(initial: T) {
    this.#snapshot = initial;
  }

  /** Registers `listener`; returns the function that removes it. */
  readonly subscribe = (listener: StoreListener): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  /** The current snapshot. The same object until something changes. */
  readonly getSnapshot = (): T => this.#snapshot;

  /** Replaces the snapshot; listeners are told only when it is a different object. */
  protected setSnapshot(next: T, { notify = true }: { notify?: boolean } = {}): void {
    if (Object.is(next, this.#snapshot)) return;
    this.#snapshot = next;
    if (!notify) return;
    for (const listener of [...this.#listeners]) listener();
  }
}
