/**
 * `npm run synthetic -- --events <N> --path <file.db>`: writes a synthetic embedded store (see
 * synthetic.ts) that the app can be started on:
 *   EVENT_STORE_PATH=<file.db> IMPORT_HISTORY=false npm start
 */
import { existsSync, statSync } from 'node:fs';
import { EventLog, SqliteEventStore } from '@app/event-store';
import { ManualClock } from '@app/shared-kernel';
import { SYNTHETIC_START, generateSynthetic } from './synthetic';

export function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const events = Number(option(args, 'events'));
  const path = option(args, 'path');
  if (!Number.isInteger(events) || events <= 0 || !path) {
    console.error('Usage: npm run synthetic -- --events <N> --path <file.db>');
    process.exit(2);
  }
  if (existsSync(path) && statSync(path).size > 0) {
    console.error(`${path} exists; give a new file`);
    process.exit(2);
  }
  const clock = new ManualClock(new Date(SYNTHETIC_START));
  const store = new SqliteEventStore(path);
  const start = performance.now();
  const { written, days } = await generateSynthetic(new EventLog(store, clock), clock, events);
  await store.close();
  console.log(`${written.toLocaleString('en')} events over ${days} days in ${((performance.now() - start) / 1000).toFixed(1)} s: ${path}`);
  console.log(`Start the app on it: EVENT_STORE_PATH=${path} IMPORT_HISTORY=false npm start`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
