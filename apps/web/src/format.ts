/** A date `YYYY-MM-DD` as Norwegians write it: dd.mm.åååå. */
export const norwegianDate = (date: string): string => {
  const [year, month, day] = date.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
};

/** A count that may be unknown: unknown is said, never shown as 0. */
export const count = (n: number | null | undefined): string => (n === null || n === undefined ? 'ukjent' : String(n));
