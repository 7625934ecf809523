import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreDbStandIn } from '../eventstoredb-stand-in/stand-in-server';

/**
 * Runs a scenario on each store the product runs on: the embedded store file, and EventStoreDB
 * (the stand-in, over gRPC), each with its own files in a directory of the test's own.
 * `scenario` is called at once (to declare its tests); the environment it gets is read when
 * its app starts, after the stand-in is up.
 */
export function onBothStores(name: string, scenario: (storeName: string, env: () => Record<string, string>) => void): void {
  const dir = mkdtempSync(join(tmpdir(), `governance-log-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let standIn: EventStoreDbStandIn;
  beforeAll(async () => {
    standIn = await EventStoreDbStandIn.start();
  });
  afterAll(() => standIn.stop());

  scenario('the embedded store file', () => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: join(dir, `${name}.db`) }));
  scenario('EventStoreDB (the stand-in, over gRPC)', () => eventStoreDbEnv(standIn.connectionString, dir));
}

/** The app on EventStoreDB, with the files it keeps beside the log (read models, keys, what it verified, its key) in `dir`. */
export const eventStoreDbEnv = (connectionString: string, dir: string): Record<string, string> => ({
  EVENT_STORE: 'eventstoredb',
  EVENTSTORE_CONNECTION_STRING: connectionString,
  PROJECTIONS_PATH: join(dir, 'esdb.projections.db'),
  PERSONAL_DATA_KEYS_PATH: join(dir, 'esdb.keys.db'),
  AUDIT_PATH: join(dir, 'esdb.audit.db'),
  AUDIT_SIGNING_KEY_PATH: join(dir, 'esdb.signing-key.pem'),
});
