import { foldEvents } from '@app/shared-kernel';
import { deciderSpec } from '../../../../test/support/decider-spec';
import { meetingDecider } from './meeting.decider';
import { sakDecider, type SakEvent } from './sak.decider';

const spec = deciderSpec(sakDecider);
const meeting = foldEvents(meetingDecider, [
  { type: 'MeetingScheduled', data: { meetingId: 'nehs-2021-4', bodyId: 'nehs', number: '4/21', date: '2021-09-22', kind: 'ordinary' } },
]);
const earlierMeeting = foldEvents(meetingDecider, [
  { type: 'MeetingScheduled', data: { meetingId: 'nehs-2021-3', bodyId: 'nehs', number: '3/21', date: '2021-06-10', kind: 'ordinary' } },
]);
const noMeeting = meetingDecider.initialState();
const sakId = 'nehs-2021-27';
const register = {
  sakId,
  number: '27/21',
  title: 'Ny nasjonal e-helsestrategi fra 2023',
  sakstype: 'drofting' as const,
  presenter: { name: 'Karl Vestli', organisation: 'Direktoratet for e-helse' },
  plannedStart: '10:35',
  attachments: [],
};
const registered: SakEvent = { type: 'SakRegistered', data: { ...register, bodyId: 'nehs', meetingId: 'nehs-2021-4' } };
const proposal =
  'Nasjonalt e-helsestyre ber Direktoratet for e-helse ta med seg innspill mottatt i møtet i det videre arbeidet med nasjonal e-helsestrategi.';
const proposed: SakEvent = { type: 'DecisionProposed', data: { sakId, text: proposal } };
const adopted: SakEvent = { type: 'DecisionAdopted', data: { sakId, text: proposal, adoptedOn: '2021-09-22' } };

