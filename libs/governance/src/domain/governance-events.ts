import { EventTypes } from '@app/shared-kernel';
import type { BodyEvent } from './body.decider';
import type { MeetingEvent } from './meeting.decider';
import type { SakEvent } from './sak.decider';

export type GovernanceEvent = BodyEvent | MeetingEvent | SakEvent;

/** The governance context's event types and the schema version of each (see EventTypes). */
export const governanceEvents = EventTypes.define<GovernanceEvent>({
  BodyEstablished: 1,
  BodyRenamed: 1,
  MemberAppointed: 1,
  MemberLeft: 1,
  MeetingScheduled: 1,
  MeetingHeld: 1,
  MeetingCancelled: 1,
  AttendanceRecorded: 1,
  NextMeetingsAnnounced: 1,
  SakRegistered: 1,
  AttachmentAdded: 1,
  SakRoleAssigned: 1,
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
