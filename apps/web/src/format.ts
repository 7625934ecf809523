/** A date `YYYY-MM-DD` as Norwegians write it: dd.mm.åååå. */
export const norwegianDate = (date: string): string => {
  const [year, month, day] = date.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
};

/** A count that may be unknown: unknown is said, never shown as 0. */
export const count = (n: number | null | undefined): string => (n === null || n === undefined ? 'ukjent' : String(n));

/**
 * A date as typed: dd.mm.åååå (also d.m.åååå) or YYYY-MM-DD, as `YYYY-MM-DD`; undefined if it is
 * not a date that exists (31.02.2022).
 */
export function isoDate(typed: string): string | undefined {
  const text = typed.trim();
  const parts = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)?.slice(1).reverse() ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)?.slice(1);
  if (!parts) return undefined;
  const [year, month, day] = parts.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date.toISOString().slice(0, 10) : undefined;
}
