import type { BenchSection } from './section.js';

const HEADERS = ['figure', 'value', 'budget', 'status'] as const;

/** Renders one section as plain text: title, method lines, an aligned table of figures, notes. */
export function formatSection(section: BenchSection): string {
  const rows = section.figures.map((figure) => [
    figure.name,
    figure.value,
    figure.budget ?? '',
    figure.status ?? '',
  ]);
  const widths = HEADERS.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [
    `## ${section.title}`,
    ...section.method.map((text) => `method: ${text}`),
    line(HEADERS),
    rule,
    ...rows.map(line),
    ...section.notes.map((text) => `note: ${text}`),
  ].join('\n');
}
