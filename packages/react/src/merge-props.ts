/** `a b` without empty parts. */
export function joinClassNames(
  ...names: (string | false | null | undefined)[]
): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

/** Calls `theirs` then `ours`, unless `theirs` called `preventDefault()`. */
export function chain<E extends { defaultPrevented: boolean }>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
): (event: E) => void {
  return (event) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}
