import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@app/shared-kernel';
import { EventStoreDbStandIn } from '../../../../test/eventstoredb-stand-in/stand-in-server';
import { SqliteEventStore } from '../create-event-store';
import { EventStoreDbEventStore } from '../eventstoredb';
import { EventLog } from '../event-log';
import type { EventStore } from '../port/event-store.port';
import { CHECKPOINT_EVENT, CHECKPOINT_STREAM, CheckpointSigner } from '../tamper-evidence/log-chain';
import { verifyStoredLog } from '../tamper-evidence/log-auditor';
import { anEvent } from '../../../../test/support/events';
import { SourceLogBroken, TargetLogDiffers, copyLog } from './copy-log';

/**
 * Moving a log between stores (`npm run migrate`): embedded → EventStoreDB (the stand-in, over
 * gRPC) → embedded, each event unchanged, resumable, and refused where the target is another log.
 */
const context = { actor: 'sekretariatet@ehelse.no' };
const source = { document: 'nehs-2022-1-saksdokument', locator: 's. 3', basis: 'stated' as const };
let dir: string;
let standIn: EventStoreDbStandIn;
const open: EventStore[] = [];
const embedded = (name: string) => track(new SqliteEventStore(join(dir, name)));
const track = <S extends EventStore>(store: S): S => (open.push(store), store);

/** A log of `saker` saker, each with `events` events, written in turns so streams interleave in the log order. */
async function aLog(store: EventStore, saker: number, events: number): Promise<void> {
  const log = new EventLog(store, new ManualClock('2026-11-28T12:00:00.000Z'));
  for (let revision = 0; revision < events; revision++)
    for (let sak = 1; sak <= saker; sak++)
      await log.append(
        `sak-nehs-2022-${sak}`,
        [{ type: 'Noted', data: { sak, revision, vedtak: 'x'.repeat(200) }, effectiveAt: '2022-02-04', source }],
        {
          expectedRevision: revision === 0 ? 'no_stream' : BigInt(revision - 1),
          context,
        },
      );
}

const withoutPositions = (events: Awaited<ReturnType<EventStore['readAll']>>) => events.map(({ globalPosition: _, ...rest }) => rest);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'governance-log-copy-'));
  standIn = await EventStoreDbStandIn.start();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
  await standIn.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('copies a log embedded → EventStoreDB → embedded with every event unchanged, and the copies verify with the same log hash', async () => {
  const first = embedded('first.db');
  await aLog(first, 3, 4);
  const server = track(EventStoreDbEventStore.fromConnectionString(standIn.connectionString));
  const back = embedded('back.db');

  const there = await copyLog(first, server, { pageSize: 5, maxBatch: 2 });
  const again = await copyLog(server, back);

  expect(there).toMatchObject({ read: 12, alreadyThere: 0, copied: 12 });
  expect(again).toMatchObject({ read: 12, alreadyThere: 0, copied: 12, logHash: there.logHash });
  const [original, onServer, returned] = await Promise.all([first.readAll(), server.readAll(), back.readAll()]);
  expect(withoutPositions(onServer)).toEqual(withoutPositions(original));
  expect(returned).toEqual(original);
  // The server puts events at positions of its own: nothing in the log may depend on them.
  expect(onServer.map((e) => e.globalPosition)).not.toEqual(original.map((e) => e.globalPosition));
  for (const store of [server, back])
    expect(await verifyStoredLog(store)).toMatchObject({ ok: true, logEvents: 12, logHash: there.logHash });
});

it('resumes where an interrupted copy stopped, and copies nothing twice when run again', async () => {
  const from = embedded('from.db');
  await aLog(from, 2, 5);
  const to = embedded('to.db');
  let appends = 0;
  const failing: EventStore = Object.assign(Object.create(to) as EventStore, {
    append: (...args: Parameters<EventStore['append']>) =>
      ++appends > 4 ? Promise.reject(new Error('connection lost')) : to.append(...args),
  });
  await expect(copyLog(from, failing, { maxBatch: 1 })).rejects.toThrow('connection lost');
  expect(await to.readAll()).toHaveLength(4);

  const progress: number[] = [];
  const resumed = await copyLog(from, to, { pageSize: 3, onProgress: (p) => progress.push(p.read) });
  expect(resumed).toMatchObject({ read: 10, alreadyThere: 4, copied: 6 });
  expect(progress.at(-1)).toBe(10);
  // Pages that end exactly where the log ends, on both sides.
  expect(await copyLog(from, to, { pageSize: 5 })).toMatchObject({ read: 10, alreadyThere: 10, copied: 0, sourceMovedOn: false });
  expect(withoutPositions(await to.readAll())).toEqual(withoutPositions(await from.readAll()));
  // Appended to the source since: only that is copied.
  await new EventLog(from, new ManualClock('2026-11-29T08:00:00Z')).append(
    'sak-nehs-2022-9',
    [{ type: 'Noted', data: {}, effectiveAt: '2022-03-22' }],
    {
      expectedRevision: 'no_stream',
      context,
    },
  );
  expect(await copyLog(from, to)).toMatchObject({ read: 11, alreadyThere: 10, copied: 1 });
});

