import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@app/shared-kernel';
import { SqliteEventStore } from '../adapters/embedded/sqlite-event-store';
import { EventLog } from '../event-log';
import { ReadModelRegistry } from '../read-model-registry';
import { StreamCache } from '../stream-cache';
import { CatchUpProjection } from './catch-up-projection';
import { ProjectionStore, type ProjectionTables } from './projection-store';

/**
 * A read model kept between restarts: what it kept comes back from the projection store, and
 * only the log's tail after its checkpoint is read; a new version of its code, or a log that
 * no longer holds what it kept, makes it read the whole log again.
 */
describe('a kept projection (StreamCache with KeptRecords) on the embedded store', () => {
  let dir: string;
  let store: SqliteEventStore;
  let log: EventLog;
  const context = { actor: 'sekretariatet' };
  const record = (streamId: string, type: string) =>
    log.append(streamId, [{ type, data: { streamId }, effectiveAt: '2022-02-04' }], { expectedRevision: 'any', context });
  const restart = (version = 1) => {
    const projections = new ProjectionStore(join(dir, 'projections.db'));
    return { projections, cache: new StreamCache(log, ['sak-'], undefined, projections.kept('governance', version)) };
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kept-projection-'));
    store = new SqliteEventStore(join(dir, 'log.db'));
    log = new EventLog(store, new ManualClock('2026-11-28T08:00:00Z'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given a caught-up projection, when the app restarts, it takes back its events and reads only the tail', async () => {
    await record('sak-1', 'SakRegistered');
    await record('goal-1', 'GoalDrafted');
    await record('sak-2', 'SakRegistered');
    const first = restart();
    await first.cache.catchUp();
    first.projections.close();
    await record('sak-1', 'DecisionAdopted');

    const second = restart();
    const reads = jest.spyOn(store, 'readStreams');
    await second.cache.catchUp();
    expect(second.cache.all().map((e) => `${e.streamId} ${e.type}`)).toEqual([
      'sak-1 SakRegistered',
      'sak-2 SakRegistered',
      'sak-1 DecisionAdopted',
    ]);
    // The first read starts after the checkpoint (the third event of the log), not at the start.
    expect(reads.mock.calls[0][0].after).toBe(3n);
    expect(second.projections.status()).toEqual([{ name: 'governance', version: 1, position: '4', records: 3 }]);
    second.projections.close();
  });

  it('given a projection whose streams have no events yet, when the app restarts, it still reads only the tail', async () => {
    await record('goal-1', 'GoalDrafted');
    const first = restart();
    await first.cache.catchUp();
    first.projections.close();
    await record('goal-2', 'GoalDrafted');

    const second = restart();
    const reads = jest.spyOn(store, 'readStreams');
    await second.cache.catchUp();
    expect(reads.mock.calls[0][0].after).toBe(1n);
    expect(second.cache.all()).toEqual([]);
    second.projections.close();
  });

  it('given a new version of the projection, when the app restarts, it forgets what it kept and reads the whole log', async () => {
    await record('sak-1', 'SakRegistered');
    const first = restart(1);
    await first.cache.catchUp();
    first.projections.close();

    const second = restart(2);
    const reads = jest.spyOn(store, 'readStreams');
    await second.cache.catchUp();
    expect(reads.mock.calls[0][0].after).toBeUndefined();
    expect(second.cache.all()).toHaveLength(1);
    expect(second.projections.status()).toEqual([{ name: 'governance', version: 2, position: '1', records: 1 }]);
    second.projections.close();
  });

  it('given a log that no longer holds the last kept event, when the app restarts, it rebuilds from that log', async () => {
    await record('sak-1', 'SakRegistered');
    const first = restart();
    await first.cache.catchUp();
    first.projections.close();
    // Another log under the same projection store: same positions, other events.
    await store.close();
    rmSync(join(dir, 'log.db'));
    store = new SqliteEventStore(join(dir, 'log.db'));
    log = new EventLog(store, new ManualClock('2026-11-28T08:00:00Z'));
    await record('sak-9', 'SakRegistered');

    const second = restart();
    await second.cache.catchUp();
    expect(second.cache.all().map((e) => e.streamId)).toEqual(['sak-9']);
    second.projections.close();
  });

  it('given a projection kept in tables of its own, its rows move with its checkpoint, and a new version drops and remakes them', async () => {
    /** A projection whose state is one table of the positions of its events. */
    const inTables = (version: number) => {
      const projections = new ProjectionStore(join(dir, 'projections.db'));
      const { kept, tables } = projections.keptInTables<
        { globalPosition: bigint },
        ProjectionTables<{ globalPosition: bigint }> & { rows(): number[] }
      >('positions', version, (db) => ({
        tables: ['test_positions'],
        create: () => db.exec('CREATE TABLE IF NOT EXISTS test_positions (position INTEGER PRIMARY KEY)'),
        write: (records) => records.forEach((r) => db.prepare('INSERT INTO test_positions VALUES (?)').run(r.globalPosition)),
        count: () => db.prepare('SELECT count(*) FROM test_positions').pluck().get() as number,
        rows: () => db.prepare('SELECT position FROM test_positions').pluck().all() as number[],
        rolledBack: () => undefined,
      }));
      const taken: bigint[] = [];
      const projection = new CatchUpProjection(
        log,
        ['sak-'],
        { recordsOf: (events) => events, take: (records) => taken.push(...records.map((r) => r.globalPosition)) },
        kept,
      );
      return { projections, tables, projection, taken };
    };
    await record('sak-1', 'SakRegistered');
    await record('goal-1', 'GoalDrafted');
    const first = inTables(1);
    await first.projection.catchUp();
    expect(first.tables.rows()).toEqual([1]);
    first.projections.close();
    await record('sak-2', 'SakRegistered');

    const second = inTables(1);
    await second.projection.catchUp();
    // Nothing is taken back into memory (only the new record is taken); the tail is written beside what was kept.
    expect([second.taken, second.tables.rows()]).toEqual([[3n], [1, 3]]);
    expect(second.projections.status()).toEqual([{ name: 'positions', version: 1, position: '3', records: 2 }]);
    second.projections.close();

    const third = inTables(2);
    const reads = jest.spyOn(store, 'readStreams');
    await third.projection.catchUp();
    expect(reads.mock.calls[0][0].after).toBeUndefined();
    expect(third.tables.rows()).toEqual([1, 3]);
    expect(third.projections.clear(['positions'])).toEqual(['positions']);
    expect(third.tables.rows()).toEqual([]);
    third.projections.close();
  });

  it('given a page whose write fails, nothing of it is taken and the next catch-up reads it again', async () => {
    const projections = new ProjectionStore(join(dir, 'projections.db'));
    const cache = new StreamCache(log, ['sak-'], undefined, projections.kept('governance', 1));
    await record('sak-1', 'SakRegistered');
    await cache.catchUp();
    await record('sak-2', 'SakRegistered');
    // The projection store refuses one write (a full disk, a lock held too long).
    const failing = projections.kept('governance', 1);
    const once = new StreamCache(log, ['sak-'], undefined, {
      ...failing,
      keep: jest
        .fn()
        .mockImplementationOnce(() => {
          throw new Error('SQLITE_FULL');
        })
        .mockImplementation(failing.keep),
    });
    await expect(once.catchUp()).rejects.toThrow('SQLITE_FULL');
    // What was kept before came back; the page that was not kept was not taken.
    expect([once.all().map((e) => e.streamId), once.readTo]).toEqual([['sak-1'], 1n]);
    await once.catchUp();
    expect(once.all().map((e) => e.streamId)).toEqual(['sak-1', 'sak-2']);
    expect(once.readTo).toBe(2n);
    projections.close();
  });

  it('given a registry, when only some read models are caught up (a rebuild by name), the others are untouched and it is not ready', async () => {
    await record('sak-1', 'SakRegistered');
    const registry = new ReadModelRegistry();
    registry.register(new StreamCache(log, ['sak-']).asReadModel('governance'));
    registry.register(new StreamCache(log, ['goal-']).asReadModel('strategy'));
    expect((await registry.warmUp(['governance'])).map((t) => t.name)).toEqual(['governance']);
    expect(registry.all().map((m) => m.position())).toEqual([1n, undefined]);
    expect(registry.isWarm).toBe(false);
    await registry.warmUp();
    expect(registry.isWarm).toBe(true);
  });

  it('given a registry following the log live, when an event is appended, the read model reads it without being asked', async () => {
    const cache = new StreamCache(log, ['sak-']);
    const registry = new ReadModelRegistry();
    registry.register(cache.asReadModel('governance'));
    await registry.warmUp();
    registry.followLive(store, (error) => {
      throw error;
    });
    const { position } = await record('sak-1', 'SakRegistered');
    for (let i = 0; i < 100 && registry.all()[0].position() !== position; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(registry.all()[0].position()).toBe(position);
    expect(cache.stream('sak-1')).toHaveLength(1);
    await registry.close();
  });

  it('given a log of many pages, when it is caught up and later taken back, the process serves other work between pages', async () => {
    // 12,000 events of many streams (three pages of 5,000), each a page's worth of rows in the store.
    for (let i = 0; i < 24; i++) {
      const events = Array.from({ length: 500 }, () => ({ type: 'SakRegistered', data: { i }, effectiveAt: '2022-02-04' }));
      await log.append(`sak-${i}`, events, { expectedRevision: 'no_stream', context });
    }
    /** Counts the event loop's turns while `work` runs: none if it holds the process to the end. */
    const turnsDuring = async (work: () => Promise<void>) => {
      let turns = 0;
      let ticking = true;
      const tick = () => {
        turns++;
        if (ticking) setImmediate(tick);
      };
      setImmediate(tick);
      await work();
      ticking = false;
      return turns;
    };
    const first = restart();
    expect(await turnsDuring(() => first.cache.catchUp())).toBeGreaterThanOrEqual(2);
    first.projections.close();
    const second = restart();
    expect(await turnsDuring(() => second.cache.catchUp())).toBeGreaterThanOrEqual(2);
    expect(second.cache.all()).toHaveLength(12_000);
    second.projections.close();
  });
});
