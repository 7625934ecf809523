import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { createEventStore, eventsInLogOrder, toJson } from '@app/event-store';
import { loadAppConfig } from './config/app-config';

const USAGE = 'Usage: npm run export -- --out <file.jsonl>';

/**
 * `npm run export`: writes the configured store's log (EVENT_STORE, EVENT_STORE_PATH,
 * EVENTSTORE_CONNECTION_STRING, as the app reads them) to a file, one event per line in log
 * order, exactly as stored (personal data sealed): with a signed checkpoint
 * (`GET /audit/checkpoints/latest`) it can be verified without the server (`npm run verify`).
 * Safe while the server runs.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  if (!values.out) throw new Error(USAGE);
  const store = createEventStore(loadAppConfig(process.env).eventStore);
  const out = createWriteStream(values.out, { flags: 'wx' });
  let count = 0;
  try {
    for await (const event of eventsInLogOrder(store)) {
      if (!out.write(`${JSON.stringify(toJson(event))}\n`)) await once(out, 'drain');
      count++;
    }
  } finally {
    out.end();
    await once(out, 'close');
    await store.close();
  }
  console.log(`Exported ${count} events to ${values.out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
