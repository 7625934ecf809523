import { SqliteEventStore } from './adapters/embedded/sqlite-event-store';
import type * as EventStoreDb from './adapters/eventstoredb/eventstoredb-event-store';
import type { EventStore } from './port/event-store.port';

export type EventStoreConfig =
  | { kind: 'embedded'; path: string }
  /** `deadlineMs`: how long a call may go without an answer (EVENTSTORE_DEADLINE_MS; 10 s by default). */
  | { kind: 'eventstoredb'; connectionString: string; deadlineMs?: number };

export const DEFAULT_EMBEDDED_PATH = './data/governance-log.db';

/** Picks the adapter named by configuration (`EVENT_STORE=embedded|eventstoredb`). */
export function createEventStore(config: EventStoreConfig): EventStore {
  switch (config.kind) {
    case 'embedded':
      return new SqliteEventStore(config.path);
    case 'eventstoredb': {
      // Loaded only when it is the store: its gRPC client takes ~0.1 s of every start on the embedded one.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { EventStoreDbEventStore } = require('./adapters/eventstoredb/eventstoredb-event-store') as typeof EventStoreDb;
      return EventStoreDbEventStore.fromConnectionString(config.connectionString, config.deadlineMs);
    }
    default: {
      const _exhaustive: never = config;
      throw new Error(`Unknown event store ${JSON.stringify(_exhaustive)}`);
    }
  }
}

export { SqliteEventStore };
