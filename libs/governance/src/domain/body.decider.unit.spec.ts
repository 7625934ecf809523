import { deciderSpec } from '../../../../test/support/decider-spec';
import { bodyDecider, type BodyEvent } from './body.decider';

const spec = deciderSpec(bodyDecider);
const establish = { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre', shortName: 'NEHS' };
const established: BodyEvent = { type: 'BodyEstablished', data: establish };
const bryne = {
  memberId: 'inger-cathrine-bryne',
  name: 'Inger Cathrine Bryne',
  organisation: 'Helse Vest RHF',
  role: 'member' as const,
  appointedOn: '2021-01-01',
};
const appointed: BodyEvent = { type: 'MemberAppointed', data: { bodyId: 'nehs', ...bryne } };

describe('body decider', () => {
  describe('EstablishBody', () => {
    it('establishes a new body', () => spec.given([]).when({ type: 'EstablishBody', data: establish }).then([established]));
    it('records nothing when the body is established again as it is', () =>
      spec.given([established]).when({ type: 'EstablishBody', data: establish }).thenNothingToRecord());
    it('refuses a body that exists under another name', () =>
      spec
        .given([established])
        .when({ type: 'EstablishBody', data: { bodyId: 'nehs', name: 'X' } })
        .thenThrows({ code: 'BODY.ALREADY_ESTABLISHED', kind: 'conflict' }));
  });

  describe('RenameBody', () => {
    it('renames, keeping the previous name (e-helsestyre -> e-helseråd)', () =>
      spec
        .given([established])
        .when({ type: 'RenameBody', data: { name: 'Nasjonalt e-helseråd' } })
        .then([{ type: 'BodyRenamed', data: { bodyId: 'nehs', name: 'Nasjonalt e-helseråd', previousName: 'Nasjonalt e-helsestyre' } }]));
    it('records nothing for the same name', () =>
      spec
        .given([established])
        .when({ type: 'RenameBody', data: { name: 'Nasjonalt e-helsestyre' } })
        .thenNothingToRecord());
    it('refuses an unknown body', () =>
      spec
        .given([])
        .when({ type: 'RenameBody', data: { name: 'x' } })
        .thenThrows({ code: 'BODY.NOT_FOUND', kind: 'not_found' }));
  });

  describe('AppointMember', () => {
    it('appoints a member', () => spec.given([established]).when({ type: 'AppointMember', data: bryne }).then([appointed]));
    it('records nothing when someone in office is appointed again to the same role', () =>
      spec.given([established, appointed]).when({ type: 'AppointMember', data: bryne }).thenNothingToRecord());
    it('refuses someone already in office appointed to another role', () =>
      spec
        .given([established, appointed])
        .when({ type: 'AppointMember', data: { ...bryne, role: 'observer' } })
        .thenThrows({ code: 'MEMBER.ALREADY_APPOINTED', kind: 'conflict' }));
    it('re-appoints someone who left', () =>
      spec
        .given([established, appointed, { type: 'MemberLeft', data: { bodyId: 'nehs', memberId: bryne.memberId, leftOn: '2021-06-01' } }])
        .when({ type: 'AppointMember', data: { ...bryne, appointedOn: '2022-01-01' } })
        .then([{ type: 'MemberAppointed', data: { bodyId: 'nehs', ...bryne, appointedOn: '2022-01-01' } }]));
    it('refuses an unknown body', () => spec.given([]).when({ type: 'AppointMember', data: bryne }).thenThrows({ code: 'BODY.NOT_FOUND' }));
  });

  describe('RecordMemberLeaving', () => {
    const leaving = { memberId: bryne.memberId, leftOn: '2021-09-22' };
    it('records a member leaving', () =>
      spec
        .given([established, appointed])
        .when({ type: 'RecordMemberLeaving', data: leaving })
        .then([{ type: 'MemberLeft', data: { bodyId: 'nehs', ...leaving } }]));
    it('refuses an unknown member', () =>
      spec
        .given([established])
        .when({ type: 'RecordMemberLeaving', data: leaving })
        .thenThrows({ code: 'MEMBER.NOT_FOUND', kind: 'not_found' }));
    it('refuses a member who already left', () =>
      spec
        .given([established, appointed, { type: 'MemberLeft', data: { bodyId: 'nehs', ...leaving } }])
        .when({ type: 'RecordMemberLeaving', data: leaving })
        .thenThrows({ code: 'MEMBER.ALREADY_LEFT' }));
    it('refuses leaving before being appointed', () =>
      spec
        .given([established, appointed])
        .when({ type: 'RecordMemberLeaving', data: { ...leaving, leftOn: '2020-12-31' } })
        .thenThrows({ code: 'MEMBER.LEFT_BEFORE_APPOINTED', field: 'leftOn' }));
    it('refuses an unknown body', () =>
      spec.given([]).when({ type: 'RecordMemberLeaving', data: leaving }).thenThrows({ code: 'BODY.NOT_FOUND' }));
  });
});
