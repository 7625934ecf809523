import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreDbEventStore, SqliteEventStore } from '@app/event-store';
import { eventStoreContract } from './event-store.contract';

const dir = mkdtempSync(join(tmpdir(), 'governance-log-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
eventStoreContract('embedded (SQLite file)', async () => new SqliteEventStore(join(dir, `store-${files++}.db`)));
eventStoreContract('embedded (in memory)', async () => new SqliteEventStore(':memory:'));

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
if (connectionString) {
  eventStoreContract('eventstoredb', async () => EventStoreDbEventStore.fromConnectionString(connectionString));
} else {
  // Note: no EventStoreDB server here; `npm run test:eventstoredb` with EVENTSTORE_CONNECTION_STRING
  // runs this adapter through the same suite (see README, "EventStoreDB").
  describe.skip('event store contract: eventstoredb (needs EVENTSTORE_CONNECTION_STRING)', () => {
    it('runs the contract against EventStoreDB', () => undefined);
  });
}
