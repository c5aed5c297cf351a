/**
 * Fills `{name}` placeholders in a message. A placeholder without a value stays as written, so a
 * missing value shows up in review instead of vanishing.
 *
 * @example
 * formatMessage(messages.attemptsLeft, { count: 2 }); // 'Attempts left: 2'
 */
export function formatMessage(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}
