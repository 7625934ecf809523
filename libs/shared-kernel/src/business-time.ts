import { ValidationFailed } from './domain-error';

/**
 * Business time. A secretariat records facts that take effect on a *date* (a meeting on
 * 2022-02-04), sometimes at a time of day. Both forms are ISO 8601 strings:
 *   - `YYYY-MM-DD`: a calendar day, read as the UTC day (00:00Z to 24:00Z);
 *   - `YYYY-MM-DDTHH:mm[:ss[.sss]](Z|±HH:mm)`: an instant; an offset is required so that
 *     no value depends on the server's time zone.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnights of the dates met lately: a log holds a few thousand distinct dates, each on many events. */
const midnights = new Map<string, number>();
const MIDNIGHTS_KEPT = 10_000;

/** A calendar day's midnight (UTC), if the value is a day that exists (2022-02-30 is not). */
function midnightOf(value: string): number | undefined {
  const known = midnights.get(value);
  if (known !== undefined) return known;
  const match = DATE.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  if (midnights.size >= MIDNIGHTS_KEPT) midnights.clear();
  midnights.set(value, date.getTime());
  return date.getTime();
}

export function isBusinessDate(value: string): boolean {
  return midnightOf(value) !== undefined;
}

/**
 * An instant's millisecond, if it exists on the calendar and the clock: its day exists, and its
 * hour, minute, second and offset are in range (JavaScript would roll 24:00 or 02-30 into the
 * next day or month, and a fact would silently move).
 */
function instantOf(value: string): number | undefined {
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, day, hour, minute, second = '0', , , offsetHours = '0', offsetMinutes = '0'] = match;
  if (midnightOf(day) === undefined) return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59 || Number(offsetHours) > 14 || Number(offsetMinutes) > 59)
    return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export function isBusinessDateOrInstant(value: string): boolean {
  return isBusinessDate(value) || instantOf(value) !== undefined;
}

/** The first millisecond a value covers: a date's midnight (UTC), or the instant itself. */
export function startOf(value: string, field = 'date'): number {
  // What the log holds most first: dates, their midnights kept once worked out.
  const midnight = midnightOf(value);
  if (midnight !== undefined) return midnight;
  const instant = instantOf(value);
  if (instant !== undefined) return instant;
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