describe('sak decider', () => {
  describe('RegisterSak', () => {
    it('puts a sak on a meeting’s agenda', () => spec.given([]).when({ type: 'RegisterSak', data: register, meeting }).then([registered]));
    it('refuses a number already taken', () =>
      spec
        .given([registered])
        .when({ type: 'RegisterSak', data: register, meeting })
        .thenThrows({ code: 'SAK.NUMBER_TAKEN', kind: 'conflict' }));
    it('refuses an unknown meeting', () =>
      spec
        .given([])
        .when({ type: 'RegisterSak', data: register, meeting: noMeeting })
        .thenThrows({ code: 'MEETING.NOT_FOUND', kind: 'not_found' }));
    it('refuses a number of another year than the meeting', () =>
      spec
        .given([])
        .when({ type: 'RegisterSak', data: { ...register, number: '2/22' }, meeting })
        .thenThrows({ code: 'SAK.NUMBER_YEAR_MISMATCH', field: 'number' }));
  });

  describe('AddAttachment', () => {
    const attachment = { name: 'Vedlegg 1A', title: 'Nasjonal e-helsestrategi – endringsområder og utkast til mål' };
    it('adds an attachment', () =>
      spec
        .given([registered])
        .when({ type: 'AddAttachment', data: { attachment } })
        .then([{ type: 'AttachmentAdded', data: { sakId, attachment } }]));
    it('refuses the same attachment twice', () =>
      spec
        .given([registered, { type: 'AttachmentAdded', data: { sakId, attachment } }])
        .when({ type: 'AddAttachment', data: { attachment } })
        .thenThrows({ code: 'SAK.ATTACHMENT_EXISTS' }));
    it('refuses an unknown sak', () =>
      spec.given([]).when({ type: 'AddAttachment', data: { attachment } }).thenThrows({ code: 'SAK.NOT_FOUND', kind: 'not_found' }));
  });

  describe('ContinueSak', () => {
    it('records "forts." later in the meeting', () =>
      spec
        .given([registered])
        .when({ type: 'ContinueSak', data: { startTime: '11:50' } })
        .then([{ type: 'SakContinued', data: { sakId, startTime: '11:50' } }]));
    it('refuses the same continuation twice', () =>
      spec
        .given([registered, { type: 'SakContinued', data: { sakId, startTime: '11:50' } }])
        .when({ type: 'ContinueSak', data: { startTime: '11:50' } })
        .thenThrows({ code: 'SAK.CONTINUATION_EXISTS', kind: 'conflict' }));
    it('refuses a continuation before the start', () =>
      spec
        .given([registered])
        .when({ type: 'ContinueSak', data: { startTime: '10:00' } })
        .thenThrows({ code: 'SAK.CONTINUED_BEFORE_START', field: 'startTime' }));
    it('refuses an unknown sak', () =>
      spec
        .given([])
        .when({ type: 'ContinueSak', data: { startTime: '11:50' } })
        .thenThrows({ code: 'SAK.NOT_FOUND' }));
  });

  describe('ProposeDecision', () => {
    it('records the forslag til vedtak', () =>
      spec
        .given([registered])
        .when({ type: 'ProposeDecision', data: { text: proposal } })
        .then([proposed]));
    it('records nothing for the same proposal again', () =>
      spec
        .given([registered, proposed])
        .when({ type: 'ProposeDecision', data: { text: proposal } })
        .thenNothingToRecord());
    it('refuses once a vedtak exists', () =>
      spec
        .given([registered, adopted])
        .when({ type: 'ProposeDecision', data: { text: 'x' } })
        .thenThrows({ code: 'VEDTAK.ALREADY_ADOPTED' }));
    it('refuses an unknown sak', () =>
      spec
        .given([])
        .when({ type: 'ProposeDecision', data: { text: 'x' } })
        .thenThrows({ code: 'SAK.NOT_FOUND' }));
  });

  describe('AdoptDecision', () => {
    const wording = `${proposal} - Nasjonalt e-helsestyre var samstemte om at det er behov for å ha en nasjonal e-helsestrategi.`;
    it('records the vedtak, which may differ from the proposal', () =>
      spec
        .given([registered, proposed])
        .when({ type: 'AdoptDecision', data: { text: wording, adoptedOn: '2021-09-22' } })
        .then([{ type: 'DecisionAdopted', data: { sakId, text: wording, adoptedOn: '2021-09-22' } }]));
    it('records nothing for the same vedtak again', () =>
      spec
        .given([registered, adopted])
        .when({ type: 'AdoptDecision', data: { text: adopted.data.text, adoptedOn: adopted.data.adoptedOn } })
        .thenNothingToRecord());
    it('refuses a second vedtak', () =>
      spec
        .given([registered, adopted])
        .when({ type: 'AdoptDecision', data: { text: 'x', adoptedOn: '2021-09-22' } })
        .thenThrows({ code: 'VEDTAK.ALREADY_ADOPTED', kind: 'conflict' }));
    it('refuses an unknown sak', () =>
      spec
        .given([])
        .when({ type: 'AdoptDecision', data: { text: 'x', adoptedOn: '2021-09-22' } })
        .thenThrows({ code: 'SAK.NOT_FOUND' }));
  });

  describe('CorrectDecision', () => {
    const correction = { text: `${proposal} (rettet)`, reason: 'Skrivefeil i referatet' };
    it('corrects a vedtak with a reason, keeping the previous wording', () =>
      spec
        .given([registered, adopted])
        .when({ type: 'CorrectDecision', data: correction })
        .then([{ type: 'DecisionCorrected', data: { sakId, ...correction, previousText: proposal } }]));
    it('refuses when there is no vedtak', () =>
      spec
        .given([registered])
        .when({ type: 'CorrectDecision', data: correction })
        .thenThrows({ code: 'VEDTAK.NOT_ADOPTED', kind: 'conflict' }));
    it('records nothing for a correction that changes nothing', () =>
      spec
        .given([registered, adopted])
        .when({ type: 'CorrectDecision', data: { text: proposal, reason: 'x' } })
        .thenNothingToRecord());
    it('refuses an unknown sak', () =>
      spec.given([]).when({ type: 'CorrectDecision', data: correction }).thenThrows({ code: 'SAK.NOT_FOUND' }));
  });

  describe('ApproveMinutes', () => {
    const approve = { minutesOfMeetingId: 'nehs-2021-3' };
    it('links the sak to the meeting whose minutes it approves', () =>
      spec
        .given([registered])
        .when({ type: 'ApproveMinutes', data: approve, minutesOf: earlierMeeting, meeting })
        .then([{ type: 'MinutesApproved', data: { sakId, ...approve } }]));
    it('refuses an unknown meeting', () =>
      spec
        .given([registered])
        .when({ type: 'ApproveMinutes', data: approve, minutesOf: noMeeting, meeting })
        .thenThrows({ code: 'MEETING.NOT_FOUND', kind: 'not_found' }));
    it('refuses the sak’s own meeting', () =>
      spec
        .given([registered])
        .when({ type: 'ApproveMinutes', data: { minutesOfMeetingId: 'nehs-2021-4' }, minutesOf: meeting, meeting })
        .thenThrows({ code: 'MINUTES.OWN_MEETING', field: 'minutesOfMeetingId' }));
    it('refuses the minutes of another body, or of a meeting not before the sak’s own', () => {
      const nufa = foldEvents(meetingDecider, [
        {
          type: 'MeetingScheduled',
          data: { meetingId: 'nufa-2021-1', bodyId: 'nufa', number: '1/21', date: '2021-05-01', kind: 'ordinary' },
        },
      ]);
      const later = foldEvents(meetingDecider, [
        {
          type: 'MeetingScheduled',
          data: { meetingId: 'nehs-2021-5', bodyId: 'nehs', number: '5/21', date: '2021-12-09', kind: 'ordinary' },
        },
      ]);
      spec
        .given([registered])
        .when({ type: 'ApproveMinutes', data: { minutesOfMeetingId: 'nufa-2021-1' }, minutesOf: nufa, meeting })
        .thenThrows({ code: 'MINUTES.OTHER_BODY', field: 'minutesOfMeetingId' });
      spec
        .given([registered])
        .when({ type: 'ApproveMinutes', data: { minutesOfMeetingId: 'nehs-2021-5' }, minutesOf: later, meeting })
        .thenThrows({ code: 'MINUTES.NOT_EARLIER', field: 'minutesOfMeetingId' });
    });
    it('records nothing for the same approval again', () =>
      spec
        .given([registered, { type: 'MinutesApproved', data: { sakId, ...approve } }])
        .when({ type: 'ApproveMinutes', data: approve, minutesOf: earlierMeeting, meeting })
        .thenNothingToRecord());
    it('refuses a second approval of other minutes', () =>
      spec
        .given([registered, { type: 'MinutesApproved', data: { sakId, ...approve } }])
        .when({ type: 'ApproveMinutes', data: { minutesOfMeetingId: 'nehs-2021-2' }, minutesOf: earlierMeeting, meeting })
        .thenThrows({ code: 'MINUTES.ALREADY_APPROVED' }));
    it('refuses an unknown sak', () =>
      spec
        .given([])
        .when({ type: 'ApproveMinutes', data: approve, minutesOf: earlierMeeting, meeting })
        .thenThrows({ code: 'SAK.NOT_FOUND' }));
  });

  describe('AssignSakRole', () => {
    const saksbehandler = { role: 'saksbehandler' as const, person: { name: 'Karl S Vestli' } };
    const assigned: SakEvent = { type: 'SakRoleAssigned', data: { sakId, ...saksbehandler } };
    it('names a person in a role, apart from the presenter', () =>
      spec.given([registered]).when({ type: 'AssignSakRole', data: saksbehandler }).then([assigned]));
    it('lets the same person hold another role (presenterer and saksbehandler are different roles)', () =>
      spec
        .given([registered, assigned])
        .when({ type: 'AssignSakRole', data: { role: 'presenterer', person: { name: 'Karl S Vestli' } } })
        .then([{ type: 'SakRoleAssigned', data: { sakId, role: 'presenterer', person: { name: 'Karl S Vestli' } } }]));
    it('refuses the same person in the same role twice', () =>
      spec
        .given([registered, assigned])
        .when({ type: 'AssignSakRole', data: saksbehandler })
        .thenThrows({ code: 'SAK.ROLE_EXISTS', kind: 'conflict' }));
    it('refuses an unknown sak', () =>
      spec.given([]).when({ type: 'AssignSakRole', data: saksbehandler }).thenThrows({ code: 'SAK.NOT_FOUND' }));
  });
});
