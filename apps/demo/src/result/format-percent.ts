/**
 * A 0..100 score as a percentage in `locale`: one decimal, or two under 1 so that a tiny
 * probability such as 0.0146 reads "0.01%" rather than a misleading "0%".
 */
export function formatPercent(value: number, locale: string): string {
  const digits = value > 0 && value < 1 ? 2 : 1;
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(value / 100);
}
