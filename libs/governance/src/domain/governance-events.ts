import { EventTypes } from '@app/shared-kernel';
import type { BodyEvent } from './body.decider';
import type { MeetingEvent } from './meeting.decider';
import type { SakEvent } from './sak.decider';

export type GovernanceEvent = BodyEvent | MeetingEvent | SakEvent;

const nameAt = (data: Record<string, unknown>, key: string) => String((data[key] as { name?: unknown } | undefined)?.name ?? '');

/** The governance context's event types and the schema version of each (see EventTypes). */
export const governanceEvents = EventTypes.define<GovernanceEvent>({
  BodyEstablished: 1,
  BodyRenamed: 1,
  // Names are personal data: kept encrypted per person (see PersonalData), so that a person can be erased.
  MemberAppointed: { schemaVersion: 1, personal: [{ path: ['name'], person: (data) => `member:${data.bodyId}:${data.memberId}` }] },
  MemberLeft: 1,
  MeetingScheduled: 1,
  MeetingHeld: 1,
  MeetingCancelled: 1,
  AttendanceRecorded: 1,
  NextMeetingsAnnounced: 1,
  SakRegistered: {
    schemaVersion: 1,
    personal: [{ path: ['presenter', 'name'], person: (data, names) => names.personOfName(nameAt(data, 'presenter')) }],
  },
  AttachmentAdded: 1,
  SakRoleAssigned: {
    schemaVersion: 1,
    personal: [{ path: ['person', 'name'], person: (data, names) => names.personOfName(nameAt(data, 'person')) }],
  },
  SakContinued: 1,
  DecisionProposed: 1,
  DecisionAdopted: 1,
  DecisionCorrected: 1,
  MinutesApproved: 1,
  SakSentWithInnkalling: 1,
  SakPublished: 1,
  VedtakPublished: 1,
  ExemptionRecorded: 1,
  ExemptionLifted: 1,
  MinutesPublished: 1,
});
