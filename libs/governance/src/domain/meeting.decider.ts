import { Conflict, NotFound, ValidationFailed, nothingToRecord, type Decider, type DomainEvent } from '@app/shared-kernel';
import type { BodyState } from './body.decider';
import type { MeetingKind } from './governance-terms';

/** A meeting (møte) of a body: numbered per body and year, planned, then held or cancelled. */

export interface AnnouncedMeeting {
  date: string;
  /** Another body's meeting may be announced too ("NUFA 22.03.2022"); default the same body. */
  bodyId?: string;
  note?: string;
}

export interface Attendance {
  memberId: string;
  present: boolean;
}

/** What a meeting is scheduled with; these fields stay part of its state. */
export interface MeetingSchedule {
  meetingId: string;
  bodyId: string;
  number: string;
  date: string;
  startTime?: string;
  endTime?: string;
  place?: string;
  kind: MeetingKind;
}

export type MeetingEvent =
  | DomainEvent<'MeetingScheduled', MeetingSchedule>
  | DomainEvent<'MeetingHeld', { meetingId: string }>
  | DomainEvent<'MeetingCancelled', { meetingId: string; reason: string }>
  | DomainEvent<'AttendanceRecorded', { meetingId: string; attendance: Attendance[] }>
  | DomainEvent<'NextMeetingsAnnounced', { meetingId: string; meetings: AnnouncedMeeting[] }>
  /** The referat published before (or without) its approval; an approved referat is public anyway. */
  | DomainEvent<'MinutesPublished', { meetingId: string }>;

export type MeetingCommand =
  | {
      type: 'ScheduleMeeting';
      data: Omit<MeetingSchedule, 'bodyId'>;
      /** The body as the handler found it: the meeting's body must exist. */
      body: BodyState;
    }
  | { type: 'RecordMeetingHeld' }
  | { type: 'CancelMeeting'; data: { reason: string } }
  | { type: 'RecordAttendance'; data: { attendance: Attendance[] }; body: BodyState }
  | { type: 'AnnounceNextMeetings'; data: { meetings: AnnouncedMeeting[] } }
  | { type: 'PublishMinutes' };

export type MeetingStatus = 'planned' | 'held' | 'cancelled';

export type MeetingState =
  | { status: 'none' }
  | (MeetingSchedule & {
      status: MeetingStatus;
      cancellationReason?: string;
      attendance: Record<string, boolean>;
      nextMeetings: AnnouncedMeeting[];
      minutesPublished: boolean;
    });

function decide(command: MeetingCommand, state: MeetingState): MeetingEvent[] {
  if (command.type === 'ScheduleMeeting') {
    if (state.status !== 'none') throw new Conflict('MEETING.NUMBER_TAKEN', `Meeting ${state.number} of ${state.bodyId} already exists`);
    if (command.body.status !== 'established') throw new NotFound('BODY.NOT_FOUND', 'The meeting names a body that does not exist');
    const { data } = command;
    if (data.startTime && data.endTime && data.endTime <= data.startTime) {
      throw new ValidationFailed(
        'MEETING.ENDS_BEFORE_START',
        `endTime ${data.endTime} is not after startTime ${data.startTime}`,
        'endTime',
      );
    }
    if (`${data.date.slice(2, 4)}` !== data.number.split('/')[1]) {
      throw new ValidationFailed('MEETING.NUMBER_YEAR_MISMATCH', `Meeting ${data.number} cannot be held on ${data.date}`, 'number');
    }
    return [{ type: 'MeetingScheduled', data: { ...data, bodyId: command.body.bodyId } }];
  }
  if (state.status === 'none') throw new NotFound('MEETING.NOT_FOUND', 'No such meeting');
  const { meetingId } = state;

  switch (command.type) {
    case 'RecordMeetingHeld':
      if (state.status === 'held') return nothingToRecord();
      if (state.status === 'cancelled') throw new Conflict('MEETING.CANCELLED', `Meeting ${state.number} was cancelled`);
      return [{ type: 'MeetingHeld', data: { meetingId } }];
    case 'CancelMeeting':
      if (state.status === 'held') throw new Conflict('MEETING.ALREADY_HELD', `Meeting ${state.number} was held and cannot be cancelled`);
      if (state.status === 'cancelled') throw new Conflict('MEETING.CANCELLED', `Meeting ${state.number} is already cancelled`);
      return [{ type: 'MeetingCancelled', data: { meetingId, reason: command.data.reason } }];
    case 'RecordAttendance': {
      if (state.status === 'cancelled') throw new Conflict('MEETING.CANCELLED', `Meeting ${state.number} was cancelled`);
      const members = command.body.status === 'established' ? command.body.members : {};
      command.data.attendance.forEach(({ memberId }, i) => {
        if (!members[memberId]) {
          throw new NotFound('MEMBER.NOT_FOUND', `${memberId} is not a member or observer of ${state.bodyId} on ${state.date}`, {
            field: `attendance[${i}].memberId`,
            memberId,
          });
        }
      });
      // Posted again (a retry, a second pass over the list), what is already recorded is not recorded twice.
      const changed = command.data.attendance.filter(({ memberId, present }) => state.attendance[memberId] !== present);
      if (!changed.length) return nothingToRecord();
      return [{ type: 'AttendanceRecorded', data: { meetingId, attendance: changed } }];
    }
    case 'AnnounceNextMeetings': {
      const known = (m: AnnouncedMeeting) => state.nextMeetings.some((n) => n.date === m.date && (n.bodyId ?? '') === (m.bodyId ?? ''));
      if (command.data.meetings.every(known)) return nothingToRecord();
      return [{ type: 'NextMeetingsAnnounced', data: { meetingId, meetings: command.data.meetings.filter((m) => !known(m)) } }];
    }
    case 'PublishMinutes':
      if (state.status !== 'held') throw new Conflict('MEETING.NOT_HELD', `Meeting ${state.number} has not been held: it has no referat`);
      return state.minutesPublished ? nothingToRecord() : [{ type: 'MinutesPublished', data: { meetingId } }];
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown command ${JSON.stringify(_exhaustive)}`);
    }
  }
}

function evolve(state: MeetingState, event: MeetingEvent): MeetingState {
  if (event.type === 'MeetingScheduled')
    return { status: 'planned', ...event.data, attendance: {}, nextMeetings: [], minutesPublished: false };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'MeetingHeld':
      return { ...state, status: 'held' };
    case 'MeetingCancelled':
      return { ...state, status: 'cancelled', cancellationReason: event.data.reason };
    case 'AttendanceRecorded':
      return {
        ...state,
        attendance: { ...state.attendance, ...Object.fromEntries(event.data.attendance.map((a) => [a.memberId, a.present])) },
      };
    case 'NextMeetingsAnnounced':
      return { ...state, nextMeetings: [...state.nextMeetings, ...event.data.meetings] };
    case 'MinutesPublished':
      return { ...state, minutesPublished: true };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingState> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
