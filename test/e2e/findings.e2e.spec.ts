import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@app/shared-kernel';
import { RunningApi } from '../support/running-api';
import { registerDocuments } from '../support/source-documents';

/**
 * Riksrevisjonen's findings and their follow-up through real HTTP. The report, its grades and
 * the assignments follow sak 25/21 in `003_*`; ids, dates of status reports and links are made up.
 */
const dir = mkdtempSync(join(tmpdir(), 'governance-log-findings-'));
const clock = new ManualClock('2026-11-25T09:00:00.000Z');
const api = new RunningApi(() => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: join(dir, 'findings.db') }), clock);
const sak25 = { document: 'nehs-2021-4-presentasjon', locator: 'Sak 25/21', basis: 'stated' };

async function ok(path: string, body: object) {
  const answer = await api.post(path, body);
  if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
}

let knownBeforeFollowUp: string;

beforeAll(async () => {
  await api.start();
  await registerDocuments(api);
  await ok('/bodies', { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre', effectiveAt: '2021-01-01' });
  await ok('/meetings', { bodyId: 'nehs', number: '4/21', date: '2021-09-22' });
  await ok('/saker', {
    meetingId: 'nehs-2021-4',
    number: '25/21',
    title: 'Orientering fra Direktoratet for e-helse',
    sakstype: 'orientering',
  });
  await ok('/themes', { themeCode: 'styrket-gjennomforingskraft', name: 'STYRKET GJENNOMFØRINGSKRAFT', effectiveAt: '2022-01-20' });
  await ok('/goals', {
    goalId: 'mal-6',
    code: '6',
    title: 'STYRKET GJENNOMFØRINGSKRAFT',
    themeCode: 'styrket-gjennomforingskraft',
    effectiveAt: '2022-03-01',
  });
  await ok('/goals/mal-6/measures', { measureCode: '6.1.1', title: 'Made up: felles prioritering', effectiveAt: '2022-03-01' });

  await ok('/audit-reports', {
    reportId: 'eiej',
    title: 'Undersøkelse av styring av arbeidet med Én innbygger – én journal',
    kind: 'forvaltningsrevisjon',
    publishedOn: '2021-06-01',
    presentedIn: 'nehs-2021-25',
    source: sak25,
  });
  const finding = (findingId: string, grade: string, text: string) =>
    ok('/findings', { findingId, reportId: 'eiej', grade, text, concerns: 'Helse- og omsorgsdepartementet', source: sak25 });
  await finding('aktorer-mangler-innflytelse', 'kritikkverdig', 'Aktørene mangler innflytelse på nasjonale prioriteringer');
  await finding('pll-forsinket', 'alvorlig', 'Pasientens legemiddelliste er forsinket');
  await finding('svak-utredning', 'sterkt-kritikkverdig', 'Svakheter i utredningen');
  await ok('/assignments', {
    assignmentId: 'pll',
    title: 'Pasientens legemiddelliste',
    givenIn: 'Tillegg til tildelingsbrev nr. 5',
    owner: 'Direktoratet for e-helse',
    dueOn: '2022-06-30',
    answersFindings: ['pll-forsinket'],
    effectiveAt: '2021-10-01',
  });
  await ok('/assignments', {
    assignmentId: 'styringsmodell',
    title: 'Styringsmodell',
    givenIn: 'Tillegg til tildelingsbrev nr. 5',
    owner: 'Direktoratet for e-helse',
    dueOn: '2021-12-31',
    answersFindings: ['svak-utredning'],
    effectiveAt: '2021-10-01',
  });
  await ok('/assignments/pll/status-reports', {
    status: 'in_progress',
    reportedOn: '2022-02-04',
    text: 'Utprøving startet',
    reportedIn: 'nehs-2021-25',
  });

  knownBeforeFollowUp = clock.now().toISOString();
  clock.advance(60 * 60 * 1000);
  await ok('/findings/aktorer-mangler-innflytelse/links', {
    links: [
      { kind: 'goal', ref: 'mal-6' },
      { kind: 'measure', ref: 'mal-6/6.1.1' },
    ],
    effectiveAt: '2022-03-01',
  });
  await ok('/assignments/styringsmodell/status-reports', { status: 'done', reportedOn: '2022-03-01', text: 'Ny styringsmodell vedtatt' });
});

afterAll(async () => {
  await api.app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /findings/report', () => {
  it('as JSON: findings by severity with assignments, latest status and links; overdue and unanswered findings at the date', async () => {
    const report = (await api.get('/findings/report?at=2022-07-01')).body;
    expect(report.date).toBe('2022-07-01');
    const [eiej] = report.reports;
    expect(eiej).toMatchObject({ reportId: 'eiej', kind: 'forvaltningsrevisjon', presentedIn: 'nehs-2021-25' });
    expect(eiej.findings.map((f: { gradeLabel: string }) => f.gradeLabel)).toEqual(['Alvorlig', 'Sterkt kritikkverdig', 'Kritikkverdig']);
    expect(eiej.findings[0].assignments).toEqual([
      expect.objectContaining({
        assignmentId: 'pll',
        status: 'in_progress',
        statusDate: '2022-02-04',
        reportedIn: 'nehs-2021-25',
        dueOn: '2022-06-30',
        overdue: true,
      }),
    ]);
    expect(eiej.findings[1].assignments[0]).toMatchObject({ assignmentId: 'styringsmodell', status: 'done', overdue: false });
    expect(eiej.findings[2].links).toEqual([
      { kind: 'goal', ref: 'mal-6' },
      { kind: 'measure', ref: 'mal-6/6.1.1' },
    ]);
    expect(report.findingsWithoutFollowUp).toEqual([]);
    expect(report.overdueAssignments).toEqual([
      {
        assignmentId: 'pll',
        title: 'Pasientens legemiddelliste',
        owner: 'Direktoratet for e-helse',
        dueOn: '2022-06-30',
        status: 'in_progress',
      },
    ]);
  });

  it('at two knownAt instants differs exactly by what was recorded between them', async () => {
    const before = (await api.get(`/findings/report?at=2022-07-01&knownAt=${knownBeforeFollowUp}`)).body;
    const after = (await api.get('/findings/report?at=2022-07-01')).body;
    const [b, a] = [before.reports[0].findings, after.reports[0].findings];
    // What was recorded in between: the links of one finding, and the styringsmodell being done.
    expect(b[2].links).toEqual([]);
    expect(a[2].links).toHaveLength(2);
    expect(a[1].assignments[0]).toMatchObject({ status: 'done', overdue: false });
    expect(after.findingsWithoutFollowUp).toEqual([]);
    expect(after.overdueAssignments.map((o: { assignmentId: string }) => o.assignmentId)).toEqual(['pll']);
    // No status reported: the status is unknown (never assumed "not started"), and the deadline has passed.
    expect(b[1].assignments[0]).toMatchObject({ status: 'unknown', overdue: true });
    expect(before.findingsWithoutFollowUp.map((f: { findingId: string }) => f.findingId)).toEqual(['aktorer-mangler-innflytelse']);
    expect(before.overdueAssignments.map((o: { assignmentId: string }) => o.assignmentId)).toEqual(['pll', 'styringsmodell']);
    // Everything else is the same.
    const withoutChanges = (report: typeof before) => {
      const copy = JSON.parse(JSON.stringify(report));
      copy.reports[0].findings[2].links = [];
      copy.reports[0].findings[2].sources = copy.reports[0].findings[2].sources.filter((s: { fact: string }) => s.fact !== 'FindingLinked');
      copy.reports[0].findings[1].assignments[0] = {
        ...copy.reports[0].findings[1].assignments[0],
        status: 'x',
        statusDate: null,
        statusText: null,
        overdue: null,
        sources: [],
      };
      delete copy.findingsWithoutFollowUp;
      delete copy.overdueAssignments;
      return copy;
    };
    expect(withoutChanges(before)).toEqual(withoutChanges(after));
  });

  it('before the assignments existed, lists the findings without follow-up', async () => {
    const early = (await api.get('/findings/report?at=2021-09-01')).body;
    expect(early.findingsWithoutFollowUp.map((f: { findingId: string }) => f.findingId)).toEqual([
      'pll-forsinket',
      'svak-utredning',
      'aktorer-mangler-innflytelse',
    ]);
    expect(early.overdueAssignments).toEqual([]);
  });

  it('as Markdown and as CSV, by ?format= or Accept', async () => {
    const markdown = await api.get('/findings/report?at=2022-07-01&format=markdown');
    expect(markdown.type).toContain('text/markdown');
    expect(markdown.body).toContain('# Oppfølging av Riksrevisjonens funn per 2022-07-01');
    expect(markdown.body).toContain('### Alvorlig: Pasientens legemiddelliste er forsinket');
    expect(markdown.body).toContain(
      '- Pasientens legemiddelliste[1?][2?] (Direktoratet for e-helse; Tillegg til tildelingsbrev nr. 5; frist 2022-06-30): pågår (2022-02-04) **forsinket** – Utprøving startet',
    );
    // The report itself is sourced as stated; a fact recorded without a source is marked, and its note says so.
    expect(markdown.body).toMatch(/- Styringsmodell\[\d+\?\]/);
    expect(markdown.body).toMatch(/## Noter\n\n1\. Ingen kilde oppgitt/);
    expect(markdown.body).toMatch(/## Oppdrag over frist\n\n- Pasientens legemiddelliste/);

    const csv = await api.get('/findings/report?at=2022-07-01', { headers: { accept: 'text/csv' } });
    expect(csv.type).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'report_id,report,finding_id,grade,finding,concerns,finding_links,finding_sources,assignment_id,assignment,owner,given_in,due_on,status,status_date,overdue,assignment_links,assignment_sources',
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      'eiej,Undersøkelse av styring av arbeidet med Én innbygger – én journal,pll-forsinket,Alvorlig,Pasientens legemiddelliste er forsinket,Helse- og omsorgsdepartementet,,"Presentasjon, møte 4/21 i Nasjonalt e-helsestyre (2021-09-22), Sak 25/21 [stated]",pll,Pasientens legemiddelliste,Direktoratet for e-helse,Tillegg til tildelingsbrev nr. 5,2022-06-30,in_progress,2022-02-04,true,,[unsourced]; [unsourced]',
    );
    expect(lines[3]).toContain('"goal mal-6, measure mal-6/6.1.1"');
    // For Norwegian spreadsheets: semicolons and a byte-order mark, the same rows.
    const semicolons = await api.get('/findings/report?at=2022-07-01&format=csv&separator=semicolon');
    expect(semicolons.body.startsWith('\uFEFFreport_id;report;finding_id;')).toBe(true);
    expect(semicolons.body.trim().split('\r\n')).toHaveLength(4);
    // A comma is no separator here: the cell needs no quotes.
    expect(semicolons.body).toContain(';Presentasjon, møte 4/21 i Nasjonalt e-helsestyre (2021-09-22), Sak 25/21 [stated];');
    const json = await api.get('/findings/report?at=2022-07-01&format=json', { headers: { accept: 'text/csv' } });
    expect(json.type).toContain('application/json');
    expect(json.body.date).toBe('2022-07-01');
  });
});

describe('GET /findings/:id/history and errors', () => {
  it('lists the finding’s events and those of the assignments answering it', async () => {
    const history = (await api.get('/findings/pll-forsinket/history')).body;
    expect(history.map((e: { type: string }) => e.type)).toEqual(['FindingRecorded', 'AssignmentGiven', 'AssignmentStatusReported']);
    expect(history[0].metadata).toMatchObject({ effectiveAt: '2021-06-01', source: sak25, actor: 'Kari Nordmann' });
    expect((await api.get('/findings/ukjent/history')).status).toBe(404);
  });

  it('refuses links to saker, goals or measures that do not exist with 404 naming them; bad input with 400; duplicates with 409', async () => {
    expect((await api.post('/findings/pll-forsinket/links', { links: [{ kind: 'sak', ref: 'nehs-2030-1' }] })).body).toMatchObject({
      statusCode: 404,
      code: 'SAK.NOT_FOUND',
      fields: [{ field: 'links[0].ref' }],
    });
    expect((await api.post('/findings/pll-forsinket/links', { links: [{ kind: 'measure', ref: 'mal-6/9.9.9' }] })).body).toMatchObject({
      statusCode: 404,
      code: 'MEASURE.NOT_FOUND',
    });
    expect(
      (
        await api.post('/audit-reports', {
          reportId: 'x',
          title: 'x',
          kind: 'forvaltningsrevisjon',
          publishedOn: '2021-01-01',
          presentedIn: 'nehs-2030-1',
        })
      ).body,
    ).toMatchObject({ statusCode: 404, code: 'SAK.NOT_FOUND' });
    const bad = await api.post('/findings', { findingId: 'f', reportId: 'eiej', grade: 'middels', text: '', concerns: 'x' });
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['grade', 'text']);
    expect(
      (await api.post('/findings', { findingId: 'pll-forsinket', reportId: 'eiej', grade: 'alvorlig', text: 'x', concerns: 'x' })).body,
    ).toMatchObject({ statusCode: 409, code: 'FINDING.EXISTS' });
    expect(
      (await api.post('/assignments', { assignmentId: 'a', title: 'a', givenIn: 'x', owner: 'x', answersFindings: ['ukjent'] })).body,
    ).toMatchObject({ statusCode: 404, code: 'FINDING.NOT_FOUND' });
  });
});
