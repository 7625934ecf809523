/**
 * `npm run synthetic -- --events <N> --path <file.db>`: writes a synthetic embedded store (see
 * synthetic.ts) that the app can be started on:
 *   EVENT_STORE_PATH=<file.db> IMPORT_HISTORY=false npm start
 */
import { existsSync, statSync } from 'node:fs';
import { SYNTHETIC_START, writeSyntheticStore } from './synthetic';

export function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

const day = (d: number) => new Date(SYNTHETIC_START + d * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const events = Number(option(args, 'events'));
  const path = option(args, 'path');
  if (!Number.isInteger(events) || events <= 0 || !path) {
    console.error('Usage: npm run synthetic -- --events <N> --path <file.db>');
    process.exit(2);
  }
  // Appending to a store that has other events would mix two histories (and fail on the first stream both have).
  if (existsSync(path) && statSync(path).size > 0) {
    console.error(`${path} exists; give a new file`);
    process.exit(2);
  }
  const start = performance.now();
  const { written, days } = await writeSyntheticStore(path, events);
  console.log(
    `${written.toLocaleString('en')} events, ${day(0)} to ${day(days - 1)} (${days} days), in ` +
      `${((performance.now() - start) / 1000).toFixed(1)} s: ${path} (${Math.round(statSync(path).size / 2 ** 20)} MiB)`,
  );
  console.log(`Start the app on it: EVENT_STORE_PATH=${path} IMPORT_HISTORY=false npm start`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
