/** `value` when it is a whole number from `min` to `max`, else a TypeError naming `name`. */
export function integerOption(value: number, name: string, min = 1, max = Infinity): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Infinity ? `>= ${min}` : `from ${min} to ${max}`;
    throw new TypeError(`${name} must be a whole number ${range}, got ${value}.`);
  }
  return value;
}
