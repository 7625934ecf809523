/**
 * Figures for the embedded store and the layers above it, on a real file in a temp dir.
 * Run: npm run bench   (prints a markdown table; results are kept in bench/RESULTS.md)
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventLog, SqliteEventStore, type RecordedEvent } from '@app/event-store';
import { ManualClock, resolveTemporalQuery, temporalFold } from '@app/shared-kernel';

const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 3000);
const BATCH_EVENTS = Number(process.env.BENCH_BATCH_EVENTS ?? 100_000);

const rows: [string, string][] = [];
const measure = async <T>(label: string, count: number, unit: string, work: () => Promise<T>): Promise<T> => {
  const start = process.hrtime.bigint();
  const result = await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  rows.push([
    label,
    `${Math.round(count / seconds).toLocaleString('en')} ${unit}/s (${count.toLocaleString('en')} in ${seconds.toFixed(2)} s)`,
  ]);
  return result;
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'governance-log-bench-'));
  const path = join(dir, 'bench.db');
  const store = new SqliteEventStore(path);
  const clock = new ManualClock('2026-11-25T12:00:00Z');
  const log = new EventLog(store, clock);
  const context = { actor: 'bench' };
  const payload = { tittel: 'Videreutvikle arbeidsprosesser for å understøtte helhetlige pasientforløp', tema: 'BEDRE HELSEHJELP' };

  try {
    // The command path: one event per append, exact expected revision, hash chained, fsync per commit.
    const revisions = new Map<string, bigint>();
    await measure('EventLog.append, 1 event per command (synchronous=FULL)', COMMANDS, 'commands', async () => {
      for (let i = 0; i < COMMANDS; i++) {
        const streamId = `goal-${i % 50}`;
        const expected = revisions.get(streamId) ?? 'no_stream';
        clock.advance(1000);
        const result = await log.append(streamId, [{ type: 'GoalReworded', data: { ...payload, i }, effectiveAt: '2022-02-04' }], {
          expectedRevision: expected,
          context,
        });
        revisions.set(streamId, result.nextExpectedRevision);
      }
    });

    // A bulk import: hundreds of innspill in one command.
    await measure('EventLog.append, batches of 500 events', BATCH_EVENTS, 'events', async () => {
      for (let i = 0; i < BATCH_EVENTS; i += 500) {
        const events = Array.from({ length: 500 }, (_, j) => ({
          type: 'InputRegistered',
          data: { ...payload, n: i + j },
          effectiveAt: '2021-11-15',
        }));
        await log.append(`workshop-${i / 500}`, events, { expectedRevision: 'no_stream', context });
      }
    });

    const total = COMMANDS + BATCH_EVENTS;
    const all: RecordedEvent[] = [];
    await measure('readAll in pages of 1000', total, 'events', async () => {
      let after: bigint | undefined;
      for (;;) {
        const page = await store.readAll({ after, maxCount: 1000 });
        all.push(...page);
        if (page.length < 1000) break;
        after = page[page.length - 1].globalPosition;
      }
    });

    await measure('temporal fold over the whole log (filter, sort, evolve)', total, 'events', async () =>
      temporalFold(all, resolveTemporalQuery({ validAt: '2022-01-01' }, clock), (n: number) => n + 1, 0),
    );

    const verification = await measure('GET /audit/verify core: recompute every hash chain', total, 'events', () => log.verify());
    if (!verification.ok) throw new Error(`chain broken: ${JSON.stringify(verification.firstBreak)}`);

    rows.push(['store file size', `${(statSync(path).size / 1024 / 1024).toFixed(1)} MiB for ${total.toLocaleString('en')} events`]);
    rows.push(['peak resident memory', `${Math.round(process.memoryUsage().rss / 1024 / 1024)} MiB`]);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }

  console.log(`| measure | result |\n| --- | --- |\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
