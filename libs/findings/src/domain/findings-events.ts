import { EventTypes } from '@app/shared-kernel';
import type { AssignmentEvent, FindingEvent, ReportEvent } from './findings.deciders';

export type FindingsEvent = ReportEvent | FindingEvent | AssignmentEvent;

/** The findings context's event types and the schema version of each (see EventTypes). */
export const findingsEvents = EventTypes.define<FindingsEvent>({
  AuditReportRegistered: 1,
  FindingRecorded: 1,
  FindingLinked: 1,
  AssignmentGiven: 1,
  AssignmentLinked: 1,
  AssignmentStatusReported: 1,
});
