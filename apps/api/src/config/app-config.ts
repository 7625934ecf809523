import { DEFAULT_EMBEDDED_PATH, type EventStoreConfig } from '@app/event-store';

/**
 * The environment the API reads, checked once at start-up so that a typo fails loudly:
 *   PORT                           HTTP port (default 3000)
 *   EVENT_STORE                    `embedded` (default) or `eventstoredb`
 *   EVENT_STORE_PATH               embedded store file (default ./data/governance-log.db)
 *   EVENTSTORE_CONNECTION_STRING   e.g. esdb://localhost:2113?tls=false (with EVENT_STORE=eventstoredb)
 *   PROJECTIONS_PATH               the read models' own SQLite file (default: beside the embedded store,
 *                                  `<store>.projections.db`; ./data/projections.db with EventStoreDB)
 */
export interface AppConfig {
  port: number;
  eventStore: EventStoreConfig;
  projectionsPath: string;
}

/** The projection store pairs with its log: beside the embedded file (in memory with it), or one local file. */
const defaultProjectionsPath = (eventStore: EventStoreConfig) =>
  eventStore.kind === 'eventstoredb'
    ? './data/projections.db'
    : eventStore.path === ':memory:'
      ? ':memory:'
      : `${eventStore.path.replace(/\.db$/, '')}.projections.db`;

export function loadAppConfig(env: Record<string, string | undefined>): AppConfig {
  const problems: string[] = [];
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be a port number, got "${env.PORT}"`);

  const kind = env.EVENT_STORE || 'embedded';
  let eventStore: EventStoreConfig | undefined;
  if (kind === 'embedded') {
    eventStore = { kind, path: env.EVENT_STORE_PATH || DEFAULT_EMBEDDED_PATH };
  } else if (kind === 'eventstoredb') {
    const connectionString = env.EVENTSTORE_CONNECTION_STRING;
    if (!connectionString) problems.push('EVENTSTORE_CONNECTION_STRING is required when EVENT_STORE=eventstoredb');
    else eventStore = { kind, connectionString };
  } else {
    problems.push(`EVENT_STORE must be "embedded" or "eventstoredb", got "${kind}"`);
  }

  if (problems.length || !eventStore) throw new Error(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  return { port, eventStore, projectionsPath: env.PROJECTIONS_PATH || defaultProjectionsPath(eventStore) };
}