it('splits a run of events the server finds too large into smaller appends', async () => {
  const from = embedded('from.db');
  await aLog(from, 1, 6);
  const server = track(EventStoreDbEventStore.fromConnectionString(standIn.connectionString));
  const sizes: number[] = [];
  const recording: EventStore = Object.assign(Object.create(server) as EventStore, {
    append: (...args: Parameters<EventStore['append']>) => (sizes.push(args[1].length), server.append(...args)),
  });
  // The stand-in refuses the whole run of 6, then the first half of 3; the halves of that go through, then the second 3.
  standIn.faults.refuseAppends = ['maximum-append-size-exceeded', 'maximum-append-size-exceeded'];
  expect(await copyLog(from, recording)).toMatchObject({ read: 6, copied: 6 });
  expect(sizes).toEqual([6, 3, 2, 1, 3]);
  expect(standIn.faults.refuseAppends).toEqual([]);
  expect(withoutPositions(await server.readAll())).toEqual(withoutPositions(await from.readAll()));
});

it('refuses a target that holds another log, and appends nothing to it', async () => {
  const from = embedded('from.db');
  await aLog(from, 2, 2);
  const other = embedded('other.db');
  await aLog(other, 1, 1);
  await expect(copyLog(from, other)).rejects.toThrow(TargetLogDiffers);
  expect(await other.readAll()).toHaveLength(1);

  // A target longer than the source is not its copy either.
  const longer = embedded('longer.db');
  await copyLog(from, longer);
  await new EventLog(longer, new ManualClock('2026-11-29T08:00:00Z')).append(
    'sak-nehs-2022-7',
    [{ type: 'Noted', data: {}, effectiveAt: '2022-03-22' }],
    {
      expectedRevision: 'no_stream',
      context,
    },
  );
  await expect(copyLog(from, longer)).rejects.toThrow(/holds more events than the source's 4/);
});

it('stops at a source whose chain is broken, naming the event, without copying past it', async () => {
  const path = join(dir, 'tampered.db');
  await aLog(track(new SqliteEventStore(path)), 1, 3);
  const db = new Database(path);
  db.prepare("UPDATE events SET data = json_set(data, '$.vedtak', 'rewritten') WHERE stream_revision = 1").run();
  db.close();
  const to = embedded('to.db');

  const copying = copyLog(embedded('tampered.db'), to);
  await expect(copying).rejects.toThrow(SourceLogBroken);
  await expect(copying).rejects.toThrow(/at event 1: The chain of stream sak-nehs-2022-1 breaks here \(data_hash_mismatch\)/);
  expect(await to.readAll()).toHaveLength(1);
});

it('says when the source was written to during the copy, and the next run copies the rest', async () => {
  const from = embedded('from.db');
  await aLog(from, 2, 3);
  const to = embedded('to.db');
  const log = new EventLog(from, new ManualClock('2026-11-29T08:00:00Z'));
  // The app writes once the copy has read to the end of the log.
  let written = false;
  const live: EventStore = Object.assign(Object.create(from) as EventStore, {
    readAll: async (options: Parameters<EventStore['readAll']>[0]) => {
      const page = await from.readAll(options);
      if (!written && options?.after !== undefined && page.length < (options.maxCount ?? Infinity)) {
        written = true;
        await log.append('sak-nehs-2022-8', [{ type: 'Noted', data: {}, effectiveAt: '2022-03-22' }], {
          expectedRevision: 'no_stream',
          context,
        });
      }
      return page;
    },
  });
  const during = await copyLog(live, to, { pageSize: 2 });
  expect(during.sourceMovedOn).toBe(true);
  expect(await copyLog(from, to)).toMatchObject({ read: 7, alreadyThere: during.read, copied: 7 - during.read, sourceMovedOn: false });
});

it('refuses to go on when the target is written to by someone else during the copy', async () => {
  const from = embedded('from.db');
  await aLog(from, 1, 3);
  const to = embedded('to.db');
  let intruded = false;
  const shared: EventStore = Object.assign(Object.create(to) as EventStore, {
    append: async (...args: Parameters<EventStore['append']>) => {
      if (!intruded && args[0] === 'sak-nehs-2022-1' && args[2].expectedRevision === 0n) {
        intruded = true;
        await to.append('sak-nehs-2022-1', [anEvent('Intruder')], { expectedRevision: 0n });
      }
      return to.append(...args);
    },
  });
  await expect(copyLog(from, shared, { maxBatch: 1 })).rejects.toThrow(/stream sak-nehs-2022-1 is at revision 1.*written to meanwhile/);
});

it("stops at a signed checkpoint the source's events do not reach, though every stream's chain holds", async () => {
  const from = embedded('from.db');
  await aLog(from, 2, 2);
  const signed = CheckpointSigner.fromFile(':memory:').sign({ events: 3, logHash: 'f'.repeat(64), position: '3' }, '2026-11-28T13:00:00Z');
  await new EventLog(from, new ManualClock('2026-11-28T13:00:00Z')).append(
    CHECKPOINT_STREAM,
    [{ type: CHECKPOINT_EVENT, data: { ...signed }, effectiveAt: signed.signedAt }],
    { expectedRevision: 'no_stream', context },
  );
  const to = embedded('to.db');
  await expect(copyLog(from, to)).rejects.toThrow(/at event 2: The checkpoint signed 2026-11-28T13:00:00Z says/);
  expect(await to.readAll()).toHaveLength(2);
});
