import { foldEvents } from '@app/shared-kernel';
import { deciderSpec } from '../../../../test/support/decider-spec';
import { bodyDecider } from './body.decider';
import { meetingDecider, type MeetingEvent } from './meeting.decider';

const spec = deciderSpec(meetingDecider);
const body = foldEvents(bodyDecider, [
  { type: 'BodyEstablished', data: { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre' } },
  {
    type: 'MemberAppointed',
    data: {
      bodyId: 'nehs',
      memberId: 'ivar-halvorsen',
      name: 'Ivar Halvorsen',
      organisation: 'Legeforeningen',
      role: 'member',
      appointedOn: '2021-01-01',
    },
  },
]);
const noBody = bodyDecider.initialState();
const schedule = {
  meetingId: 'nehs-2022-1',
  number: '1/22',
  date: '2022-02-04',
  startTime: '10:30',
  endTime: '13:00',
  place: 'Videomøte',
  kind: 'extra' as const,
};
const scheduled: MeetingEvent = { type: 'MeetingScheduled', data: { ...schedule, bodyId: 'nehs' } };
const held: MeetingEvent = { type: 'MeetingHeld', data: { meetingId: 'nehs-2022-1' } };
const cancelled: MeetingEvent = { type: 'MeetingCancelled', data: { meetingId: 'nehs-2022-1', reason: 'Utsatt' } };

describe('meeting decider', () => {
  describe('ScheduleMeeting', () => {
    it('schedules a meeting of an existing body', () =>
      spec.given([]).when({ type: 'ScheduleMeeting', data: schedule, body }).then([scheduled]));
    it('refuses a number already used', () =>
      spec
        .given([scheduled])
        .when({ type: 'ScheduleMeeting', data: schedule, body })
        .thenThrows({ code: 'MEETING.NUMBER_TAKEN', kind: 'conflict' }));
    it('refuses an unknown body', () =>
      spec
        .given([])
        .when({ type: 'ScheduleMeeting', data: schedule, body: noBody })
        .thenThrows({ code: 'BODY.NOT_FOUND', kind: 'not_found' }));
    it('refuses an end before the start', () =>
      spec
        .given([])
        .when({ type: 'ScheduleMeeting', data: { ...schedule, endTime: '10:00' }, body })
        .thenThrows({ code: 'MEETING.ENDS_BEFORE_START', field: 'endTime' }));
    it('refuses a number whose year is not the date’s', () =>
      spec
        .given([])
        .when({ type: 'ScheduleMeeting', data: { ...schedule, date: '2021-12-09' }, body })
        .thenThrows({ code: 'MEETING.NUMBER_YEAR_MISMATCH', field: 'number' }));
  });

  describe('RecordMeetingHeld', () => {
    it('marks a planned meeting held', () => spec.given([scheduled]).when({ type: 'RecordMeetingHeld' }).then([held]));
    it('records nothing the second time', () => spec.given([scheduled, held]).when({ type: 'RecordMeetingHeld' }).thenNothingToRecord());
    it('refuses a cancelled meeting', () =>
      spec.given([scheduled, cancelled]).when({ type: 'RecordMeetingHeld' }).thenThrows({ code: 'MEETING.CANCELLED' }));
    it('refuses an unknown meeting', () =>
      spec.given([]).when({ type: 'RecordMeetingHeld' }).thenThrows({ code: 'MEETING.NOT_FOUND', kind: 'not_found' }));
  });

  describe('CancelMeeting', () => {
    it('cancels a planned meeting with a reason', () =>
      spec
        .given([scheduled])
        .when({ type: 'CancelMeeting', data: { reason: 'Utsatt' } })
        .then([cancelled]));
    it('refuses a held meeting', () =>
      spec
        .given([scheduled, held])
        .when({ type: 'CancelMeeting', data: { reason: 'x' } })
        .thenThrows({ code: 'MEETING.ALREADY_HELD' }));
    it('refuses twice', () =>
      spec
        .given([scheduled, cancelled])
        .when({ type: 'CancelMeeting', data: { reason: 'x' } })
        .thenThrows({ code: 'MEETING.CANCELLED' }));
    it('refuses an unknown meeting', () =>
      spec
        .given([])
        .when({ type: 'CancelMeeting', data: { reason: 'x' } })
        .thenThrows({ code: 'MEETING.NOT_FOUND' }));
  });

  describe('RecordAttendance', () => {
    const attendance = [{ memberId: 'ivar-halvorsen', present: true }];
    it('records who was present', () =>
      spec
        .given([scheduled, held])
        .when({ type: 'RecordAttendance', data: { attendance }, body })
        .then([{ type: 'AttendanceRecorded', data: { meetingId: 'nehs-2022-1', attendance } }]));
    it('records only what is new when posted again: the same attendance twice is recorded once', () => {
      const recorded = { type: 'AttendanceRecorded' as const, data: { meetingId: 'nehs-2022-1', attendance } };
      spec.given([scheduled, held, recorded]).when({ type: 'RecordAttendance', data: { attendance }, body }).thenNothingToRecord();
      const changed = [{ memberId: 'ivar-halvorsen', present: false }];
      spec
        .given([scheduled, held, recorded])
        .when({ type: 'RecordAttendance', data: { attendance: [...attendance, ...changed] }, body })
        .then([{ type: 'AttendanceRecorded', data: { meetingId: 'nehs-2022-1', attendance: changed } }]);
    });
    it('refuses someone who is not a member, naming the field', () =>
      spec
        .given([scheduled])
        .when({ type: 'RecordAttendance', data: { attendance: [...attendance, { memberId: 'nobody', present: true }] }, body })
        .thenThrows({ code: 'MEMBER.NOT_FOUND', details: expect.objectContaining({ field: 'attendance[1].memberId' }) }));
    it('refuses a cancelled meeting', () =>
      spec
        .given([scheduled, cancelled])
        .when({ type: 'RecordAttendance', data: { attendance }, body })
        .thenThrows({ code: 'MEETING.CANCELLED' }));
    it('refuses an unknown meeting', () =>
      spec.given([]).when({ type: 'RecordAttendance', data: { attendance }, body }).thenThrows({ code: 'MEETING.NOT_FOUND' }));
  });

  describe('AnnounceNextMeetings', () => {
    const meetings = [{ date: '2022-03-30' }, { date: '2022-03-22', bodyId: 'nufa' }, { date: '2022-05-13', note: 'Ekstra møte' }];
    it('announces the next meetings', () =>
      spec
        .given([scheduled])
        .when({ type: 'AnnounceNextMeetings', data: { meetings } })
        .then([{ type: 'NextMeetingsAnnounced', data: { meetingId: 'nehs-2022-1', meetings } }]));
    it('refuses an unknown meeting', () =>
      spec.given([]).when({ type: 'AnnounceNextMeetings', data: { meetings } }).thenThrows({ code: 'MEETING.NOT_FOUND' }));
    it('records only the dates not announced before, and refuses when all were', () => {
      const announced: MeetingEvent = { type: 'NextMeetingsAnnounced', data: { meetingId: 'nehs-2022-1', meetings: meetings.slice(0, 1) } };
      spec
        .given([scheduled, announced])
        .when({ type: 'AnnounceNextMeetings', data: { meetings } })
        .then([{ type: 'NextMeetingsAnnounced', data: { meetingId: 'nehs-2022-1', meetings: meetings.slice(1) } }]);
      spec
        .given([scheduled, { ...announced, data: { ...announced.data, meetings } }])
        .when({ type: 'AnnounceNextMeetings', data: { meetings } })
        .thenNothingToRecord();
    });
  });
});
