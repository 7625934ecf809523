import { deciderSpec } from '../../../../test/support/decider-spec';
import {
  assignmentDecider,
  findingDecider,
  reportDecider,
  type AssignmentEvent,
  type FindingEvent,
  type ReportEvent,
} from './findings.deciders';

const report = {
  reportId: 'en-innbygger-en-journal',
  title: 'Undersøkelse av styring av arbeidet med Én innbygger – én journal',
  kind: 'forvaltningsrevisjon' as const,
  publishedOn: '2021-06-01',
  presentedIn: 'nehs-2021-25',
};

describe('audit report decider', () => {
  const spec = deciderSpec(reportDecider);
  const registered: ReportEvent = { type: 'AuditReportRegistered', data: report };
  it('registers a report presented in a sak', () =>
    spec.given([]).when({ type: 'RegisterAuditReport', data: report, presentedInExists: true }).then([registered]));
  it('refuses a report twice', () =>
    spec
      .given([registered])
      .when({ type: 'RegisterAuditReport', data: report, presentedInExists: true })
      .thenThrows({ code: 'REPORT.EXISTS', kind: 'conflict' }));
  it('refuses a sak that does not exist, naming the field', () =>
    spec
      .given([])
      .when({ type: 'RegisterAuditReport', data: report, presentedInExists: false })
      .thenThrows({ code: 'SAK.NOT_FOUND', kind: 'not_found', details: expect.objectContaining({ field: 'presentedIn' }) }));
});

describe('finding decider', () => {
  const spec = deciderSpec(findingDecider);
  const finding = {
    findingId: 'pll-forsinket',
    reportId: report.reportId,
    grade: 'alvorlig' as const,
    text: 'Pasientens legemiddelliste er forsinket',
    concerns: 'Helse- og omsorgsdepartementet',
  };
  const recorded: FindingEvent = { type: 'FindingRecorded', data: finding };
  const link = { kind: 'sak' as const, ref: 'nehs-2021-25', exists: true };

  it('records a graded finding of a report', () =>
    spec.given([]).when({ type: 'RecordFinding', data: finding, reportExists: true }).then([recorded]));
  it('refuses a finding twice', () =>
    spec.given([recorded]).when({ type: 'RecordFinding', data: finding, reportExists: true }).thenThrows({ code: 'FINDING.EXISTS' }));
  it('refuses an unknown report', () =>
    spec
      .given([])
      .when({ type: 'RecordFinding', data: finding, reportExists: false })
      .thenThrows({ code: 'REPORT.NOT_FOUND', kind: 'not_found' }));
  it('links a finding to a sak, a goal or a measure', () =>
    spec
      .given([recorded])
      .when({ type: 'LinkFinding', data: { links: [link] } })
      .then([{ type: 'FindingLinked', data: { findingId: 'pll-forsinket', links: [{ kind: 'sak', ref: 'nehs-2021-25' }] } }]));
  it('refuses a link to something that does not exist, naming it', () =>
    spec
      .given([recorded])
      .when({ type: 'LinkFinding', data: { links: [link, { kind: 'goal', ref: 'mal-9', exists: false }] } })
      .thenThrows({ code: 'GOAL.NOT_FOUND', details: expect.objectContaining({ field: 'links[1].ref', ref: 'mal-9' }) }));
  it('refuses links that are all recorded already', () =>
    spec
      .given([recorded, { type: 'FindingLinked', data: { findingId: 'pll-forsinket', links: [{ kind: 'sak', ref: 'nehs-2021-25' }] } }])
      .when({ type: 'LinkFinding', data: { links: [link] } })
      .thenThrows({ code: 'LINK.EXISTS' }));
  it('refuses an unknown finding', () =>
    spec
      .given([])
      .when({ type: 'LinkFinding', data: { links: [link] } })
      .thenThrows({ code: 'FINDING.NOT_FOUND' }));
});

