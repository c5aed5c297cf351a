/** `text` cut to `max` characters (an ellipsis marks the cut), so one log line stays short. */
export function bounded(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
