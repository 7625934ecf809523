import { ValidationFailed } from '@app/shared-kernel';

export { SLUG_PATTERN, slugOf } from '@app/shared-kernel';

/**
 * The board's own words, kept as the domain's names:
 *   - utvalg / organ (body): Nasjonalt e-helsestyre, and its committees NUIT and NUFA;
 *   - møte (meeting), numbered per body and year: "Møte 4/21", "Møte 1/22";
 *   - sak (agenda item), numbered per body and year: "23/21", "2/22";
 *   - sakstype: what the board is asked to do with a sak (see SAKSTYPER);
 *   - forslag til vedtak (proposed decision) and vedtak (the decision adopted);
 *   - referat (minutes), approved as a sak of a later meeting;
 *   - forts. (fortsettelse): a sak continued later in the same meeting.
 */

export const SAKSTYPER = {
  godkjenning: 'Godkjenning',
  orientering: 'Orientering',
  drofting: 'Drøfting',
  anbefaling: 'Anbefaling/tilslutning',
} as const;
export type Sakstype = keyof typeof SAKSTYPER;

export const MEETING_KINDS = ['ordinary', 'extra'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEMBER_ROLES = ['member', 'observer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A number of the form `N/YY` as the board writes them ("40/21", "1/22"). */
export interface CaseNumber {
  ordinal: number;
  year: number;
}

export const CASE_NUMBER_PATTERN = /^([1-9]\d{0,3})\/(\d{2})$/;

export function parseCaseNumber(value: string, field: string): CaseNumber {
  const match = CASE_NUMBER_PATTERN.exec(value);
  if (!match) throw new ValidationFailed('NUMBER.INVALID', `${field} must look like 40/21 (number/two-digit year), got "${value}"`, field);
  return { ordinal: Number(match[1]), year: 2000 + Number(match[2]) };
}

export const formatCaseNumber = ({ ordinal, year }: CaseNumber) => `${ordinal}/${String(year % 100).padStart(2, '0')}`;

/** Natural keys as ids: one meeting or sak number per body and year, one stream each. */
export const meetingIdOf = (bodyId: string, number: CaseNumber) => `${bodyId}-${number.year}-${number.ordinal}`;
export const sakIdOf = (bodyId: string, number: CaseNumber) => `${bodyId}-${number.year}-${number.ordinal}`;

export const bodyStream = (bodyId: string) => `body-${bodyId}`;
export const meetingStream = (meetingId: string) => `meeting-${meetingId}`;
export const sakStream = (sakId: string) => `sak-${sakId}`;
export const GOVERNANCE_STREAM_PREFIXES = ['body-', 'meeting-', 'sak-'] as const;
