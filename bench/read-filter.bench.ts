/**
 * `npm run bench:filter [events]`: how long a small read model (governance's streams) takes to
 * catch up on a log of N events that are almost all of other streams, with the filter applied
 * in the store (SQLite skips the rows) and without it (every row decoded, then discarded).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventLog, SqliteEventStore, StreamCache, type EventStore, type ReadStreamsOptions, type RecordedEvent } from '@app/event-store';
import { systemClock } from '@app/shared-kernel';
import { GOVERNANCE_STREAM_PREFIXES } from '../libs/governance/src/domain/governance-terms';
import { anEvent } from '../test/support/events';

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'governance-log-filter-bench-'));
  const store = new SqliteEventStore(join(dir, 'store.db'));
  try {
    for (let i = 0; i < total; i += 1000) {
      const events = Array.from({ length: 1000 }, (_, k) =>
        anEvent('GoalReworded', { goalId: `g${i % 300}`, title: `Mål, ordlyd ${i + k}` }),
      );
      await store.append(`goal-g${i % 300}`, events, { expectedRevision: 'any' });
    }
    for (let i = 1; i <= 50; i++)
      await store.append(`sak-nehs-2022-${i}`, [anEvent('SakRegistered', { number: `${i}/22` })], { expectedRevision: 'any' });
    // The same store, read as every cache read it before the store filtered: all events decoded, then discarded.
    const unfiltered = {
      readStreams: async ({ prefixes, after }: ReadStreamsOptions) => {
        const events: RecordedEvent[] = [];
        let cursor = after;
        for (;;) {
          const page = await store.readAll({ after: cursor, maxCount: 5000 });
          events.push(...page.filter((e) => prefixes.some((prefix) => e.streamId.startsWith(prefix))));
          cursor = page.at(-1)?.globalPosition ?? cursor;
          if (page.length < 5000) return { events, scannedTo: cursor };
        }
      },
    } as EventStore;
    console.log(
      '| events | governance catch-up, filtered in the store | the same again, nothing new | decoded, then discarded | events kept |',
    );
    console.log('| --- | --- | --- | --- | --- |');
    const timings: string[] = [];
    let kept = 0;
    const time = async (run: () => Promise<void>) => {
      const start = performance.now();
      await run();
      timings.push(`${Math.round(performance.now() - start)} ms`);
    };
    const filtered = new StreamCache(new EventLog(store, systemClock), GOVERNANCE_STREAM_PREFIXES);
    await time(() => filtered.catchUp());
    await time(() => filtered.catchUp());
    const decoded = new StreamCache(new EventLog(unfiltered, systemClock), GOVERNANCE_STREAM_PREFIXES);
    await time(() => decoded.catchUp());
    kept = filtered.all().length;
    console.log(`| ${(total + 50).toLocaleString('en')} | ${timings.join(' | ')} | ${kept} |`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
