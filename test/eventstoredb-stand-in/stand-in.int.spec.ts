import { EventStoreDBClient, excludeSystemEvents, START, type Position } from '@eventstore/db-client';
import { EventStoreUnavailable, type RecordedEvent } from '@app/event-store';
import { EventStoreDbEventStore } from '@app/event-store/eventstoredb';
import { anEvent, take, uniqueStream } from '../support/events';
import { EventStoreDbStandIn } from './stand-in-server';

/** Rejects if `promise` has not settled within `ms`: the difference between an error and a hang. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

describe('EventStoreDB stand-in, beyond the store contract', () => {
  let standIn: EventStoreDbStandIn;
  let client: EventStoreDBClient;
  let store: EventStoreDbEventStore;

  beforeEach(async () => {
    standIn = await EventStoreDbStandIn.start();
    client = EventStoreDBClient.connectionString(standIn.connectionString);
    store = new EventStoreDbEventStore(client);
  });
  afterEach(async () => {
    await store.close();
    await standIn.stop();
  });

  it('carries system events in $all, which the adapter hides while still filling its pages', async () => {
    const streams = [uniqueStream('a'), uniqueStream('b')];
    for (let i = 0; i < 10; i++) await store.append(streams[i % 2], [anEvent(`E${i}`)], { expectedRevision: 'any' });

    const raw: string[] = [];
    for await (const resolved of client.readAll({ fromPosition: START })) raw.push(resolved.event!.type);
    expect(raw).toEqual(expect.arrayContaining(['$epoch-information', '$settings', '$statsCollected']));

    const pages: RecordedEvent[][] = [];
    let after: bigint | undefined;
    for (;;) {
      const page = await store.readAll({ after, maxCount: 3 });
      pages.push(page);
      if (page.length < 3) break;
      after = page[page.length - 1].globalPosition;
    }
    expect(pages.map((p) => p.length)).toEqual([3, 3, 3, 1]);
    expect(pages.flat().map((e) => e.type)).toEqual(['E0', 'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9']);
  });

  it('sends checkpoints on a filtered $all subscription and reports stream subscriptions from an exclusive revision', async () => {
    const streamId = uniqueStream('cp');
    await store.append(streamId, [anEvent('A'), anEvent('B'), anEvent('C')], { expectedRevision: 'no_stream' });

    const checkpoints: Position[] = [];
    const filtered = client.subscribeToAll({
      fromPosition: START,
      filter: excludeSystemEvents({
        maxSearchWindow: 1,
        checkpointInterval: 1,
        checkpointReached: (_s, position) => void checkpoints.push(position),
      }),
    });
    const seen: string[] = [];
    for await (const resolved of filtered) {
      seen.push(resolved.event!.type);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['A', 'B', 'C']);
    expect(checkpoints.length).toBeGreaterThan(0);

    const fromRevision = client.subscribeToStream(streamId, { fromRevision: 0n });
    const next: string[] = [];
    for await (const resolved of fromRevision) {
      next.push(resolved.event!.type);
      if (next.length === 2) break;
    }
    expect(next).toEqual(['B', 'C']);
  });

  it('respects backpressure: pauses a subscription the client does not read, and loses nothing when it resumes', async () => {
    const streamId = uniqueStream('bp');
    const payload = 'x'.repeat(16 * 1024);
    const total = 400;
    for (let i = 0; i < total; i += 50) {
      const batch = Array.from({ length: 50 }, (_, j) => anEvent('Big', { n: i + j, payload }));
      await store.append(streamId, batch, { expectedRevision: i === 0 ? 'no_stream' : BigInt(i - 1) });
    }

    const subscription = store.subscribeToAll();
    const first = await take(subscription, 1, (e) => e.streamId === streamId);
    await within(10_000, standIn.paused()); // the server stopped writing because the client stopped reading
    const rest = await take(subscription, total - 1, (e) => e.streamId === streamId);
    await subscription.close();
    expect([...first, ...rest].map((e) => e.data.n)).toEqual(Array.from({ length: total }, (_, n) => n));
  });

  it('when the server dies mid-use, appends and subscriptions fail with a clear error instead of hanging', async () => {
    const streamId = uniqueStream('kill');
    await store.append(streamId, [anEvent('Before')], { expectedRevision: 'no_stream' });
    const subscription = store.subscribeToAll();
    await take(subscription, 1, (e) => e.streamId === streamId);
    const pending = take(subscription, 1, (e) => e.streamId === streamId);

    standIn.kill();

    await expect(within(10_000, pending)).rejects.toBeInstanceOf(EventStoreUnavailable);
    await expect(within(10_000, store.append(streamId, [anEvent('After')], { expectedRevision: 0n }))).rejects.toBeInstanceOf(
      EventStoreUnavailable,
    );
  });
});
