import { EventStoreDbEventStore } from '@app/event-store';
import { anEvent, uniqueStream } from '../support/events';
import { EventStoreDbStandIn } from './stand-in-server';

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

  afterEach(() => {
    standIn.faults.appendWithoutPosition = false;
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
});
