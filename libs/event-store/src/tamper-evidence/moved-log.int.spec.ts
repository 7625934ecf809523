import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@app/shared-kernel';
import { EventStoreDbStandIn } from '../../../../test/eventstoredb-stand-in/stand-in-server';
import { SqliteEventStore } from '../create-event-store';
import { EventStoreDbEventStore } from '../eventstoredb';
import { EventLog } from '../event-log';
import { copyLog } from '../migration/copy-log';
import type { EventStore } from '../port/event-store.port';
import { KeptChain } from './kept-chain';
import { CheckpointSigner } from './log-chain';
import { LogAuditor } from './log-auditor';

/**
 * What the app verified of a log (the kept chain, at the store's positions), met again after the
 * log was copied into a store that puts its events at other positions (`npm run migrate`).
 */
const clock = new ManualClock('2026-11-28T12:00:00.000Z');
let dir: string;
let standIn: EventStoreDbStandIn;
let original: SqliteEventStore;
let moved: EventStoreDbEventStore;

const auditorOf = (store: EventStore, kept: KeptChain) =>
  new LogAuditor(store, kept, CheckpointSigner.fromFile(':memory:'), clock, () => Promise.reject(new Error('signs nothing')));

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'governance-log-moved-'));
  standIn = await EventStoreDbStandIn.start();
  original = new SqliteEventStore(join(dir, 'original.db'));
  const log = new EventLog(original, clock);
  // More than two pages of the auditor's reads (100 events each).
  for (let i = 0; i < 250; i++)
    await log.append(`sak-${i % 7}`, [{ type: 'Noted', data: { i }, effectiveAt: '2022-02-04' }], {
      expectedRevision: 'any',
      context: { actor: 'sekretariatet' },
    });
  const kept = new KeptChain(join(dir, 'audit.db'));
  expect(await auditorOf(original, kept).verify('new')).toMatchObject({ ok: true, logEvents: 250 });
  kept.close();
  moved = EventStoreDbEventStore.fromConnectionString(standIn.connectionString);
  await copyLog(original, moved);
});

afterEach(async () => {
  await Promise.all([original.close(), moved.close()]);
  await standIn.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('given the log in another store, compares it whole with what was kept once, then verifies only what is new', async () => {
  const kept = new KeptChain(join(dir, 'audit.db'));
  const auditor = auditorOf(moved, kept);
  expect(await auditor.verify('new')).toMatchObject({ ok: true, scope: 'full', logEvents: 250, eventsChecked: 250 });
  expect(await auditor.verify('new')).toMatchObject({ ok: true, scope: 'new', logEvents: 250 });
  const [first] = await moved.readAll({ maxCount: 1 });
  expect(kept.from(0, 1)[0].position).toBe(first.globalPosition);
  kept.close();
});

it('given that comparison cut short by the store, takes the log as moved again next time, not as broken', async () => {
  const kept = new KeptChain(join(dir, 'audit.db'));
  // The store fails the read of the second page, after the first page's places were kept at their new positions.
  const failing: EventStore = Object.assign(Object.create(moved) as EventStore, {
    readAll: (options: Parameters<EventStore['readAll']>[0]) =>
      options?.after !== undefined ? Promise.reject(new Error('connection lost')) : moved.readAll(options),
  });
  await expect(auditorOf(failing, kept).verify('new')).rejects.toThrow('connection lost');

  expect(await auditorOf(moved, kept).verify('new')).toMatchObject({ ok: true, scope: 'full', logEvents: 250 });
  expect(kept.firstBreak()).toBeUndefined();
  kept.close();
});
