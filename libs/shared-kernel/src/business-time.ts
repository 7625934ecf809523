import { ValidationFailed } from './domain-error';

/**
 * Business time. A secretariat records facts that take effect on a *date* (a meeting on
 * 2022-02-04), sometimes at a time of day. Both forms are ISO 8601 strings:
 *   - `YYYY-MM-DD`: a calendar day, read as the UTC day (00:00Z to 24:00Z);
 *   - `YYYY-MM-DDTHH:mm[:ss[.sss]](Z|±HH:mm)`: an instant; an offset is required so that
 *     no value depends on the server's time zone.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export function isBusinessDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isBusinessDateOrInstant(value: string): boolean {
  return isBusinessDate(value) || (DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)));
}

/** The first millisecond a value covers: a date's midnight (UTC), or the instant itself. */
export function startOf(value: string, field = 'date'): number {
  // Fast path for what the log holds most: dates, and instants as the clock writes them (…Z).
  if (value.length === 10 && isBusinessDate(value)) return Date.UTC(+value.slice(0, 4), +value.slice(5, 7) - 1, +value.slice(8, 10));
  if (value.length === 24 && value[23] === 'Z' && DATE_TIME.test(value)) return Date.parse(value);
  if (isBusinessDate(value)) return Date.parse(`${value}T00:00:00Z`);
  if (DATE_TIME.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new ValidationFailed(
    'TIME.INVALID',
    `${field} must be a date (YYYY-MM-DD) or a date-time with offset (YYYY-MM-DDTHH:mm:ssZ), got "${value}"`,
    field,
  );
}

/** The first millisecond after a value: the next midnight for a date, the next ms for an instant. */
export function endOf(value: string, field = 'date'): number {
  return startOf(value, field) + (isBusinessDate(value) ? DAY_MS : 1);
}