describe('assignment decider', () => {
  const spec = deciderSpec(assignmentDecider);
  const assignment = {
    assignmentId: 'pll-innforing',
    title: 'Pasientens legemiddelliste',
    givenIn: 'Tillegg til tildelingsbrev nr. 5',
    owner: 'Direktoratet for e-helse',
    dueOn: '2022-12-31',
    answersFindings: ['pll-forsinket'],
  };
  const given: AssignmentEvent = { type: 'AssignmentGiven', data: assignment };
  const report = (status: 'in_progress' | 'done', reportedOn: string) => ({ status, reportedOn, text: `Status ${reportedOn}` });
  const reported = (status: 'in_progress' | 'done', reportedOn: string): AssignmentEvent => ({
    type: 'AssignmentStatusReported',
    data: { assignmentId: 'pll-innforing', ...report(status, reportedOn) },
  });

  it('gives an assignment answering findings', () =>
    spec.given([]).when({ type: 'GiveAssignment', data: assignment, missingFindings: [] }).then([given]));
  it('refuses an assignment twice', () =>
    spec.given([given]).when({ type: 'GiveAssignment', data: assignment, missingFindings: [] }).thenThrows({ code: 'ASSIGNMENT.EXISTS' }));
  it('refuses an unknown finding', () =>
    spec
      .given([])
      .when({ type: 'GiveAssignment', data: assignment, missingFindings: ['x'] })
      .thenThrows({ code: 'FINDING.NOT_FOUND', details: expect.objectContaining({ field: 'answersFindings' }) }));
  it('links an assignment to a measure', () =>
    spec
      .given([given])
      .when({ type: 'LinkAssignment', data: { links: [{ kind: 'measure', ref: 'mal-5/5.1.1', exists: true }] } })
      .then([{ type: 'AssignmentLinked', data: { assignmentId: 'pll-innforing', links: [{ kind: 'measure', ref: 'mal-5/5.1.1' }] } }]));
  it('refuses a link to a measure that does not exist', () =>
    spec
      .given([given])
      .when({ type: 'LinkAssignment', data: { links: [{ kind: 'measure', ref: 'mal-5/9.9.9', exists: false }] } })
      .thenThrows({ code: 'MEASURE.NOT_FOUND' }));
  it('records a status report, in a sak', () =>
    spec
      .given([given])
      .when({ type: 'ReportStatus', data: { ...report('in_progress', '2022-03-01'), reportedIn: 'nehs-2022-2' }, reportedInExists: true })
      .then([
        {
          type: 'AssignmentStatusReported',
          data: { assignmentId: 'pll-innforing', ...report('in_progress', '2022-03-01'), reportedIn: 'nehs-2022-2' },
        },
      ]));
  it('records nothing for the same report twice', () =>
    spec
      .given([given, reported('in_progress', '2022-03-01')])
      .when({ type: 'ReportStatus', data: report('in_progress', '2022-03-01'), reportedInExists: true })
      .thenNothingToRecord());
  it('refuses a report dated before the last one', () =>
    spec
      .given([given, reported('in_progress', '2022-03-01')])
      .when({ type: 'ReportStatus', data: report('in_progress', '2022-02-01'), reportedInExists: true })
      .thenThrows({ code: 'STATUS.BEFORE_LAST_REPORT', field: 'reportedOn' }));
  it('refuses a report after done', () =>
    spec
      .given([given, reported('done', '2022-03-01')])
      .when({ type: 'ReportStatus', data: report('in_progress', '2022-04-01'), reportedInExists: true })
      .thenThrows({ code: 'ASSIGNMENT.CLOSED', kind: 'conflict' }));
  it('refuses a sak that does not exist', () =>
    spec
      .given([given])
      .when({ type: 'ReportStatus', data: { ...report('in_progress', '2022-03-01'), reportedIn: 'nehs-2030-1' }, reportedInExists: false })
      .thenThrows({ code: 'SAK.NOT_FOUND' }));
  it('refuses an unknown assignment', () =>
    spec
      .given([])
      .when({ type: 'ReportStatus', data: report('done', '2022-01-01'), reportedInExists: true })
      .thenThrows({ code: 'ASSIGNMENT.NOT_FOUND' }));
});
