import { EventLog, SqliteEventStore, type NewEvent } from '@app/event-store';
import { ManualClock } from '@app/shared-kernel';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
async function main() {
  const dir = mkdtempSync('/dev/shm/append-');
  const store = new SqliteEventStore(join(dir, 'a.db'));
  const log = new EventLog(store, new ManualClock(new Date(Date.UTC(2011, 0, 1))));
  const batch = (i: number): NewEvent[] =>
    Array.from({ length: 500 }, (_, j) => ({
      type: 'InputsRegistered',
      data: { workshopId: `w-${i}`, inputs: [{ inputId: `i-${i}-${j}`, text: `Innspill ${i}-${j} om bedre samhandling` }] },
      effectiveAt: '2011-01-01',
      source: { document: 'strategiarbeid-presentasjon', locator: 'side 3', basis: 'stated' as const },
      documentedAt: '2011-01-01',
    }));
  const start = performance.now();
  for (let i = 0; i < 200; i++) await log.append(`workshop-w-${i}`, batch(i), { expectedRevision: 'no_stream', context: { actor: 'bench' } });
  console.log('ev/s', Math.round(100000 / ((performance.now() - start) / 1000)));
  await store.close();
}
main();
