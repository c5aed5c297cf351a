/** `a b` without empty parts. */
export function joinClassNames(
  ...names: (string | false | null | undefined)[]
): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}
