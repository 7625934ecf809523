/**
 * `npm run bench:filter [events]`: how long a small read model (governance's streams) takes to
 * catch up on a log of N events that are almost all of other streams, with the filter applied
 * in the store (SQLite skips the rows) and without it (every row decoded, then discarded).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, StreamCache, type EventStore, type ReadAllOptions } from '@app/event-store';
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
    // The same store, but ignoring the filter: what every cache did before the store filtered.
    const unfiltered = { readAll: (options: ReadAllOptions) => store.readAll({ ...options, streamPrefixes: undefined }) } as EventStore;
    console.log('| events | governance catch-up, filtered in the store | decoded, then discarded | events kept |');
    console.log('| --- | --- | --- | --- |');
    const timings: string[] = [];
    let kept = 0;
    for (const source of [store, unfiltered]) {
      const cache = new StreamCache(source, GOVERNANCE_STREAM_PREFIXES);
      const start = performance.now();
      await cache.catchUp();
      timings.push(`${Math.round(performance.now() - start)} ms`);
      kept = cache.all().length;
    }
    console.log(`| ${(total + 50).toLocaleString('en')} | ${timings[0]} | ${timings[1]} | ${kept} |`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
