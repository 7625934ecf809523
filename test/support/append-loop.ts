/**
 * Child process for the durability test: appends to the embedded store as fast as it can
 * and prints `ack <eventId>` after each append is acknowledged, until it is killed.
 */
import { SqliteEventStore } from '@app/event-store';
import { anEvent } from './events';

async function main(): Promise<void> {
  const [path, runId] = process.argv.slice(2);
  const store = new SqliteEventStore(path);
  for (let i = 0; ; i++) {
    const events = [
      anEvent('LoopAppended', { runId, i, tekst: 'æøå'.repeat(i % 50) }),
      anEvent('LoopAppended', { runId, i, second: true }),
    ];
    await store.append(`loop-${runId}-${i % 7}`, events, { expectedRevision: 'any' });
    process.stdout.write(`ack ${events[0].id} ${events[1].id}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
