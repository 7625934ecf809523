import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { copyLog, verifyStoredLog, createEventStore, type CopyProgress, type EventStore, type EventStoreConfig } from '@app/event-store';
import { loadAppConfig } from './config/app-config';

const USAGE = `Usage: npm run migrate -- --from <file.db | esdb://…> --to <file.db | esdb://…>

Copies every event of one log into another unchanged (ids, streams, revisions, metadata, hashes),
then verifies the target. Run it again to resume, or to copy what was appended since.
Deadline for EventStoreDB calls: EVENTSTORE_DEADLINE_MS, as for the app.`;

/** A store named on the command line: an EventStoreDB connection string, or the path of an embedded store file. */
function storeNamed(name: string, role: 'from' | 'to'): EventStoreConfig {
  if (/^esdb(\+discover)?:\/\//.test(name))
    return loadAppConfig({ ...process.env, EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: name }).eventStore;
  // A mistyped source path would otherwise be made as an empty store, and "copied".
  if (role === 'from' && !existsSync(name)) throw new Error(`--from ${name}: no such file (an EventStoreDB source starts with esdb://)`);
  return { kind: 'embedded', path: name };
}

const described = (config: EventStoreConfig) =>
  config.kind === 'embedded' ? `embedded store ${config.path}` : `EventStoreDB ${config.connectionString.replace(/\/\/[^@/]*@/, '//…@')}`;

/** One line per second at most on stderr, so a long copy shows it moves and how fast. */
function progressPrinter(): (progress: CopyProgress) => void {
  const started = performance.now();
  let printed = 0;
  return ({ read, alreadyThere, copied }) => {
    const now = performance.now();
    if (now - printed < 1000) return;
    printed = now;
    const rate = Math.round(copied / Math.max((now - started) / 1000, 0.001));
    console.error(`  ${read} events read: ${alreadyThere} already in the target, ${copied} copied (${rate} events/s)`);
  };
}

/**
 * `npm run migrate`: moves a log between the embedded store and EventStoreDB (either way, or
 * between two of a kind). Stop the app on the source before the last run, so nothing is appended
 * to it after the copy. The files beside the log (personal data keys, signing key) go with the
 * installation unchanged; the read models and what the app verified follow the new store by
 * themselves at its first start.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  if (!values.from || !values.to || values.from === values.to) {
    console.error(USAGE);
    return 2;
  }
  const [from, to] = [storeNamed(values.from, 'from'), storeNamed(values.to, 'to')];
  const source = createEventStore(from);
  const target = createEventStore(to);
  try {
    console.log(`Copying the log of the ${described(from)} into the ${described(to)}`);
    const copy = await copyLog(source, target, { onProgress: progressPrinter() });
    console.log(`Copied ${copy.copied} events; ${copy.alreadyThere} were already in the target; the source holds ${copy.read}`);
    if (!(await verifyTarget(target, copy))) return 1;
    if (copy.sourceMovedOn) {
      console.error('The source was written to during the copy: stop the app on it and run the migration again to copy the rest');
      return 1;
    }
    return 0;
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}

/** Every chain and signed checkpoint of the target, and the log chain reaching the source's value over as many events. */
async function verifyTarget(target: EventStore, copy: { read: number; logHash: string }): Promise<boolean> {
  const verification = await verifyStoredLog(target);
  if (!verification.ok) {
    console.error(`The target does not verify: ${verification.firstBreak?.detail}`);
    return false;
  }
  if (verification.logEvents !== copy.read || verification.logHash !== copy.logHash) {
    console.error(
      `The target verifies but is not the source's log: ${verification.logEvents} events with log hash ${verification.logHash}, ` +
        `where the source has ${copy.read} with ${copy.logHash}`,
    );
    return false;
  }
  console.log(
    `The target verifies: ${verification.logEvents} events in ${verification.streamsChecked} streams, log hash ${verification.logHash} ` +
      `(the source's), ${verification.checkpointsChecked} signed checkpoint(s) checked against the keys they name ` +
      '(check the key against the one you hold with `npm run verify -- --public-key`)',
  );
  return true;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
