import { ManualClock } from '@app/shared-kernel';
import { SqliteEventStore } from './adapters/embedded/sqlite-event-store';
import { EventLog } from './event-log';
import { WrongExpectedRevision } from './port/event-store-errors';

const context = { actor: 'sekretariatet@ehelse.no', correlationId: 'req-1' };
const source = { document: 'nehs-2022-1-saksdokument', locator: 'Vedtak på anbefalingssaker', basis: 'stated' as const };

describe('EventLog over the embedded store', () => {
  let store: SqliteEventStore;
  let clock: ManualClock;
  let log: EventLog;

  beforeEach(() => {
    store = new SqliteEventStore(':memory:');
    clock = new ManualClock('2026-11-25T12:00:00.000Z');
    log = new EventLog(store, clock);
  });
  afterEach(() => store.close());

  it('completes the envelope: recordedAt from the clock, actor, source, schema version, chained hashes', async () => {
    await log.append('sak-nehs-2021-40', [{ type: 'SakRegistered', data: { nummer: '40/21' }, effectiveAt: '2021-12-09', source }], {
      expectedRevision: 'no_stream',
      context,
    });
    clock.advance(60_000);
    await log.append('sak-nehs-2021-40', [{ type: 'DecisionAdopted', data: { vedtak: 'Visjonen anbefales' }, effectiveAt: '2021-12-09' }], {
      expectedRevision: 0n,
      context,
    });

    const [first, second] = (await log.load('sak-nehs-2021-40')).events;
    expect(first.metadata).toMatchObject({
      recordedAt: '2026-11-25T12:00:00.000Z',
      effectiveAt: '2021-12-09',
      actor: context.actor,
      source,
      schemaVersion: 1,
      correlationId: 'req-1',
    });
    expect(second.metadata.recordedAt).toBe('2026-11-25T12:01:00.000Z');
    expect(first.metadata.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(second.metadata.hash).not.toBe(first.metadata.hash);
    await expect(log.verify()).resolves.toEqual({ ok: true, eventsChecked: 2, streamsChecked: 1 });
  });

  it('keeps the cited document’s date as documentedAt (in the chain), unless it lies after the recording', async () => {
    await log.append(
      'sak-nehs-2021-40',
      [{ type: 'DecisionAdopted', data: { vedtak: 'Visjonen anbefales' }, effectiveAt: '2021-12-09', source, documentedAt: '2022-02-04' }],
      {
        expectedRevision: 'no_stream',
        context,
      },
    );
    await log.append(
      'sak-nehs-2021-40',
      [{ type: 'DecisionAdopted', data: { vedtak: 'x' }, effectiveAt: '2021-12-09', source, documentedAt: '2026-12-01' }],
      { expectedRevision: 0n, context },
    );
    const [documented, future] = (await log.load('sak-nehs-2021-40')).events;
    expect(documented.metadata.documentedAt).toBe('2022-02-04');
    expect(future.metadata).not.toHaveProperty('documentedAt');
    await expect(log.verify()).resolves.toMatchObject({ ok: true });
  });

  it('chains correctly with "any" and "stream_exists", and across several streams', async () => {
    await log.append('a', [{ type: 'X', data: {}, effectiveAt: '2022-01-01' }], { expectedRevision: 'any', context });
    await log.append('b', [{ type: 'X', data: {}, effectiveAt: '2022-01-01' }], { expectedRevision: 'any', context });
    await log.append(
      'a',
      [
        { type: 'Y', data: {}, effectiveAt: '2022-01-02' },
        { type: 'Z', data: {}, effectiveAt: '2022-01-02' },
      ],
      {
        expectedRevision: 'stream_exists',
        context,
      },
    );
    await expect(log.verify(2)).resolves.toEqual({ ok: true, eventsChecked: 4, streamsChecked: 2 });
    await expect(
      log.append('missing', [{ type: 'X', data: {}, effectiveAt: '2022-01-01' }], { expectedRevision: 'stream_exists', context }),
    ).rejects.toBeInstanceOf(WrongExpectedRevision);
  });

  it('chains a batch whose events share some metadata and differ in other (source, note, date, sak) as verify recomputes it', async () => {
    const page3 = { document: 'nehs-2022-1-saksdokument', locator: 'side 3', basis: 'stated' as const };
    const sources = [page3, { ...page3 }, { ...page3, basis: 'interpreted' as const, note: 'lest slik' }, { ...page3 }, undefined];
    await log.append(
      'workshop-nov-2021',
      sources.map((source, i) => ({
        type: 'InputsRegistered',
        data: { i },
        effectiveAt: i === 3 ? '2021-11-16' : '2021-11-15',
        ...(source ? { source } : {}),
        ...(i === 4 ? { decidedIn: 'nehs-2022-1' } : {}),
      })),
      { expectedRevision: 'no_stream', context },
    );
    await expect(log.verify(2)).resolves.toEqual({ ok: true, eventsChecked: 5, streamsChecked: 1 });
    // A source sent as null beside a real one (the API lets an optional field be null) is not a source to compare.
    await log.append(
      'workshop-nov-2021',
      [null, page3, null].map((source) => ({ type: 'InputsRegistered', data: {}, effectiveAt: '2021-11-15', source: source as never })),
      { expectedRevision: 4n, context },
    );
    await expect(log.verify(2)).resolves.toEqual({ ok: true, eventsChecked: 8, streamsChecked: 1 });
    const stored = (await log.load('workshop-nov-2021')).events.slice(0, 5);
    expect(stored.map((e) => [e.metadata.source?.note, e.metadata.effectiveAt, e.metadata.decidedIn])).toEqual([
      [undefined, '2021-11-15', undefined],
      [undefined, '2021-11-15', undefined],
      ['lest slik', '2021-11-15', undefined],
      [undefined, '2021-11-16', undefined],
      [undefined, '2021-11-15', 'nehs-2022-1'],
    ]);
  });

  it('loads an absent stream as empty at no_stream', async () => {
    await expect(log.load('nothing-here')).resolves.toEqual({ events: [], revision: 'no_stream' });
  });

  it('refuses an event without actor, with a bad date, a correction without reason or a source without basis, and writes nothing', async () => {
    const ok = { type: 'X', data: {}, effectiveAt: '2022-02-04' };
    const cases: [Parameters<EventLog['append']>[1], string, string][] = [
      [[ok], '', 'actor'],
      [[{ ...ok, effectiveAt: '04.02.2022' }], context.actor, 'events[0].effectiveAt'],
      [[ok, { ...ok, corrects: 'some-event-id' }], context.actor, 'events[1].reason'],
      [[{ ...ok, source: { document: '003', basis: 'guessed' as never } }], context.actor, 'events[0].source'],
      [[], context.actor, 'events'],
    ];
    for (const [events, actor, field] of cases) {
      await expect(log.append('s', events, { expectedRevision: 'any', context: { actor } })).rejects.toMatchObject({
        kind: 'validation',
        field,
      });
    }
    expect(await store.readAll()).toEqual([]);
  });
});
