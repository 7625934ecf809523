import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEventJson } from '@app/event-store';
import { ManualClock } from '@app/shared-kernel';
import { RunningApi } from '../support/running-api';
import { registerDocuments } from '../support/source-documents';

/**
 * The governance context through real HTTP on an embedded store file: the secretariat records
 * the board, its meetings, saker and vedtak; auditors read them back at dates.
 * (Facts below follow the board's documents; where they are made up for a test, it says so.)
 */
const dir = mkdtempSync(join(tmpdir(), 'governance-log-governance-'));
const clock = new ManualClock('2026-11-25T09:00:00.000Z');
const api = new RunningApi(() => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: join(dir, 'governance.db') }), clock);
const source = (locator: string) => ({ document: 'nehs-2022-1-saksdokument', locator, basis: 'stated' });

async function ok(answer: Promise<{ status: number; body: unknown }>, status = 201) {
  const { status: actual, body } = await answer;
  if (actual !== status) throw new Error(`expected ${status}, got ${actual}: ${JSON.stringify(body)}`);
  return body as Record<string, unknown>;
}

const events = async (stream: string): Promise<RecordedEventJson[]> => (await api.get(`/events?stream=${stream}&limit=1000`)).body.events;

beforeAll(async () => {
  await api.start();
  await registerDocuments(api);
  await ok(
    api.post('/bodies', {
      bodyId: 'nehs',
      name: 'Nasjonalt e-helsestyre',
      shortName: 'NEHS',
      effectiveAt: '2021-01-01',
      source: source('side 1'),
    }),
  );
  const members = [
    ['Inger Cathrine Bryne', 'Helse Vest RHF', 'member', '2021-01-01'],
    ['Ivar Halvorsen', 'Legeforeningen', 'member', '2021-01-01'],
    ['Terje Rootwelt', 'Helse Sør-Øst RHF', 'member', '2021-09-22'],
    ['Johan Ronæs', 'Norsk Helsenett SF', 'observer', '2021-01-01'],
  ];
  for (const [name, organisation, role, appointedOn] of members) {
    await ok(api.post('/bodies/nehs/members', { name, organisation, role, appointedOn, source: source('Medlemmer') }));
  }
  // Made up for the test: an earlier meeting whose referat is approved later.
  await ok(api.post('/meetings', { bodyId: 'nehs', number: '3/21', date: '2021-06-10' }));
  await ok(api.post('/meetings', { bodyId: 'nehs', number: '4/21', date: '2021-09-22', startTime: '09:00', place: 'Videomøte' }));
  await ok(api.post('/meetings', { bodyId: 'nehs', number: '6/21', date: '2021-12-09' }));
  await ok(
    api.post('/meetings', {
      bodyId: 'nehs',
      number: '1/22',
      date: '2022-02-04',
      startTime: '10:30',
      endTime: '13:00',
      place: 'Videomøte',
      kind: 'extra',
      source: source('side 1'),
    }),
  );
});

afterAll(async () => {
  await api.app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bodies', () => {
  it('shows members and observers as on a date, and the name as it was then', async () => {
    await ok(
      api.post('/bodies/nehs/renamings', {
        name: 'Nasjonalt e-helseråd',
        effectiveAt: '2022-06-01',
        reason: 'Made up for the test: the proposal of sak 26/21',
      }),
    );
    await ok(api.post('/bodies/nehs/members/inger-cathrine-bryne/departure', { leftOn: '2022-03-01' }));

    const before = (await api.get('/bodies/nehs?at=2021-09-01')).body;
    expect(before.name).toBe('Nasjonalt e-helsestyre');
    expect(before.members.map((m: { name: string }) => m.name)).toEqual(['Inger Cathrine Bryne', 'Ivar Halvorsen']);
    expect(before.observers).toEqual([expect.objectContaining({ name: 'Johan Ronæs', organisation: 'Norsk Helsenett SF' })]);

    const meetingDay = (await api.get('/bodies/nehs?at=2022-02-04')).body;
    expect(meetingDay.members.map((m: { memberId: string }) => m.memberId)).toEqual([
      'inger-cathrine-bryne',
      'ivar-halvorsen',
      'terje-rootwelt',
    ]);

    const summer = (await api.get('/bodies/nehs?at=2022-06-01')).body;
    expect(summer.name).toBe('Nasjonalt e-helseråd');
    expect(summer.names).toEqual([
      { name: 'Nasjonalt e-helsestyre', from: '2021-01-01' },
      { name: 'Nasjonalt e-helseråd', from: '2022-06-01' },
    ]);
    expect(summer.members.map((m: { memberId: string }) => m.memberId)).toEqual(['ivar-halvorsen', 'terje-rootwelt']);

    expect((await api.get('/bodies?at=2021-06-01')).body.map((b: { bodyId: string }) => b.bodyId)).toEqual(['nehs']);
    expect((await api.get('/bodies/nehs?at=2020-12-31')).status).toBe(404);
  });
});

