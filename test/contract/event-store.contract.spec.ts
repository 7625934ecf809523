import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@app/event-store';
import { EventStoreDbEventStore } from '@app/event-store/eventstoredb';
import { EventStoreDbStandIn } from '../eventstoredb-stand-in/stand-in-server';
import { eventStoreContract } from './event-store.contract';

/**
 * The one store contract, run against every adapter:
 *   - the embedded SQLite store, on a file and in memory;
 *   - the EventStoreDB adapter through the real @eventstore/db-client over real gRPC, against
 *     the wire-compatible stand-in, once with BatchAppend advertised (as every server since
 *     21.10) and once without (the legacy Append path);
 *   - the EventStoreDB adapter against a real server when EVENTSTORE_CONNECTION_STRING is set
 *     (`npm run test:eventstoredb`).
 */
const dir = mkdtempSync(join(tmpdir(), 'governance-log-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
eventStoreContract('embedded (SQLite file)', async () => new SqliteEventStore(join(dir, `store-${files++}.db`)));
eventStoreContract('embedded (in memory)', async () => new SqliteEventStore(':memory:'));

for (const batchAppend of [true, false]) {
  describe(`EventStoreDB stand-in (${batchAppend ? 'BatchAppend' : 'legacy Append'})`, () => {
    let standIn: EventStoreDbStandIn;
    beforeAll(async () => {
      standIn = await EventStoreDbStandIn.start({ batchAppend });
    });
    afterAll(async () => {
      // The append path this block claims to cover is the one the client took.
      expect(standIn.calls.batchAppend > 0).toBe(batchAppend);
      expect(standIn.calls.append > 0).toBe(!batchAppend);
      await standIn.stop();
    });

    eventStoreContract(`eventstoredb via stand-in, ${batchAppend ? 'BatchAppend' : 'Append'}`, async () =>
      EventStoreDbEventStore.fromConnectionString(standIn.connectionString),
    );
  });
}

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
if (connectionString) {
  eventStoreContract('eventstoredb (real server)', async () => EventStoreDbEventStore.fromConnectionString(connectionString));
}
