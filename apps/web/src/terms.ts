import type { MeetingSummary } from './api';

/** The board's words, as the API's codes name them (libs/governance/src/domain/governance-terms.ts). */

/** Sakstype: what the board is asked to do with a sak. */
export const SAKSTYPER: Record<string, string> = {
  godkjenning: 'Godkjenning',
  orientering: 'Orientering',
  drofting: 'Drøfting',
  anbefaling: 'Anbefaling/tilslutning',
};

export const MEETING_STATUS: Record<MeetingSummary['status'], string> = { planned: 'Planlagt', held: 'Avholdt', cancelled: 'Avlyst' };
export const MEETING_KIND: Record<MeetingSummary['kind'], string> = { ordinary: 'Ordinært møte', extra: 'Ekstraordinært møte' };

/**
 * The next free number of a body's year, `n/yy`, after the numbers already given (meetings and
 * saker are numbered per body and year: 1/22, 2/22 …).
 */
export function nextNumber(numbers: string[], year: string): string {
  const yy = year.slice(2);
  const taken = numbers.map((n) => /^(\d+)\/(\d{2})$/.exec(n)).filter((m) => m?.[2] === yy);
  return `${Math.max(0, ...taken.map((m) => Number(m![1]))) + 1}/${yy}`;
}