describe('meetings and saker', () => {
  beforeAll(async () => {
    const register = (number: string, title: string, sakstype: string, plannedStart: string, extra: object = {}) =>
      ok(
        api.post('/saker', { meetingId: 'nehs-2022-1', number, title, sakstype, plannedStart, source: source(`Sak ${number}`), ...extra }),
      );
    // Registered out of order on purpose: the agenda orders them by time.
    await register('3/22', 'Eventuelt', 'orientering', '12:55');
    await register('1/22', 'Godkjenning av innkalling og dagsorden', 'godkjenning', '10:30', {
      presenter: { name: 'Camilla Dunsæd', organisation: 'Kristiansand kommune' },
    });
    await register(
      '2/22',
      'Ny nasjonal e-helsestrategi fra 2023: Endringsområder og utkast til mål for å oppnå visjonen',
      'drofting',
      '10:35',
      {
        attachments: [{ name: 'Vedlegg 1', title: 'Toppnotat' }],
      },
    );
    await ok(
      api.post('/saker/nehs-2022-2/attachments', {
        attachment: { name: 'Vedlegg 1A', title: 'Nasjonal e-helsestrategi – endringsområder og utkast til mål' },
      }),
    );
    await ok(api.post('/saker/nehs-2022-2/continuations', { startTime: '11:50', note: 'forts.' }));
    await ok(api.post('/saker/nehs-2022-1/proposal', { text: 'Nasjonalt e-helsestyre godkjenner innkalling og dagsorden.' }));
    await ok(api.post('/saker/nehs-2022-1/vedtak', { text: 'Nasjonalt e-helsestyre godkjenner innkalling og dagsorden.' }));
    await ok(
      api.post('/saker/nehs-2022-2/proposal', {
        text: 'Direktoratet for e-helse tar med seg Nasjonalt e-helsestyres innspill til endringsområder og hvilke mål som er de viktigste å inkludere i ny e-helsestrategi.',
      }),
    );
    await ok(api.post('/meetings/nehs-2022-1/held', {}));
    await ok(
      api.post('/meetings/nehs-2022-1/attendance', {
        attendance: [
          { memberId: 'inger-cathrine-bryne', present: true },
          { memberId: 'ivar-halvorsen', present: false },
          { memberId: 'terje-rootwelt', present: true },
          { memberId: 'johan-ronaes', present: true },
        ],
      }),
    );
    await ok(
      api.post('/meetings/nehs-2022-1/next-meetings', {
        meetings: [
          { date: '2022-03-22', bodyId: 'nufa' },
          { date: '2022-03-28', bodyId: 'nuit' },
          { date: '2022-05-13', note: 'Ekstra møte' },
        ],
        source: source('Veien videre frem mot mai 2022'),
      }),
    );
    // Sak 24/21 approves the referat of the June meeting.
    await ok(
      api.post('/saker', {
        meetingId: 'nehs-2021-4',
        number: '24/21',
        title: 'Godkjenning av referat fra møtet 10. juni 2021',
        sakstype: 'godkjenning',
        plannedStart: '09:03',
      }),
    );
    await ok(api.post('/saker/nehs-2021-24/minutes-approval', { minutesOfMeetingId: 'nehs-2021-3' }));
  });

  it('GET /meetings/:id gives the agenda in order with continuations, proposals, vedtak, presenters and attendance', async () => {
    const meeting = (await api.get('/meetings/nehs-2022-1')).body;
    expect(meeting).toMatchObject({
      number: '1/22',
      date: '2022-02-04',
      startTime: '10:30',
      endTime: '13:00',
      place: 'Videomøte',
      kind: 'extra',
      status: 'held',
      bodyName: 'Nasjonalt e-helsestyre',
    });
    expect(
      meeting.agenda.map(
        (a: { number: string; startTime: string; continued: boolean }) => `${a.number}${a.continued ? ' forts.' : ''} ${a.startTime}`,
      ),
    ).toEqual(['1/22 10:30', '2/22 10:35', '2/22 forts. 11:50', '3/22 12:55']);
    const [first, second] = meeting.saker;
    expect(first).toMatchObject({
      sakstype: 'godkjenning',
      sakstypeLabel: 'Godkjenning',
      presenter: { name: 'Camilla Dunsæd' },
      differsFromProposal: false,
    });
    expect(first.vedtak).toMatchObject({ text: 'Nasjonalt e-helsestyre godkjenner innkalling og dagsorden.', adoptedOn: '2022-02-04' });
    expect(second.attachments.map((a: { name: string }) => a.name)).toEqual(['Vedlegg 1', 'Vedlegg 1A']);
    expect(second).toMatchObject({ sakstypeLabel: 'Drøfting', vedtak: null, differsFromProposal: null });
    expect(meeting.participants.map((p: { memberId: string; present: boolean | null }) => [p.memberId, p.present])).toEqual([
      ['inger-cathrine-bryne', true],
      ['ivar-halvorsen', false],
      ['terje-rootwelt', true],
      ['johan-ronaes', true],
    ]);
    expect(meeting.nextMeetings).toHaveLength(3);
  });

  it('GET /meetings lists by body and year, as on a date', async () => {
    const all = (await api.get('/meetings?body=nehs')).body.map((m: { number: string }) => m.number);
    expect(all).toEqual(['3/21', '4/21', '6/21', '1/22']);
    expect((await api.get('/meetings?body=nehs&year=2022')).body.map((m: { number: string }) => m.number)).toEqual(['1/22']);
    expect((await api.get('/meetings?at=2021-10-01')).body.map((m: { number: string }) => m.number)).toEqual(['3/21', '4/21']);
  });

  it('a sak links to the meeting whose minutes it approves', async () => {
    expect((await api.get('/saker/nehs-2021-24')).body).toMatchObject({ number: '24/21', approvesMinutesOf: 'nehs-2021-3' });
  });

  it('GET /meetings/:id/minutes renders the referat as Markdown and as HTML', async () => {
    const markdown = await api.get('/meetings/nehs-2022-1/minutes');
    expect(markdown.type).toContain('text/markdown');
    expect(markdown.body).toContain('# Referat – Nasjonalt e-helsestyre, ekstra møte 1/22');
    expect(markdown.body).toContain('**Dato:** 4. februar 2022');
    expect(markdown.body).toContain('**Sted:** Videomøte');
    expect(markdown.body).toMatch(/\*\*Til stede:\*\*\n\n- Inger Cathrine Bryne \(Helse Vest RHF\)\n- Terje Rootwelt/);
    expect(markdown.body).toMatch(/\*\*Forfall:\*\*\n\n- Ivar Halvorsen \(Legeforeningen\)/);
    expect(markdown.body).toMatch(/## Sak 1\/22 Godkjenning av innkalling og dagsorden\n\n\*\*Sakstype:\*\* Godkjenning/);
    expect(markdown.body).toMatch(
      /### Forslag til vedtak\n\nNasjonalt e-helsestyre godkjenner innkalling og dagsorden\. \[\d+\?\]\n\n### Vedtak/,
    );
    // Each fact's footnote names its source; facts recorded without one say so.
    expect(markdown.body).toMatch(
      /## Kilder[\s\S]*\[\d+\] Saksdokument møte 1\/22 \(innkalling og saksframlegg\) \(2022-02-04, dato tolket\), Sak 1\/22/,
    );
    expect(markdown.body.indexOf('Sak 1/22')).toBeLessThan(markdown.body.indexOf('Sak 2/22'));

    const html = await api.get('/meetings/nehs-2022-1/minutes', { headers: { accept: 'text/html' } });
    expect(html.type).toContain('text/html');
    expect(html.body).toContain('<html lang="nb">');
    expect(html.body).toContain('<h2>Sak 2/22 Ny nasjonal e-helsestrategi fra 2023');
    expect(html.body).toMatch(/<dt>Dato<\/dt><dd>4\. februar 2022 \[\d+\]<\/dd>/);
    expect((await api.get('/meetings/nehs-2022-1/minutes?format=html')).type).toContain('text/html');
    expect((await api.get('/meetings/nehs-2022-1/minutes?format=markdown', { headers: { accept: 'text/html' } })).type).toContain(
      'text/markdown',
    );
  });

  it('every event carries actor, recordedAt, effectiveAt (the meeting date by default) and source', async () => {
    const sak = await events('sak-nehs-2022-2');
    expect(sak.map((e) => e.type)).toEqual(['SakRegistered', 'AttachmentAdded', 'SakContinued', 'DecisionProposed']);
    for (const event of sak) {
      expect(event.metadata).toMatchObject({
        actor: 'Kari Nordmann',
        effectiveAt: '2022-02-04',
        recordedAt: '2026-11-25T09:00:00.000Z',
      });
    }
    expect(sak[0].metadata.source).toEqual({ document: 'nehs-2022-1-saksdokument', locator: 'Sak 2/22', basis: 'stated' });
  });
});

describe('the vedtak register', () => {
  const proposal = 'Nasjonalt e-helsestyre gir sin anbefaling til visjon.';
  const vedtak =
    'Nasjonalt e-helsestyre gir sin anbefaling til visjon og ber i tillegg Direktoratet for e-helse ta med seg innspill til evalueringsprinsipper i det videre strategiarbeidet.';
  let beforeCorrection: string;

  beforeAll(async () => {
    await ok(
      api.post('/saker', { meetingId: 'nehs-2021-6', number: '40/21', title: 'Visjon og evalueringsprinsipper', sakstype: 'anbefaling' }),
    );
    await ok(api.post('/saker/nehs-2021-40/proposal', { text: proposal }));
    await ok(
      api.post('/saker/nehs-2021-40/vedtak', { text: vedtak, adoptedOn: '2021-12-09', source: source('Vedtak på anbefalingssaker') }),
    );
    await ok(api.post('/saker', { meetingId: 'nehs-2021-4', number: '27/21', title: 'Kunnskapsgrunnlaget v. 0.7', sakstype: 'drofting' }));
    await ok(
      api.post('/saker/nehs-2021-27/vedtak', {
        text: 'Nasjonalt e-helsestyre ber Direktoratet for e-helse ta med seg innspill mottatt i møtet.',
      }),
    );
    beforeCorrection = clock.now().toISOString();
    clock.advance(60 * 60 * 1000); // the correction is recorded an hour later
    // Made up for the test: a correction of the vedtak's wording.
    await ok(
      api.post('/saker/nehs-2021-27/vedtak/corrections', {
        text: 'Nasjonalt e-helsestyre ber Direktoratet for e-helse ta med seg innspill mottatt i møtet i det videre arbeidet.',
        reason: 'Ufullstendig gjengitt',
      }),
    );
  });

  it('lists saker with vedtak, newest first, with proposal, whether they differ, and corrections', async () => {
    const rows = (await api.get('/decisions?body=nehs&year=2021')).body;
    expect(rows.map((r: { number: string }) => r.number)).toEqual(['40/21', '27/21']);
    expect(rows[0]).toMatchObject({
      meetingDate: '2021-12-09',
      title: 'Visjon og evalueringsprinsipper',
      sakstypeLabel: 'Anbefaling/tilslutning',
      proposal,
      vedtak,
      differsFromProposal: true,
      corrections: [],
    });
    expect(rows[1]).toMatchObject({
      meetingDate: '2021-09-22',
      vedtak: 'Nasjonalt e-helsestyre ber Direktoratet for e-helse ta med seg innspill mottatt i møtet i det videre arbeidet.',
      originalVedtak: 'Nasjonalt e-helsestyre ber Direktoratet for e-helse ta med seg innspill mottatt i møtet.',
      corrections: [expect.objectContaining({ reason: 'Ufullstendig gjengitt', actor: 'Kari Nordmann' })],
    });
    // The public sees a vedtak once it is published (here by the secretariat, before its referat is approved).
    expect((await api.get('/decisions?body=nehs&year=2021', { as: 'public' })).body).toEqual([]);
    await ok(api.post('/saker/nehs-2021-27/publication', { state: 'published' }));
    await ok(api.post('/saker/nehs-2021-27/vedtak/publication', {}));
    const publicRows = (await api.get('/decisions?body=nehs&year=2021', { as: 'public' })).body;
    expect(publicRows.map((r: { number: string }) => r.number)).toEqual(['27/21']);
    expect(publicRows[0].corrections).toEqual([expect.objectContaining({ reason: 'Ufullstendig gjengitt' })]);
    expect(JSON.stringify(publicRows)).not.toMatch(/"actor(Id)?"|Kari Nordmann/);
    expect((await api.get('/decisions?sakstype=anbefaling')).body.map((r: { number: string }) => r.number)).toEqual(['40/21']);
    expect((await api.get('/decisions?year=2022')).body.map((r: { number: string }) => r.number)).toEqual(['1/22']);
  });

  it('as known before the correction, shows the original wording; the correction is backdated to the vedtak and names it', async () => {
    const [row] = (await api.get(`/decisions?year=2021&sakstype=drofting&knownAt=${beforeCorrection}`)).body;
    expect(row).toMatchObject({
      vedtak: 'Nasjonalt e-helsestyre ber Direktoratet for e-helse ta med seg innspill mottatt i møtet.',
      corrections: [],
    });

    const stored = await events('sak-nehs-2021-27');
    expect(stored.map((e) => e.type)).toEqual(['SakRegistered', 'DecisionAdopted', 'DecisionCorrected', 'SakPublished', 'VedtakPublished']);
    const [, adopted, corrected] = stored;
    expect(corrected.metadata).toMatchObject({ effectiveAt: '2021-09-22', corrects: adopted.id, reason: 'Ufullstendig gjengitt' });
    expect((await api.get('/meetings/nehs-2021-4/minutes')).body).toContain('Vedtaket er rettet');
  });
});

describe('errors', () => {
  const countAll = async () => (await api.get('/events?limit=1000')).body.events.length;

  it('400 names the fields and writes nothing', async () => {
    const before = await countAll();
    const bad = await api.post('/saker', {
      meetingId: 'nehs-2022-1',
      number: '2-22',
      sakstype: 'vedtak',
      attachments: [{}],
      source: { document: 'x', basis: 'guessed' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'attachments.0.name',
      'number',
      'sakstype',
      'source.basis',
      'title',
    ]);
    // Attendance posted again as recorded is not recorded twice.
    const again = await api.post('/meetings/nehs-2022-1/attendance', { attendance: [{ memberId: 'inger-cathrine-bryne', present: true }] });
    expect(again).toMatchObject({ status: 200, body: { events: [] } });
    const attendance = await api.post('/meetings/nehs-2022-1/attendance', { attendance: [{ memberId: 'ivar-halvorsen', present: 'yes' }] });
    expect(attendance.body.fields).toEqual([{ field: 'attendance.0.present', problems: ['present must be a boolean value'] }]);
    const noToken = await api.post('/saker/nehs-2022-2/proposal', { text: 'x' }, 'public', { 'x-actor': 'Riksrevisjonen' });
    expect(noToken).toMatchObject({ status: 401, body: { code: 'ACCESS.AUTHENTICATION_REQUIRED' } });
    expect((await api.get('/meetings?at=2022-13-01')).body).toMatchObject({ code: 'TIME.INVALID', fields: [{ field: 'at' }] });
    // An hour that does not exist is refused, not rolled into the next day.
    expect((await api.get('/meetings?at=2022-02-04T24:00:00Z')).body).toMatchObject({ code: 'TIME.INVALID', fields: [{ field: 'at' }] });
    expect((await api.post('/bodies', { bodyId: 'nufa', name: 'NUFA', effectiveAt: '2022-02-04T24:00:00Z' })).body).toMatchObject({
      statusCode: 400,
      fields: [{ field: 'effectiveAt' }],
    });
    expect((await api.post('/bodies', { bodyId: 'nufa', name: 'NUFA' })).body).toMatchObject({
      statusCode: 400,
      fields: [{ field: 'effectiveAt' }],
    });
    // An interpretation says how the document was read: without a note (or with a blank one) it is refused.
    for (const note of [undefined, '  '])
      expect(
        (
          await api.post('/saker/nehs-2022-2/proposal', {
            text: 'x',
            source: { document: 'nehs-2022-1-saksdokument', basis: 'interpreted', note },
          })
        ).body,
      ).toMatchObject({ statusCode: 400, fields: [{ field: 'source.note' }] });
    expect(await countAll()).toBe(before);
  });

  it('404 naming source.document for a write citing a document that is not registered, and nothing written', async () => {
    const before = await countAll();
    const unknown = await api.post('/saker/nehs-2022-2/proposal', {
      text: 'Nytt forslag',
      source: { document: 'referat-1-22', basis: 'stated' },
    });
    expect(unknown).toMatchObject({
      status: 404,
      body: { code: 'SOURCE.DOCUMENT_NOT_FOUND', fields: [{ field: 'source.document' }], details: { documentId: 'referat-1-22' } },
    });
    const conflict = await api.post('/source-conflicts', {
      conflictId: 'x',
      about: 'nehs-2022-1',
      field: 'lunchStart',
      readings: [
        { value: '11:20', document: 'nehs-2022-1-presentasjon' },
        { value: '11:30', document: 'referat-1-22' },
      ],
    });
    expect(conflict).toMatchObject({ status: 404, body: { fields: [{ field: 'readings[1].document' }] } });
    expect(await countAll()).toBe(before);
  });

  it('404 for an unknown meeting or sak, on writes and reads', async () => {
    expect(
      (await api.post('/saker', { meetingId: 'nehs-2022-9', number: '9/22', title: 'x', sakstype: 'orientering' })).body,
    ).toMatchObject({ code: 'MEETING.NOT_FOUND' });
    expect((await api.post('/saker/nehs-2022-9/vedtak', { text: 'x' })).status).toBe(404);
    expect((await api.post('/saker/nehs-2021-24/minutes-approval', { minutesOfMeetingId: 'nehs-2019-1' })).body).toMatchObject({
      code: 'MEETING.NOT_FOUND',
    });
    expect(
      (await api.post('/meetings/nehs-2022-1/attendance', { attendance: [{ memberId: 'nobody', present: true }] })).body,
    ).toMatchObject({
      statusCode: 404,
      code: 'MEMBER.NOT_FOUND',
      fields: [{ field: 'attendance[0].memberId' }],
    });
    expect((await api.get('/meetings/nehs-2030-1')).status).toBe(404);
    expect((await api.get('/meetings/nehs-2022-1?at=2022-01-01')).body).toMatchObject({ statusCode: 404, code: 'MEETING.NOT_FOUND' });
    expect((await api.get('/saker/nehs-2030-1')).status).toBe(404);
  });

  it('409 on a duplicate sak number and on a second vedtak', async () => {
    expect(
      (await api.post('/saker', { meetingId: 'nehs-2022-1', number: '1/22', title: 'Igjen', sakstype: 'godkjenning' })).body,
    ).toMatchObject({
      statusCode: 409,
      code: 'SAK.NUMBER_TAKEN',
    });
    expect((await api.post('/saker/nehs-2022-1/vedtak', { text: 'x' })).body).toMatchObject({
      statusCode: 409,
      code: 'VEDTAK.ALREADY_ADOPTED',
    });
  });

  it('two concurrent requests for the same sak number: exactly one 201 and one 409, nothing lost', async () => {
    const sak = { meetingId: 'nehs-2022-1', number: '4/22', sakstype: 'orientering', plannedStart: '12:56' };
    const answers = await Promise.all([api.post('/saker', { ...sak, title: 'Først' }), api.post('/saker', { ...sak, title: 'Andre' })]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.status === 409)?.body.code).toBe('SAK.NUMBER_TAKEN');
    const stored = await events('sak-nehs-2022-4');
    expect(stored).toHaveLength(1);
    expect(stored[0].data.title).toBe(answers[0].status === 201 ? 'Først' : 'Andre');
  });
});
