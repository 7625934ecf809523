import { Conflict, NotFound, ValidationFailed, nothingToRecord, type Decider, type DomainEvent } from '@app/shared-kernel';
import type { AssignmentStatus, Grade, Link, ReportKind } from './findings-terms';

/** Whether each link of a command points at something that exists, as the handler found. */
export type CheckedLink = Link & { exists: boolean };

function requireLinks(links: CheckedLink[]): void {
  links.forEach((link, i) => {
    if (!link.exists)
      throw new NotFound(`${link.kind.toUpperCase()}.NOT_FOUND`, `No ${link.kind} ${link.ref}`, {
        field: `links[${i}].ref`,
        ref: link.ref,
      });
  });
}

function withoutDuplicates(existing: Link[], links: CheckedLink[]): Link[] {
  const fresh = links
    .filter((l) => !existing.some((e) => e.kind === l.kind && e.ref === l.ref))
    .map(({ kind, ref, note }) => ({ kind, ref, ...(note ? { note } : {}) }));
  if (fresh.length === 0) throw new Conflict('LINK.EXISTS', 'Every one of these links is already recorded');
  return fresh;
}

// ---- Audit report ----

export type ReportEvent = DomainEvent<
  'AuditReportRegistered',
  { reportId: string; title: string; kind: ReportKind; publishedOn: string; presentedIn?: string }
>;
export type ReportCommand = {
  type: 'RegisterAuditReport';
  data: ReportEvent['data'];
  /** Whether the sak it was presented in exists, where one is named. */
  presentedInExists: boolean;
};
export type ReportState = { status: 'none' } | ({ status: 'registered' } & ReportEvent['data']);

export const reportDecider: Decider<ReportCommand, ReportEvent, ReportState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (_state, event) => ({ status: 'registered', ...event.data }),
  decide: (command, state) => {
    if (state.status !== 'none') throw new Conflict('REPORT.EXISTS', `Report ${state.reportId} is already registered`);
    if (command.data.presentedIn && !command.presentedInExists) {
      throw new NotFound('SAK.NOT_FOUND', `No sak ${command.data.presentedIn}`, { field: 'presentedIn' });
    }
    return [{ type: 'AuditReportRegistered', data: command.data }];
  },
};

// ---- Finding ----

export type FindingEvent =
  /** `concerns`: who the finding is about, only where the report names them. */
  | DomainEvent<'FindingRecorded', { findingId: string; reportId: string; grade: Grade; text: string; concerns?: string }>
  | DomainEvent<'FindingLinked', { findingId: string; links: Link[] }>;

export type FindingCommand =
  | { type: 'RecordFinding'; data: Extract<FindingEvent, { type: 'FindingRecorded' }>['data']; reportExists: boolean }
  | { type: 'LinkFinding'; data: { links: CheckedLink[] } };

export type FindingState =
  { status: 'none' } | ({ status: 'recorded'; links: Link[] } & Extract<FindingEvent, { type: 'FindingRecorded' }>['data']);

export const findingDecider: Decider<FindingCommand, FindingEvent, FindingState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    if (event.type === 'FindingRecorded') return { status: 'recorded', ...event.data, links: [] };
    return state.status === 'none' ? state : { ...state, links: [...state.links, ...event.data.links] };
  },
  decide: (command, state) => {
    if (command.type === 'RecordFinding') {
      if (state.status !== 'none') throw new Conflict('FINDING.EXISTS', `Finding ${state.findingId} is already recorded`);
      if (!command.reportExists) throw new NotFound('REPORT.NOT_FOUND', `No report ${command.data.reportId}`, { field: 'reportId' });
      return [{ type: 'FindingRecorded', data: command.data }];
    }
    if (state.status === 'none') throw new NotFound('FINDING.NOT_FOUND', 'No such finding');
    requireLinks(command.data.links);
    return [{ type: 'FindingLinked', data: { findingId: state.findingId, links: withoutDuplicates(state.links, command.data.links) } }];
  },
};

// ---- Follow-up assignment ----

export interface StatusReport {
  status: AssignmentStatus;
  reportedOn: string;
  text: string;
  /** The sak where it was reported, if any. */
  reportedIn?: string;
}

export type AssignmentEvent =
  | DomainEvent<
      'AssignmentGiven',
      { assignmentId: string; title: string; givenIn: string; owner: string; dueOn?: string; answersFindings: string[] }
    >
  | DomainEvent<'AssignmentLinked', { assignmentId: string; links: Link[] }>
  | DomainEvent<'AssignmentStatusReported', { assignmentId: string } & StatusReport>;

export type AssignmentCommand =
  | { type: 'GiveAssignment'; data: Extract<AssignmentEvent, { type: 'AssignmentGiven' }>['data']; missingFindings: string[] }
  | { type: 'LinkAssignment'; data: { links: CheckedLink[] } }
  | { type: 'ReportStatus'; data: StatusReport; reportedInExists: boolean };

export type AssignmentState =
  | { status: 'none' }
  | ({ status: 'given'; links: Link[]; reports: StatusReport[] } & Extract<AssignmentEvent, { type: 'AssignmentGiven' }>['data']);

export const assignmentDecider: Decider<AssignmentCommand, AssignmentEvent, AssignmentState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    if (event.type === 'AssignmentGiven') return { status: 'given', ...event.data, links: [], reports: [] };
    if (state.status === 'none') return state;
    if (event.type === 'AssignmentLinked') return { ...state, links: [...state.links, ...event.data.links] };
    const { assignmentId: _id, ...report } = event.data;
    return { ...state, reports: [...state.reports, report] };
  },
  decide: (command, state) => {
    if (command.type === 'GiveAssignment') {
      if (state.status !== 'none') throw new Conflict('ASSIGNMENT.EXISTS', `Assignment ${state.assignmentId} already exists`);
      const [missing] = command.missingFindings;
      if (missing) throw new NotFound('FINDING.NOT_FOUND', `No finding ${missing}`, { field: 'answersFindings', findingId: missing });
      return [{ type: 'AssignmentGiven', data: command.data }];
    }
    if (state.status === 'none') throw new NotFound('ASSIGNMENT.NOT_FOUND', 'No such assignment');
    switch (command.type) {
      case 'LinkAssignment':
        requireLinks(command.data.links);
        return [
          {
            type: 'AssignmentLinked',
            data: { assignmentId: state.assignmentId, links: withoutDuplicates(state.links, command.data.links) },
          },
        ];
      case 'ReportStatus': {
        const last = state.reports[state.reports.length - 1];
        const same = (r: StatusReport) =>
          r.status === command.data.status && r.reportedOn === command.data.reportedOn && r.text === command.data.text;
        if (state.reports.some(same)) return nothingToRecord();
        if (last && command.data.reportedOn < last.reportedOn) {
          throw new ValidationFailed(
            'STATUS.BEFORE_LAST_REPORT',
            `reportedOn ${command.data.reportedOn} is before the last report (${last.reportedOn})`,
            'reportedOn',
          );
        }
        if (last && (last.status === 'done' || last.status === 'dropped'))
          throw new Conflict('ASSIGNMENT.CLOSED', `Assignment ${state.assignmentId} is ${last.status}`);
        if (command.data.reportedIn && !command.reportedInExists)
          throw new NotFound('SAK.NOT_FOUND', `No sak ${command.data.reportedIn}`, { field: 'reportedIn' });
        return [{ type: 'AssignmentStatusReported', data: { assignmentId: state.assignmentId, ...command.data } }];
      }
      default: {
        const _exhaustive: never = command;
        throw new Error(`Unknown command ${JSON.stringify(_exhaustive)}`);
      }
    }
  },
};
