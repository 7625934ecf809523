import { EventTypes, ManualClock, type Decider, type DomainEvent } from '@app/shared-kernel';
import { SqliteEventStore } from './adapters/embedded/sqlite-event-store';
import { DeciderRunner } from './decider-runner';
import { EventLog } from './event-log';
import { StreamCache } from './stream-cache';

type SakEvent =
  DomainEvent<'SakRegistered', { sakId: string; title: string }> | DomainEvent<'SakRenamed', { sakId: string; title: string }>;

/** v1 of SakRegistered called the title `tittel`; the code now reads v2. */
const v2 = EventTypes.define<SakEvent>({
  SakRegistered: { schemaVersion: 2, upcasters: { 1: ({ tittel, ...rest }) => ({ ...rest, title: tittel }) } },
  SakRenamed: 1,
});

const sakDecider: Decider<{ title: string }, SakEvent, { title?: string }> = {
  initialState: () => ({}),
  evolve: (_state, event) => ({ title: event.data.title }),
  decide: (command, state) => {
    if (command.title === state.title) throw new Error('nothing to rename');
    return [{ type: 'SakRenamed', data: { sakId: 'nehs-2022-1', title: command.title } }];
  },
};

/** The one upcast point: every read through the EventLog, on the command path and in read models alike. */
describe('a v1 event read by code at v2', () => {
  let store: SqliteEventStore;
  const clock = new ManualClock('2026-11-28T08:00:00Z');
  const context = { actor: 'sekretariatet' };

  beforeEach(async () => {
    store = new SqliteEventStore(':memory:');
    // Written by the code of v1 (no registry then): `tittel`, schema version 1.
    await new EventLog(store, clock).append(
      'sak-nehs-2022-1',
      [{ type: 'SakRegistered', data: { sakId: 'nehs-2022-1', tittel: 'Godkjenning av innkalling' }, effectiveAt: '2022-02-04' }],
      { expectedRevision: 'no_stream', context },
    );
  });
  afterEach(() => store.close());

  it('is read as v2 by a read model, while the store keeps it as written and its hash still verifies', async () => {
    const log = new EventLog(store, clock, v2);
    const cache = new StreamCache(log, ['sak-']);
    await cache.catchUp();
    expect(cache.stream('sak-nehs-2022-1')[0]).toMatchObject({
      data: { sakId: 'nehs-2022-1', title: 'Godkjenning av innkalling' },
      metadata: { schemaVersion: 2 },
    });
    expect((await store.readStream('sak-nehs-2022-1'))[0]).toMatchObject({
      data: { tittel: 'Godkjenning av innkalling' },
      metadata: { schemaVersion: 1 },
    });
    await expect(log.verify()).resolves.toMatchObject({ ok: true, eventsChecked: 1 });
  });

  it('is decided on as v2 by the command path, and the new event is written at its type’s version', async () => {
    const log = new EventLog(store, clock, v2);
    const runner = new DeciderRunner(log, { documentedAt: async () => '2022-02-04' });
    const decide = (title: string) =>
      runner.run({
        id: 'nehs-2022-1',
        streamId: 'sak-nehs-2022-1',
        decider: sakDecider,
        decision: () => ({ command: { title }, effectiveAt: '2022-02-04' }),
        provenance: {},
        context,
      });
    // The decider sees the upcast title: renaming to it is nothing new.
    await expect(decide('Godkjenning av innkalling')).rejects.toThrow('nothing to rename');
    await decide('Godkjenning av innkalling og dagsorden');
    expect((await store.readStream('sak-nehs-2022-1'))[1]).toMatchObject({ type: 'SakRenamed', metadata: { schemaVersion: 1 } });
  });

  it('refuses to append an event type the app does not define, naming the field', async () => {
    const log = new EventLog(store, clock, v2);
    await expect(
      log.append('sak-nehs-2022-1', [{ type: 'SakDeleted', data: {}, effectiveAt: '2022-02-04' }], { expectedRevision: 'any', context }),
    ).rejects.toMatchObject({ code: 'EVENT.TYPE_UNKNOWN', field: 'events[0].type' });
  });
});
