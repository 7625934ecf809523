/**
 * The record's text rendered for others' software: a browser (HTML), a Markdown viewer, a
 * spreadsheet (CSV). Recorded text is data, never markup or a formula there.
 */

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * A Markdown document whose recorded text may hold HTML or links, made safe: Markdown passes
 * HTML through to the page, so `<`, `>` and `&` are written as entities (which Markdown shows as
 * the characters), and a link or image (`[x](javascript:…)`, `[x]: …`) is broken by escaping
 * what follows its `]`. Meant for whole documents whose own markup uses none of these.
 */
export const markdownWithoutHtml = (markdown: string) =>
  markdown
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\]([(:])/g, ']\\$1');

/** `,` (RFC 4180) or `;` with a byte-order mark, as spreadsheets set up for Norwegian expect. */
export const CSV_SEPARATORS = ['comma', 'semicolon'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/**
 * One CSV cell. A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be
 * run as a formula by a spreadsheet (CSV injection): it is prefixed with `'`, which spreadsheets
 * show as text (OWASP's advice).
 */
export function csvCell(value: string | number | boolean | null, separator: string): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes('"') || text.includes(separator) || /[\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(rows: readonly (readonly (string | number | boolean | null)[])[], separator: CsvSeparator = 'comma'): string {
  const mark = separator === 'semicolon' ? ';' : ',';
  const body = rows.map((row) => row.map((cell) => csvCell(cell, mark)).join(mark)).join('\r\n') + '\r\n';
  return separator === 'semicolon' ? `\uFEFF${body}` : body;
}
