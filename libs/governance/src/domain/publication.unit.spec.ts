import { deciderSpec } from '../../../../test/support/decider-spec';
import { meetingDecider, type MeetingEvent } from './meeting.decider';
import type { Exemption } from './publication';
import { sakDecider, type SakEvent } from './sak.decider';

const spec = deciderSpec(sakDecider);
const sakId = 'nehs-2022-2';
const registered: SakEvent = {
  type: 'SakRegistered',
  data: {
    sakId,
    bodyId: 'nehs',
    meetingId: 'nehs-2022-1',
    number: '2/22',
    title: 'Ny nasjonal e-helsestrategi fra 2023',
    sakstype: 'drofting',
    attachments: [{ name: 'Vedlegg 1' }],
  },
};
const adopted: SakEvent = { type: 'DecisionAdopted', data: { sakId, text: 'Vedtak', adoptedOn: '2022-02-04' } };
const sent: SakEvent = { type: 'SakSentWithInnkalling', data: { sakId } };
const published: SakEvent = { type: 'SakPublished', data: { sakId } };
const section14: Exemption = { exemptionId: 'e1', scope: { kind: 'field', field: 'proposal' }, legalBasis: 'offentleglova § 14' };
const exempted: SakEvent = { type: 'ExemptionRecorded', data: { sakId, exemption: section14 } };

describe('publication of a sak (offentleglova)', () => {
  it('goes from draft to sent with the innkalling to published, one way: repeating or going back records nothing', () => {
    spec
      .given([registered])
      .when({ type: 'PublishSak', data: { state: 'sent' } })
      .then([sent]);
    spec
      .given([registered, sent])
      .when({ type: 'PublishSak', data: { state: 'published' } })
      .then([published]);
    spec
      .given([registered])
      .when({ type: 'PublishSak', data: { state: 'published' } })
      .then([published]);
    spec
      .given([registered, published])
      .when({ type: 'PublishSak', data: { state: 'sent' } })
      .thenNothingToRecord();
    spec
      .given([registered, sent])
      .when({ type: 'PublishSak', data: { state: 'sent' } })
      .thenNothingToRecord();
  });

  it('publishes a vedtak once there is one, of a sak on the agenda (not a draft), and only once', () => {
    spec.given([registered]).when({ type: 'PublishVedtak' }).thenThrows({ code: 'VEDTAK.NOT_ADOPTED', kind: 'conflict' });
    spec.given([registered, adopted]).when({ type: 'PublishVedtak' }).thenThrows({ code: 'SAK.DRAFT', kind: 'conflict' });
    spec
      .given([registered, sent, adopted])
      .when({ type: 'PublishVedtak' })
      .then([{ type: 'VedtakPublished', data: { sakId } }]);
    spec
      .given([registered, sent, adopted, { type: 'VedtakPublished', data: { sakId } }])
      .when({ type: 'PublishVedtak' })
      .thenNothingToRecord();
  });

  it('records an exemption on a legal basis that names a section, for an attachment the sak has', () => {
    spec.given([registered]).when({ type: 'RecordExemption', data: section14 }).then([exempted]);
    spec
      .given([registered])
      .when({ type: 'RecordExemption', data: { ...section14, legalBasis: 'fordi vi vil' } })
      .thenThrows({ code: 'EXEMPTION.LEGAL_BASIS_INVALID', field: 'legalBasis' });
    spec
      .given([registered])
      .when({ type: 'RecordExemption', data: { ...section14, scope: { kind: 'attachment', name: 'Vedlegg 9' } } })
      .thenThrows({ code: 'SAK.ATTACHMENT_NOT_FOUND', kind: 'not_found' });
    // The same scope on the same basis again (another id, as a retried request has) is already recorded.
    spec
      .given([registered, exempted])
      .when({ type: 'RecordExemption', data: { ...section14, exemptionId: 'e2' } })
      .thenNothingToRecord();
  });

  it('lifts an exemption in force, with a reason; one not in force is not found', () => {
    spec
      .given([registered, exempted])
      .when({ type: 'LiftExemption', data: { exemptionId: 'e1', reason: 'Grunnlaget er falt bort' } })
      .then([{ type: 'ExemptionLifted', data: { sakId, exemptionId: 'e1', reason: 'Grunnlaget er falt bort' } }]);
    spec
      .given([registered, exempted, { type: 'ExemptionLifted', data: { sakId, exemptionId: 'e1', reason: 'x' } }])
      .when({ type: 'LiftExemption', data: { exemptionId: 'e1', reason: 'igjen' } })
      .thenThrows({ code: 'EXEMPTION.NOT_FOUND', kind: 'not_found' });
  });
});

describe('publication of a referat', () => {
  const meetingSpec = deciderSpec(meetingDecider);
  const scheduled: MeetingEvent = {
    type: 'MeetingScheduled',
    data: { meetingId: 'nehs-2022-1', bodyId: 'nehs', number: '1/22', date: '2022-02-04', kind: 'extra' },
  };
  const held: MeetingEvent = { type: 'MeetingHeld', data: { meetingId: 'nehs-2022-1' } };

  it('publishes the referat of a meeting held, once; a meeting not held has none', () => {
    meetingSpec.given([scheduled]).when({ type: 'PublishMinutes' }).thenThrows({ code: 'MEETING.NOT_HELD' });
    meetingSpec
      .given([scheduled, held])
      .when({ type: 'PublishMinutes' })
      .then([{ type: 'MinutesPublished', data: { meetingId: 'nehs-2022-1' } }]);
    meetingSpec
      .given([scheduled, held, { type: 'MinutesPublished', data: { meetingId: 'nehs-2022-1' } }])
      .when({ type: 'PublishMinutes' })
      .thenNothingToRecord();
  });
});
