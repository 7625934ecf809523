import { AppendTooLarge, EventStoreUnavailable, ReadModelRegistry, type EventStore, type ReadModel } from '@app/event-store';
import { EventStoreDbEventStore } from '@app/event-store/eventstoredb';
import { anEvent, uniqueStream } from '../support/events';
import { EventStoreDbStandIn } from './stand-in-server';

/** A read model that only remembers the last position of the log it has read. */
class LastPosition implements ReadModel {
  readonly name = 'last-position';
  private last: bigint | undefined;

  constructor(private readonly store: EventStore) {}

  async warmUp(): Promise<void> {
    const events = await this.store.readAll({ after: this.last });
    if (events.length) this.last = events[events.length - 1].globalPosition;
  }

  position(): bigint | undefined {
    return this.last;
  }

  async hasUnread(): Promise<boolean> {
    return (await this.store.readAll({ after: this.last, maxCount: 1 })).length > 0;
  }
}

/** Waits (up to 2 s) until `done` holds, and fails if it never does. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(done()).toBe(true);
}

/**
 * The EventStoreDB adapter given answers a real server may give that the happy path never
 * shows, produced by the stand-in on the wire (both append paths the client may take).
 */
describe.each([true, false])('the EventStoreDB adapter under faults (BatchAppend %s)', (batchAppend) => {
  let standIn: EventStoreDbStandIn;
  let store: EventStoreDbEventStore;

  beforeAll(async () => {
    standIn = await EventStoreDbStandIn.start({ batchAppend });
    store = EventStoreDbEventStore.fromConnectionString(standIn.connectionString);
  });

  afterAll(async () => {
    await store.close();
    await standIn.stop();
  });

  // Every fault off again; an append refusal a test armed must have been met.
  afterEach(() => {
    const left = standIn.faults.refuseAppends;
    standIn.faults.appendWithoutPosition = false;
    standIn.faults.refuseNext = [];
    standIn.faults.refuseAppends = [];
    standIn.faults.stallReads = 0;
    expect(left).toEqual([]);
  });

  it('given live subscriptions the node drops, the read models follow the log again from where they stand', async () => {
    const registry = new ReadModelRegistry();
    const model = new LastPosition(store);
    registry.register(model);
    await registry.warmUp();
    const errors: unknown[] = [];
    registry.followLive(store, (error) => errors.push(error), { firstMs: 20, maxMs: 100 });
    const first = await store.append(uniqueStream('live'), [anEvent('BeforeTheDrop')], { expectedRevision: 'no_stream' });
    await until(() => model.position() === first.position);
    expect(standIn.dropSubscriptions()).toBe(1);
    const second = await store.append(uniqueStream('live'), [anEvent('AfterTheDrop')], { expectedRevision: 'no_stream' });
    await until(() => model.position() === second.position);
    expect(errors).toEqual([expect.any(EventStoreUnavailable)]);
    await registry.close();
  });

  it('given a node that takes a read and never answers, gives it up as unavailable after the deadline, and the next read is answered', async () => {
    const impatient = EventStoreDbEventStore.fromConnectionString(standIn.connectionString, 300);
    const streamId = uniqueStream('stall');
    await impatient.append(streamId, [anEvent('Written')], { expectedRevision: 'no_stream' });
    standIn.faults.stallReads = 2;
    await expect(impatient.readStream(streamId)).rejects.toThrow(
      new EventStoreUnavailable(`EventStoreDB sent nothing for 300 ms while reading ${streamId}`),
    );
    await expect(impatient.readAll()).rejects.toThrow(/sent nothing for 300 ms while reading \$all/);
    await expect(impatient.readStream(streamId)).resolves.toMatchObject([{ type: 'Written' }]);
    await impatient.close();
  });

  it('given an append acknowledged without a position, answers with the position read back, not an error', async () => {
    const streamId = uniqueStream('no-position');
    await store.append(streamId, [anEvent('First')], { expectedRevision: 'no_stream' });
    standIn.faults.appendWithoutPosition = true;
    const result = await store.append(streamId, [anEvent('Second'), anEvent('Third')], { expectedRevision: 0n });
    const stored = await store.readStream(streamId);
    expect(result).toEqual({ nextExpectedRevision: 2n, position: stored[2].globalPosition });
    expect(stored.map((e) => e.type)).toEqual(['First', 'Second', 'Third']);
  });

  it('given a node that is not the leader, reads again on the leader it names', async () => {
    const streamId = uniqueStream('not-leader');
    await store.append(streamId, [anEvent('Written')], { expectedRevision: 'no_stream' });
    const reads = standIn.calls.read;
    standIn.faults.refuseNext = ['not-leader'];
    await expect(store.readStream(streamId)).resolves.toMatchObject([{ type: 'Written' }]);
    expect(standIn.calls.read - reads).toBe(2);
  });

  it('given "not the leader" twice (an election under way), answers unavailable, to be tried again in a second', async () => {
    standIn.faults.refuseNext = ['not-leader', 'not-leader'];
    const refused = store.readStream(uniqueStream('election'));
    await expect(refused).rejects.toBeInstanceOf(EventStoreUnavailable);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 1, message: expect.stringContaining('not the leader') });
  });

  it('given an application user without the rights it needs, answers unavailable naming the credentials, not a 500', async () => {
    standIn.faults.refuseNext = ['access-denied'];
    const refused = store.readStream(uniqueStream('denied'));
    await expect(refused).rejects.toBeInstanceOf(EventStoreUnavailable);
    await expect(refused).rejects.toMatchObject({
      message: expect.stringContaining("check the application user's credentials and rights"),
    });
  });

  // Refusals of an append: BatchAppend answers some per batch, and ends the call for others.
  it('given a node that is not the leader, appends on the leader it names, once', async () => {
    const streamId = uniqueStream('append-not-leader');
    standIn.faults.refuseAppends = ['not-leader'];
    await store.append(streamId, [anEvent('Once')], { expectedRevision: 'no_stream' });
    await expect(store.readStream(streamId)).resolves.toMatchObject([{ type: 'Once', streamRevision: 0n }]);
    expect(standIn.calls[batchAppend ? 'batchAppend' : 'append']).toBeGreaterThan(0);
    expect(standIn.calls[batchAppend ? 'append' : 'batchAppend']).toBe(0);
  });

  it('given an append over the size limit, refuses it as too large naming the limit, and nothing is written', async () => {
    const streamId = uniqueStream('too-large');
    standIn.faults.refuseAppends = ['maximum-append-size-exceeded'];
    const refused = store.append(streamId, [anEvent('Huge')], { expectedRevision: 'no_stream' });
    await expect(refused).rejects.toBeInstanceOf(AppendTooLarge);
    await expect(refused).rejects.toMatchObject({ code: 'EVENT_STORE.APPEND_TOO_LARGE', maxAppendSize: 1_048_576, streamId });
    await expect(store.readStream(streamId)).rejects.toMatchObject({ code: 'EVENT_STORE.STREAM_NOT_FOUND' });
  });

  it('given an application user without the right to write, answers unavailable naming the credentials, and nothing is written', async () => {
    const streamId = uniqueStream('append-denied');
    standIn.faults.refuseAppends = ['access-denied'];
    const refused = store.append(streamId, [anEvent('Denied')], { expectedRevision: 'no_stream' });
    await expect(refused).rejects.toBeInstanceOf(EventStoreUnavailable);
    await expect(refused).rejects.toMatchObject({
      message: expect.stringContaining("check the application user's credentials and rights"),
    });
    await expect(store.readStream(streamId)).rejects.toMatchObject({ code: 'EVENT_STORE.STREAM_NOT_FOUND' });
  });

  it('given a node that is not ready, answers unavailable, and the next append goes through', async () => {
    const streamId = uniqueStream('append-unavailable');
    standIn.faults.refuseAppends = ['unavailable'];
    await expect(store.append(streamId, [anEvent('Refused')], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(
      EventStoreUnavailable,
    );
    await store.append(streamId, [anEvent('Accepted')], { expectedRevision: 'no_stream' });
    await expect(store.readStream(streamId)).resolves.toMatchObject([{ type: 'Accepted', streamRevision: 0n }]);
  });
});
