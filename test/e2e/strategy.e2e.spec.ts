import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@app/shared-kernel';
import { RunningApi } from '../support/running-api';
import { registerDocuments } from '../support/source-documents';

/**
 * The strategy pipeline through real HTTP: inputs -> change areas -> draft goals -> merged and
 * prioritised goals, read back at dates. Wordings follow `004_*` and `001_*`; ids, inputs and
 * the merge of 2.1 into Mål 5 are made up for the test (the sources give no individual inputs).
 */
const dir = mkdtempSync(join(tmpdir(), 'governance-log-strategy-'));
const clock = new ManualClock('2026-11-25T09:00:00.000Z');
const api = new RunningApi(() => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: join(dir, 'strategy.db') }), clock);
const slides = (locator: string) => ({ document: 'nehs-2022-1-vedlegg', locator, basis: 'stated' });

async function ok(path: string, body: object, status = 201) {
  const answer = await api.post(path, body);
  if (answer.status !== status) throw new Error(`${path}: expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

beforeAll(async () => {
  await api.start();
  await registerDocuments(api);
  await ok('/strategy/vision/drafts', { draftId: 'utkast-1', text: 'Sammen om helhetlige og trygge tjenester', effectiveAt: '2021-09-22' });
  await ok('/strategy/vision', {
    text: 'Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring',
    effectiveAt: '2021-12-09',
    decidedIn: 'nehs-2021-40',
    source: { document: 'nehs-2022-1-saksdokument', locator: 'Visjon for digitalisering', basis: 'stated' },
  });
  await ok('/strategy/principles', {
    name: 'HELHETLIGE',
    questions: ['Bidrar målet til helhetlige tjenester?'],
    effectiveAt: '2021-12-09',
  });
  for (const [themeCode, name] of [
    ['aktiv-medvirkning', 'AKTIV MEDVIRKNING'],
    ['bedre-helsehjelp', 'BEDRE HELSEHJELP'],
  ]) {
    await ok('/themes', { themeCode, name, effectiveAt: '2022-01-20', source: slides('UTKAST til MÅL') });
  }
  await ok('/workshops', {
    workshopId: 'nov-2021',
    title: '10 arbeidsmøter i november 2021',
    date: '2021-11-15',
    organisations: ['KS', 'FFO'],
  });
  await ok('/workshops/nov-2021/inputs', {
    inputs: [
      { inputId: 'i-1', text: 'Pasientens opplysninger må følge pasienten', organisation: 'FFO' },
      { inputId: 'i-2', text: 'Helsepersonell må slippe dobbeltregistrering' },
      { inputId: 'i-3', text: 'Innbygger må kunne bruke egne helsedata' },
    ],
  });
  await ok('/workshops/nov-2021/input-count', { count: 397, note: 'The rest of the 400 inputs, known only by number' });
  await ok('/change-areas', {
    changeAreaId: 'informasjon-folger-pasienten',
    name: 'Informasjon følger pasienten',
    fra: 'Fra.. spredt',
    til: 'Til.. samlet',
    effectiveAt: '2022-01-10',
  });
  await ok('/change-areas', {
    changeAreaId: 'effektive-arbeidsprosesser',
    name: 'Effektive arbeidsprosesser',
    fra: 'Fra..',
    til: 'Til..',
    effectiveAt: '2022-01-10',
  });
  await ok('/change-areas/informasjon-folger-pasienten/inputs', { inputIds: ['i-1'], effectiveAt: '2022-01-10' });
  await ok('/change-areas/effektive-arbeidsprosesser/inputs', { inputIds: ['i-2'], effectiveAt: '2022-01-10' });
  await ok('/goals', {
    goalId: 'mal-2-1',
    code: '2.1',
    title: 'Sørge for at helseinformasjon følger pasienten på tvers av aktører',
    themeCode: 'bedre-helsehjelp',
    fromChangeAreas: ['informasjon-folger-pasienten'],
    effectiveAt: '2022-01-20',
    source: slides('Mål 2.1'),
  });
  await ok('/goals', {
    goalId: 'mal-2-2',
    code: '2.2',
    title: 'Videreutvikle teknologi for effektive arbeidsprosesser',
    themeCode: 'bedre-helsehjelp',
    fromChangeAreas: ['effektive-arbeidsprosesser'],
    effectiveAt: '2022-01-20',
  });
  await ok('/goals', {
    goalId: 'mal-1-3',
    code: '1.3',
    title: 'Tilrettelegge for at innbygger har mulighet til å utnytte egne helsedata',
    themeCode: 'aktiv-medvirkning',
    effectiveAt: '2022-01-20',
  });
  await ok('/goals/mal-2-2/rewordings', {
    title: 'Videreutvikle arbeidsprosesser for effektiv ressursutnyttelse',
    reason: 'Ordlyd på lysbildet 4. februar',
    effectiveAt: '2022-02-04',
  });
  // The prioritisation round of 04.02.2022 (individual votes are not in the sources: these and the voters are made up).
  await ok('/bodies', { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre', effectiveAt: '2021-01-01' });
  for (const memberId of ['kari', 'ola', 'per'])
    await ok('/bodies/nehs/members', { memberId, name: memberId, organisation: 'x', role: 'member', appointedOn: '2021-01-01' });
  await ok('/bodies/nehs/members', { memberId: 'olga', name: 'Olga', organisation: 'x', role: 'observer', appointedOn: '2021-01-01' });
  await ok('/bodies/nehs/members', { memberId: 'nils', name: 'Nils', organisation: 'x', role: 'member', appointedOn: '2022-03-01' });
  await ok('/prioritisation-rounds', {
    roundId: 'nehs-2022-02-04',
    title: 'Prioritering i Menti',
    date: '2022-02-04',
    bodyId: 'nehs',
    allocation: { 'aktiv-medvirkning': 3, 'bedre-helsehjelp': 2 },
    goalIds: ['mal-1-3', 'mal-2-1', 'mal-2-2'],
  });
  await ok('/prioritisation-rounds/nehs-2022-02-04/votes', {
    memberId: 'kari',
    votes: [
      { goalId: 'mal-2-1', count: 2 },
      { goalId: 'mal-1-3', count: 3 },
    ],
  });
  await ok('/prioritisation-rounds/nehs-2022-02-04/votes', {
    memberId: 'ola',
    votes: [
      { goalId: 'mal-2-1', count: 1 },
      { goalId: 'mal-2-2', count: 1 },
    ],
  });
  await ok('/prioritisation-rounds/nehs-2022-02-04/closing', {});
  // The adjusted proposal: Mål 5 formed from 2.1 and 2.2, prioritised.
  await ok('/goals', {
    goalId: 'mal-5',
    code: '5',
    title: 'HELHETLIG DIGITAL SAMHANDLING',
    themeCode: 'bedre-helsehjelp',
    derivedFromGoals: ['mal-2-1', 'mal-2-2'],
    effectiveAt: '2022-03-01',
    source: { document: 'justert-forslag-2022', locator: 'Mål 5', basis: 'stated' },
  });
  for (const goal of ['mal-2-1', 'mal-2-2']) {
    await ok(`/goals/${goal}/merge`, {
      intoGoalId: 'mal-5',
      effectiveAt: '2022-03-01',
      source: {
        document: 'justert-forslag-2022',
        locator: 'Mål 5',
        basis: 'interpreted',
        note: 'The adjusted proposal does not say which draft goals went into Mål 5; read from the wording.',
      },
    });
  }
  await ok('/goals/mal-5/prioritisation', { effectiveAt: '2022-03-01', decidedIn: 'nehs-2022-2' });
  await ok('/goals/mal-5/measures', { measureCode: '5.1.1', title: 'Made up for the test: a measure', effectiveAt: '2022-03-01' });
});

afterAll(async () => {
  await api.app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the strategy at a date', () => {
  it('before the adjusted proposal: themes with draft goals as then worded, the funnel from 400 inputs', async () => {
    const strategy = (await api.get('/strategy?at=2022-02-03')).body;
    expect(strategy.vision).toBe('Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring');
    // Recorded without a source: shown as such, never as stated.
    expect(strategy.principles).toEqual([
      {
        name: 'HELHETLIGE',
        questions: ['Bidrar målet til helhetlige tjenester?'],
        sources: [{ fact: 'PrincipleDefined', basis: 'unsourced' }],
      },
    ]);
    expect(strategy.themes[1].goals[0].sources).toEqual([
      expect.objectContaining({ fact: 'GoalDrafted', documentId: 'nehs-2022-1-vedlegg', date: '2022-02-04', basis: 'stated' }),
    ]);
    expect(
      strategy.themes.map((t: { name: string; goals: { code: string; title: string }[] }) => [
        t.name,
        t.goals.map((g) => `${g.code} ${g.title}`),
      ]),
    ).toEqual([
      ['AKTIV MEDVIRKNING', ['1.3 Tilrettelegge for at innbygger har mulighet til å utnytte egne helsedata']],
      [
        'BEDRE HELSEHJELP',
        [
          '2.1 Sørge for at helseinformasjon følger pasienten på tvers av aktører',
          '2.2 Videreutvikle teknologi for effektive arbeidsprosesser',
        ],
      ],
    ]);
    expect(strategy.funnel).toEqual({ workshops: 1, inputs: 400, changeAreas: 2, draftGoals: 3, prioritisedGoals: 0 });
  });

  it('after it: the prioritised goal, the merged ones gone from the themes', async () => {
    const strategy = (await api.get('/strategy?at=2022-06-01')).body;
    expect(strategy.prioritisedGoals.map((g: { code: string; title: string }) => `${g.code} ${g.title}`)).toEqual([
      '5 HELHETLIG DIGITAL SAMHANDLING',
    ]);
    expect(strategy.funnel).toMatchObject({ draftGoals: 1, prioritisedGoals: 1 });
  });

  it('GET /strategy/diff lists what changed between two dates', async () => {
    const diff = (await api.get('/strategy/diff?from=2022-02-03&to=2022-06-01')).body;
    const withoutSources = <T extends { sources: unknown }>({ sources: _sources, ...rest }: T) => rest;
    expect(diff.reworded.map(withoutSources)).toEqual([
      {
        goalId: 'mal-2-2',
        code: '2.2',
        from: 'Videreutvikle teknologi for effektive arbeidsprosesser',
        to: 'Videreutvikle arbeidsprosesser for effektiv ressursutnyttelse',
      },
    ]);
    expect(diff.merged.map(withoutSources)).toEqual([
      { goalId: 'mal-2-1', code: '2.1', into: 'mal-5' },
      { goalId: 'mal-2-2', code: '2.2', into: 'mal-5' },
    ]);
    // Each change names the sources of the facts behind it: the merge is an interpretation of the adjusted proposal.
    expect(diff.merged[0].sources).toEqual([
      expect.objectContaining({ fact: 'GoalMergedInto', documentId: 'justert-forslag-2022', basis: 'interpreted' }),
    ]);
    // A change cites only the facts behind it: the rewording, not the merge that followed.
    expect(diff.reworded[0].sources.map((s: { fact: string }) => s.fact)).toEqual(['GoalReworded']);
    expect(diff.added.map((g: { goalId: string }) => g.goalId)).toEqual(['mal-5']);
    expect(diff.prioritised.map((g: { goalId: string }) => g.goalId)).toEqual(['mal-5']);
    expect((await api.get('/strategy/diff?from=2022-02-30&to=2022-06-01')).body).toMatchObject({
      statusCode: 400,
      fields: [{ field: 'from' }],
    });
  });

  it('a rewording recorded later but effective earlier is seen at the earlier date, and not as known before it was recorded', async () => {
    const before = clock.now().toISOString();
    clock.advance(24 * 60 * 60 * 1000);
    await ok('/goals/mal-1-3/rewordings', {
      title: 'Tilrettelegge for at innbygger kan utnytte egne helsedata',
      effectiveAt: '2022-01-25',
      reason: 'Backdated correction of the wording',
    });

    const title = async (query: string) =>
      (await api.get(`/strategy?${query}`)).body.themes
        .flatMap((t: { goals: { goalId: string; title: string }[] }) => t.goals)
        .find((g: { goalId: string }) => g.goalId === 'mal-1-3')?.title;
    expect(await title('at=2022-01-30')).toBe('Tilrettelegge for at innbygger kan utnytte egne helsedata');
    expect(await title(`at=2022-01-30&knownAt=${before}`)).toBe('Tilrettelegge for at innbygger har mulighet til å utnytte egne helsedata');
    expect(await title('at=2022-01-24')).toBe('Tilrettelegge for at innbygger har mulighet til å utnytte egne helsedata');
  });

  it('a write that repeats what the record says records nothing: 200, no events, the stream where it was', async () => {
    const wording = { title: 'Tilrettelegge for at innbygger kan utnytte egne helsedata', effectiveAt: '2022-01-25' };
    const history = async () => (await api.get('/goals/mal-1-3/history')).body.length;
    const before = await history();
    const again = await api.post('/goals/mal-1-3/rewordings', wording);
    expect(again).toMatchObject({ status: 200, body: { id: 'mal-1-3', streamId: 'goal-mal-1-3', events: [] } });
    expect(again.body).not.toHaveProperty('position');
    expect(await history()).toBe(before);
  });
});

describe('a goal’s history and lineage', () => {
  it('GET /goals/:id/history lists every event that touched it, with actor, dates, source and deciding sak', async () => {
    const history = (await api.get('/goals/mal-5/history')).body;
    expect(history.map((e: { type: string; streamId: string }) => `${e.type} ${e.streamId}`)).toEqual([
      'GoalDrafted goal-mal-5',
      'GoalMergedInto goal-mal-2-1',
      'GoalMergedInto goal-mal-2-2',
      'GoalPrioritised goal-mal-5',
      'MeasureAdded goal-mal-5',
    ]);
    expect(history[1]).toMatchObject({ effectiveAt: '2022-03-01', actor: 'Kari Nordmann', source: { basis: 'interpreted' } });
    // The public sees the same history without the names of those who recorded it.
    const publicHistory = (await api.get('/goals/mal-5/history', { as: 'public' })).body;
    expect(publicHistory).toHaveLength(history.length);
    expect(publicHistory[1]).toMatchObject({ effectiveAt: '2022-03-01', source: { basis: 'interpreted' } });
    expect(JSON.stringify(publicHistory)).not.toMatch(/"actor(Id)?"|Kari Nordmann/);
    expect(history[3]).toMatchObject({ decidedIn: 'nehs-2022-2' });
    expect((await api.get('/goals/mal-2-2/history')).body.map((e: { type: string }) => e.type)).toEqual([
      'GoalDrafted',
      'GoalReworded',
      'GoalDrafted',
      'GoalMergedInto',
    ]);
  });

  it('the lineage of a merged goal reaches every input merged into its change areas, with the rewording on the way', async () => {
    const up = (await api.get('/goals/mal-5/lineage?direction=up')).body;
    const ids = up.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'goal:mal-2-1',
        'goal:mal-2-2',
        'change-area:informasjon-folger-pasienten',
        'change-area:effektive-arbeidsprosesser',
        'input:i-1',
        'input:i-2',
      ]),
    );
    expect(ids).not.toContain('input:i-3');
    // An input is named by its text as registered (read from its registration in the log).
    const i1 = up.nodes.find((n: { id: string }) => n.id === 'input:i-1');
    expect(i1).toEqual({ id: 'input:i-1', kind: 'input', label: 'Pasientens opplysninger må følge pasienten' });
    expect(up.edges).toEqual(
      expect.arrayContaining([
        {
          from: 'goal:mal-2-1',
          to: 'goal:mal-5',
          kind: 'merged-into',
          sources: [expect.objectContaining({ basis: 'interpreted', documentId: 'justert-forslag-2022' })],
        },
        expect.objectContaining({ from: 'change-area:effektive-arbeidsprosesser', to: 'goal:mal-2-2', kind: 'derived-from' }),
        {
          from: 'input:i-2',
          to: 'change-area:effektive-arbeidsprosesser',
          kind: 'merged-into',
          sources: [{ fact: 'InputsMergedIntoChangeArea', basis: 'unsourced' }],
        },
        expect.objectContaining({ from: 'goal:mal-2-2@1', to: 'goal:mal-2-2', kind: 'reworded-as' }),
      ]),
    );
    const down = (await api.get('/goals/mal-2-1/lineage?direction=down')).body;
    expect(down.nodes.map((n: { id: string; status?: string }) => `${n.id} ${n.status}`)).toEqual([
      'goal:mal-2-1 merged',
      'goal:mal-5 prioritised',
    ]);
    expect((await api.get('/goals/mal-9/lineage')).status).toBe(404);
  });
});

describe('the prioritisation round', () => {
  it('GET /prioritisation-rounds/:id gives allocation, tally per goal and votes per theme', async () => {
    const round = (await api.get('/prioritisation-rounds/nehs-2022-02-04')).body;
    expect(round).toMatchObject({ status: 'closed', voters: 2, allocation: { 'aktiv-medvirkning': 3, 'bedre-helsehjelp': 2 } });
    expect(round.tally).toEqual([
      { goalId: 'mal-1-3', themeCode: 'aktiv-medvirkning', votes: 3 },
      { goalId: 'mal-2-1', themeCode: 'bedre-helsehjelp', votes: 3 },
      { goalId: 'mal-2-2', themeCode: 'bedre-helsehjelp', votes: 1 },
    ]);
    expect(round.perTheme).toEqual([
      { themeCode: 'aktiv-medvirkning', allocationPerMember: 3, votes: 3 },
      { themeCode: 'bedre-helsehjelp', allocationPerMember: 2, votes: 4 },
    ]);
  });
});

describe('errors', () => {
  it('400 naming fields; 404 for unknown references; 409 for conflicts', async () => {
    const bad = await api.post('/goals', { goalId: 'Mål 1', code: 'one', title: '', themeCode: 'bedre-helsehjelp' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['code', 'goalId', 'title']);
    expect((await api.post('/goals', { goalId: 'mal-x', code: '9.9', title: 'x', themeCode: 'ukjent' })).body).toMatchObject({
      statusCode: 404,
      code: 'THEME.NOT_FOUND',
    });
    expect((await api.post('/change-areas/informasjon-folger-pasienten/inputs', { inputIds: ['i-99'] })).body).toMatchObject({
      statusCode: 404,
      code: 'INPUT.NOT_FOUND',
    });
    expect((await api.post('/goals/mal-2-1/rewordings', { title: 'x' })).body).toMatchObject({ statusCode: 409, code: 'GOAL.INACTIVE' });
    expect((await api.post('/themes', { themeCode: 'bedre-helsehjelp', name: 'x' })).body).toMatchObject({
      statusCode: 409,
      code: 'THEME.EXISTS',
    });
    const over = await api.post('/prioritisation-rounds', {
      roundId: 'r2',
      title: 'x',
      date: '2022-02-04',
      bodyId: 'nehs',
      allocation: { 'bedre-helsehjelp': 1 },
      goalIds: ['mal-5'],
    });
    expect(over.status).toBe(201);
    expect(
      (await api.post('/prioritisation-rounds/r2/votes', { memberId: 'kari', votes: [{ goalId: 'mal-5', count: 2 }] })).body,
    ).toMatchObject({
      statusCode: 400,
      code: 'ROUND.OVER_ALLOCATION',
    });
    expect((await api.get('/prioritisation-rounds/ukjent')).status).toBe(404);
  });

  it('a vote is taken only for a member of the body on the round’s date, and from a member only for itself; nothing else is recorded', async () => {
    await ok('/prioritisation-rounds', {
      roundId: 'r3',
      title: 'x',
      date: '2022-02-04',
      bodyId: 'nehs',
      allocation: { 'bedre-helsehjelp': 3 },
      goalIds: ['mal-5'],
    });
    const vote = (memberId: string) => ({ memberId, votes: [{ goalId: 'mal-5', count: 1 }] });
    const before = (await api.get('/events?stream=round-r3')).body.events.length;
    // Not members on 04.02.2022: unknown, an observer, one appointed later.
    for (const memberId of ['no-such-member', 'olga', 'nils'])
      expect((await api.post('/prioritisation-rounds/r3/votes', vote(memberId))).body).toMatchObject({
        statusCode: 400,
        code: 'ROUND.NOT_A_MEMBER',
        fields: [{ field: 'memberId' }],
      });
    const per = { token: await api.issue('Per', 'member', { bodyId: 'nehs', memberId: 'per' }) };
    expect((await api.post('/prioritisation-rounds/r3/votes', vote('kari'), per)).body).toMatchObject({
      statusCode: 403,
      code: 'ROUND.VOTE_FOR_ANOTHER',
    });
    expect((await api.post('/prioritisation-rounds/r3/votes', vote('per'), 'auditor')).status).toBe(403);
    expect((await api.get('/events?stream=round-r3')).body.events.length).toBe(before);

    expect((await api.post('/prioritisation-rounds/r3/votes', vote('per'), per)).status).toBe(201);
    // Posted again (a retry): counted once.
    expect(await api.post('/prioritisation-rounds/r3/votes', vote('per'), per)).toMatchObject({ status: 200, body: { events: [] } });
    const [cast] = (await api.get('/events?stream=round-r3&type=VotesCast')).body.events;
    expect(cast).toMatchObject({ data: { memberId: 'per' }, metadata: { actor: 'Per' } });
    expect(
      (await api.post('/prioritisation-rounds/r3/votes', { memberId: 'per', votes: [{ goalId: 'mal-5', count: 3 }] }, per)).body,
    ).toMatchObject({
      code: 'ROUND.OVER_ALLOCATION',
    });
  });
});

// Last: it rewords a goal the tests above read.
describe('a strategy asked for again', () => {
  /** A goal's title in the strategy at `path`, and the first prioritised goal's id there. */
  const titleIn = async (path: string, goalId: string) =>
    (await api.get(path)).body.themes
      .flatMap((t: { goals: { goalId: string; title: string }[] }) => t.goals)
      .find((g: { goalId: string }) => g.goalId === goalId)?.title;
  const prioritisedIn = async (path: string): Promise<string> => (await api.get(path)).body.prioritisedGoals[0].goalId;

  it('asked twice for a date, the strategy answers the same; a write in between is in the next answer', async () => {
    const path = '/strategy?at=2022-06-01';
    const goalId = await prioritisedIn(path);
    const before = await titleIn(path, goalId);
    expect(await titleIn(path, goalId)).toBe(before);
    await ok(`/goals/${goalId}/rewordings`, { title: `${before} (omformulert)`, effectiveAt: '2022-05-01' });
    expect(await titleIn(path, goalId)).toBe(`${before} (omformulert)`);
  });

  it('asked for today, the strategy shows a rewording recorded for a later time once that time comes, with no write between', async () => {
    const path = '/strategy';
    const goalId = await prioritisedIn(path);
    const before = await titleIn(path, goalId);
    const tomorrow = new Date(clock.now().getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await ok(`/goals/${goalId}/rewordings`, { title: `${before} (fra i morgen)`, effectiveAt: tomorrow });
    expect(await titleIn(path, goalId)).toBe(before);
    clock.advance(60 * 60 * 1000);
    expect(await titleIn(path, goalId)).toBe(before);
    clock.set(`${tomorrow}T00:00:00.000Z`);
    expect(await titleIn(path, goalId)).toBe(`${before} (fra i morgen)`);
  });
});
