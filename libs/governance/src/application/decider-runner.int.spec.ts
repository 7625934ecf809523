import { EventLog, SqliteEventStore } from '@app/event-store';
import { ManualClock, deferred } from '@app/shared-kernel';
import { sakDecider, type SakCommand } from '../domain/sak.decider';
import { meetingDecider } from '../domain/meeting.decider';
import { DeciderRunner, type Decision } from '@app/event-store';

/**
 * The race the HTTP test cannot force: both requests have read the stream before either
 * appends. A barrier holds each decision until both have loaded. One runner takes a stream's
 * commands in turn, so the racers are runners of their own, as two processes on one log are.
 */
describe('DeciderRunner under a race', () => {
  let store: SqliteEventStore;
  let runners: DeciderRunner[];
  const context = { actor: 'sekretariatet' };
  const meeting = meetingDecider.evolve(meetingDecider.initialState(), {
    type: 'MeetingScheduled',
    data: { meetingId: 'nehs-2022-1', bodyId: 'nehs', number: '1/22', date: '2022-02-04', kind: 'extra' },
  });

  beforeEach(() => {
    store = new SqliteEventStore(':memory:');
    runners = [1, 2].map(
      () => new DeciderRunner(new EventLog(store, new ManualClock('2026-11-25T12:00:00Z')), { documentedAt: async () => '2021-01-01' }),
    );
  });
  afterEach(() => store.close());

  function racing(commands: SakCommand[], effectiveAt: string) {
    const loaded = commands.map(() => deferred());
    const bothLoaded = Promise.all(loaded.map((l) => l.promise));
    return Promise.allSettled(
      commands.map((command, i) =>
        runners[i].run({
          id: 'nehs-2022-2',
          streamId: 'sak-nehs-2022-2',
          decider: sakDecider,
          decision: async (): Promise<Decision<SakCommand>> => {
            loaded[i].resolve();
            await bothLoaded;
            return { command, effectiveAt };
          },
          provenance: {},
          context,
        }),
      ),
    );
  }

  const register = (title: string): SakCommand => ({
    type: 'RegisterSak',
    data: { sakId: 'nehs-2022-2', number: '2/22', title, sakstype: 'drofting', attachments: [] },
    meeting,
  });

  it('two registrations of one number: one wins, the other is told the number is taken', async () => {
    const [first, second] = await racing([register('Først'), register('Andre')], '2022-02-04');
    expect([first.status, second.status].sort()).toEqual(['fulfilled', 'rejected']);
    const lost = [first, second].find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect(lost.reason).toMatchObject({ code: 'SAK.NUMBER_TAKEN' });
    expect(await store.readStream('sak-nehs-2022-2')).toHaveLength(1);
  });

  it('two vedtak on one sak at once: one wins; the other, decided again on the sak as it now is, is refused by the decider', async () => {
    await racing([register('Sak')], '2022-02-04');
    const adopt = (text: string): SakCommand => ({ type: 'AdoptDecision', data: { text, adoptedOn: '2022-02-04' } });
    const results = await racing([adopt('A'), adopt('B')], '2022-02-04');
    const lost = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(lost.reason).toMatchObject({ kind: 'conflict', code: 'VEDTAK.ALREADY_ADOPTED' });
    expect((await store.readStream('sak-nehs-2022-2')).map((e) => e.type)).toEqual(['SakRegistered', 'DecisionAdopted']);
  });

  it('a vedtak and an attachment at once: both stand, the second decided again after the first', async () => {
    await racing([register('Sak')], '2022-02-04');
    const results = await racing(
      [
        { type: 'AdoptDecision', data: { text: 'Vedtatt', adoptedOn: '2022-02-04' } },
        { type: 'AddAttachment', data: { attachment: { name: 'Vedlegg 1' } } },
      ],
      '2022-02-04',
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect((await store.readStream('sak-nehs-2022-2')).map((e) => e.type).sort()).toEqual([
      'AttachmentAdded',
      'DecisionAdopted',
      'SakRegistered',
    ]);
    await expect(new EventLog(store, new ManualClock('2026-11-25T12:00:00Z')).verify()).resolves.toMatchObject({ ok: true });
  });
});

describe('DeciderRunner snapshots', () => {
  let store: SqliteEventStore;
  const clock = new ManualClock('2026-11-25T12:00:00Z');
  const context = { actor: 'sekretariatet' };
  const newRunner = () => new DeciderRunner(new EventLog(store, clock), { documentedAt: async () => '2021-01-01' });
  const meeting = meetingDecider.evolve(meetingDecider.initialState(), {
    type: 'MeetingScheduled',
    data: { meetingId: 'nehs-2022-1', bodyId: 'nehs', number: '1/22', date: '2022-02-04', kind: 'extra' },
  });
  /** Runs a command on sak 2/22; `recording` adds to who records it (an idempotency key, If-Match). */
  const run = (runner: DeciderRunner, command: SakCommand, recording: object = {}) =>
    runner.run({
      id: 'nehs-2022-2',
      streamId: 'sak-nehs-2022-2',
      decider: sakDecider,
      decision: (): Decision<SakCommand> => ({ command, effectiveAt: '2022-02-04' }),
      provenance: {},
      context: { ...context, ...recording },
    });
  const register: SakCommand = {
    type: 'RegisterSak',
    data: { sakId: 'nehs-2022-2', number: '2/22', title: 'Sak', sakstype: 'drofting', attachments: [] },
    meeting,
  };
  const adopt = (text: string): SakCommand => ({ type: 'AdoptDecision', data: { text, adoptedOn: '2022-02-04' } });

  beforeEach(() => {
    store = new SqliteEventStore(':memory:');
  });
  afterEach(() => store.close());

  it('given a stream it has decided on, when it decides again, it reads only the events after its snapshot', async () => {
    const runner = newRunner();
    await run(runner, register);
    await run(runner, { type: 'AddAttachment', data: { attachment: { name: 'Vedlegg 1' } } });
    const reads = jest.spyOn(store, 'readStream');
    await run(runner, adopt('Vedtatt'));
    expect(reads.mock.calls.map(([streamId, options]) => [streamId, options?.fromRevision])).toEqual([['sak-nehs-2022-2', 2n]]);
    await expect(new EventLog(store, clock).verify()).resolves.toMatchObject({ ok: true, eventsChecked: 3 });
  });

  it('given another writer appended after its snapshot, when it decides, it decides on that write too', async () => {
    const [mine, other] = [newRunner(), newRunner()];
    await run(mine, register);
    await run(other, adopt('Vedtatt av den andre'));
    await expect(run(mine, adopt('Vedtatt'))).rejects.toMatchObject({ code: 'VEDTAK.ALREADY_ADOPTED' });
    await run(mine, { type: 'AddAttachment', data: { attachment: { name: 'Vedlegg 1' } } });
    expect((await store.readStream('sak-nehs-2022-2')).map((e) => e.type)).toEqual(['SakRegistered', 'DecisionAdopted', 'AttachmentAdded']);
    await expect(new EventLog(store, clock).verify()).resolves.toMatchObject({ ok: true });
  });

  describe('idempotency keys and If-Match', () => {
    const keyed = (key: string, requestHash: string) => ({ ...context, actorId: 'token:1', idempotency: { key, requestHash } });
    const attach = (name: string): SakCommand => ({ type: 'AddAttachment', data: { attachment: { name } } });

    it('given a write another runner recorded with a key, when the same request comes again with it, it is answered from the log', async () => {
      const [first, second] = [newRunner(), newRunner()];
      await run(first, register);
      const written = await run(first, attach('Vedlegg 1'), keyed('k1', 'h1'));
      await expect(run(second, attach('Vedlegg 1'), keyed('k1', 'h1'))).resolves.toEqual(written);
      expect(await store.readStream('sak-nehs-2022-2')).toHaveLength(2);
    });

    it('given a key recorded with one request, when another request comes with it, it is refused (422) and nothing is written', async () => {
      const runner = newRunner();
      await run(runner, register);
      await run(runner, attach('Vedlegg 1'), keyed('k1', 'h1'));
      await expect(run(newRunner(), attach('Vedlegg 2'), keyed('k1', 'h2'))).rejects.toMatchObject({
        kind: 'unprocessable',
        code: 'IDEMPOTENCY.KEY_REUSED',
      });
      expect(await store.readStream('sak-nehs-2022-2')).toHaveLength(2);
    });

    it('given a key older than keys are kept, when it comes again, the command is decided as a new one', async () => {
      const runner = new DeciderRunner(new EventLog(store, clock), { documentedAt: async () => '2021-01-01' }, 60_000);
      await run(runner, register);
      await run(runner, attach('Vedlegg 1'), keyed('k1', 'h1'));
      clock.advance(60_001);
      await expect(run(runner, attach('Vedlegg 1'), keyed('k1', 'h1'))).rejects.toMatchObject({ code: 'SAK.ATTACHMENT_EXISTS' });
    });

    it('given the stream moved past the revision in If-Match, when the command comes, it is refused (412), not decided again', async () => {
      const [mine, other] = [newRunner(), newRunner()];
      await run(mine, register);
      await run(other, attach('Vedlegg 1'));
      await expect(run(mine, adopt('Vedtatt'), { ifMatch: [0n] })).rejects.toMatchObject({
        kind: 'precondition_failed',
        details: { field: 'If-Match', actual: '1' },
      });
      await expect(run(mine, adopt('Vedtatt'), { ifMatch: [1n] })).resolves.toMatchObject({ revision: '2' });
    });
  });
});
