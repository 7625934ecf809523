import type { RecordedEventJson } from '@app/event-store';
import { importHistory } from '../../apps/api/src/history/history-importer';
import { RunningApi } from '../support/running-api';

/** The recorded history (data/history), imported into a fresh in-memory store, read back over HTTP. */
const api = new RunningApi(() => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: ':memory:' }));

async function allEvents(): Promise<RecordedEventJson[]> {
  const events: RecordedEventJson[] = [];
  let from = '';
  for (;;) {
    const page = (await api.get(`/events?limit=1000${from}`)).body;
    events.push(...page.events);
    if (!page.next) return events;
    from = `&from=${page.next}`;
  }
}

let first: Awaited<ReturnType<typeof importHistory>>;

beforeAll(async () => {
  await api.start();
  first = await importHistory(api.app);
});
afterAll(() => api.app?.close());

describe('the recorded history', () => {
  it('imports every step through the API', () => {
    expect(first.files).toBe(11);
    expect(first.alreadyRecorded).toBe(0);
    expect(first.applied).toBeGreaterThan(150);
  });

  it('the strategy on 2022-02-03: 4 themes, 28 draft goals as worded for the meeting of 04.02.2022, 400 inputs', async () => {
    const strategy = (await api.get('/strategy?at=2022-02-03')).body;
    expect(strategy.themes.map((t: { name: string }) => t.name)).toEqual(['AKTIV MEDVIRKNING', 'BEDRE HELSEHJELP', 'TEKNOLOGISTØTTET TJENESTEINNOVASJON', 'STYRKET GJENNOMFØRINGSKRAFT']);
    const goals = strategy.themes.flatMap((t: { goals: { code: string; title: string }[] }) => t.goals);
    expect(goals).toHaveLength(28);
    expect(goals.map((g: { code: string }) => g.code).slice(0, 7)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '2.1']);
    expect(goals.find((g: { code: string }) => g.code === '2.2').title).toBe('Videreutvikle teknologi for effektive arbeidsprosesser');
    expect(goals.find((g: { code: string }) => g.code === '3.3').title).toBe('Videreutvikle arenafleksible helse- og omsorgstjenester der pasienten er');
    expect(strategy.vision).toBe('Sammen om helhetlige, trygge og nyskapende tjenester som fremmer helse og mestring');
    expect(strategy.principles.map((p: { name: string }) => p.name)).toEqual(['HELHETLIGE', 'TRYGGE', 'NYSKAPENDE']);
    expect(strategy.funnel).toEqual({ workshops: 1, inputs: 400, changeAreas: 26, draftGoals: 28, prioritisedGoals: 0 });
  });

  it('the slides of 04.02.2022 reword some goals; after the adjusted proposal the 6 prioritised goals stand', async () => {
    const diff = (await api.get('/strategy/diff?from=2022-02-03&to=2022-02-04')).body;
    expect(diff.reworded.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['2.2', '3.3']));
    const after = (await api.get('/strategy?at=2022-06-01')).body;
    expect(after.prioritisedGoals.map((g: { code: string; title: string }) => `${g.code} ${g.title}`)).toEqual([
      '1 SAMARBEID FOR Å NÅ MÅLENE',
      '2 ENKEL OG TRYGG HVERDAG',
      '3 AKTIV MEDVIRKNING',
      '4 NYSKAPENDE HELSETJENESTE',
      '5 HELHETLIG DIGITAL SAMHANDLING',
      '6 STYRKET GJENNOMFØRINGSKRAFT',
    ]);
    expect(after.funnel).toMatchObject({ inputs: 400, draftGoals: 0, prioritisedGoals: 6 });
    const five = (await api.get('/goals/mal-5?at=2022-06-01')).body;
    expect(five.hvorErVi).toMatch(/^\S/);
    expect(five.dependsOn).toEqual(['mal-1', 'mal-2', 'mal-6']);
    expect(five.measures[0]).toMatchObject({ measureCode: '5.1' });
    expect(five.linkedItems.filter((i: { kind: string }) => i.kind === 'portfolio').map((i: { name: string }) => i.name)).toContain('Helseplattformen');
    const lineage = (await api.get('/goals/mal-5/lineage?direction=up')).body;
    expect(lineage.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(['goal:mal-2-1', 'change-area:pasientinformasjon']));
  });

  it('the vedtak register holds 40/21, 27/21 and 20/21 with the wording of 002', async () => {
    const register = (await api.get('/decisions?body=nehs&year=2021')).body;
    expect(register.map((r: { number: string; meetingDate: string }) => `${r.number} ${r.meetingDate}`)).toEqual(['40/21 2021-12-09', '27/21 2021-09-22', '20/21 2021-06-10']);
    expect(register[0].vedtak).toBe(
      'Nasjonalt e-helsestyre gir sin anbefaling til visjon og ber i tillegg Direktoratet for e-helse ta med seg innspill til evalueringsprinsipper i det videre strategiarbeidet.',
    );
    expect(register[1]).toMatchObject({ differsFromProposal: true, proposal: 'Nasjonalt e-helsestyre ber Direktoratet for e-helse ta med seg innspill mottatt i møtet i det videre arbeidet med nasjonal e-helsestrategi.' });
  });

  it('the findings report shows the graded findings and their follow-up', async () => {
    const report = (await api.get('/findings/report?at=2022-02-04')).body;
    expect(report.reports[0].findings.map((f: { gradeLabel: string }) => f.gradeLabel)).toEqual([
      'Alvorlig',
      'Sterkt kritikkverdig',
      'Sterkt kritikkverdig',
      'Sterkt kritikkverdig',
      'Sterkt kritikkverdig',
      'Kritikkverdig',
    ]);
    expect(report.reports[0].findings[0].assignments[0]).toMatchObject({ assignmentId: 'pasientens-legemiddelliste', status: 'in_progress', reportedIn: 'nehs-2021-25' });
  });

  it('every event carries its source and whether the source states it or the recorder interpreted it', async () => {
    const events = await allEvents();
    expect(events.length).toBe(first.applied + events.filter((e) => e.metadata.actor !== 'importer (data/history)').length);
    for (const event of events) {
      expect(event.metadata.source).toEqual(expect.objectContaining({ document: expect.stringMatching(/^00\d_[0-9a-f]{16}\.txt$/), basis: expect.stringMatching(/^(stated|interpreted)$/) }));
    }
    expect(events.filter((e) => e.metadata.source?.basis === 'interpreted').every((e) => e.metadata.source?.note)).toBe(true);
  });

  it('importing twice writes nothing the second time', async () => {
    const before = (await allEvents()).length;
    const again = await importHistory(api.app);
    expect(again).toEqual({ files: 11, applied: 0, alreadyRecorded: first.applied });
    expect((await allEvents()).length).toBe(before);
  });
});
