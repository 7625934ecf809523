import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EventLog, SqliteEventStore } from '@app/event-store';
import { systemClock } from '@app/shared-kernel';
import { AppProcesses, kill9, readiness } from '../support/app-process';
import { seededRandom } from '../support/random';

/**
 * The first start's import of the recorded history, killed (kill -9) at random points: each
 * start after a crash says "importing" until it has finished it, and the record ends complete,
 * each step once, its chains intact. The app runs as `npm start` runs it, in a process of its own.
 */
const dir = mkdtempSync(join(tmpdir(), 'governance-log-resume-'));
const storePath = join(dir, 'resume.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const apps = new AppProcesses(dir, { EVENT_STORE_PATH: storePath });

it('finishes an import that kill -9 cut short, at the next start, saying "importing" until done; each step recorded once', async () => {
  const next = seededRandom(7);
  for (let kill = 0; kill < 3; kill++) {
    const app = await apps.start();
    const seen = await readiness(app, (status) => status === 'importing' || status === 'ready');
    if (seen.includes('ready')) {
      await kill9(app);
      break;
    }
    await new Promise((r) => setTimeout(r, 50 + next() * 600)); // somewhere inside the import
    await kill9(app);
  }
  const last = await apps.start();
  try {
    const seen = await readiness(last, (status) => status === 'ready');
    expect(seen[0]).toBe('importing');
    expect(seen.at(-1)).toBe('ready');
  } finally {
    await kill9(last);
  }

  const db = new Database(storePath, { readonly: true });
  const correlations = db
    .prepare(
      "SELECT json_extract(metadata, '$.correlationId') AS c, COUNT(DISTINCT stream_id || ':' || json_extract(metadata, '$.recordedAt')) AS n FROM events WHERE json_extract(metadata, '$.correlationId') LIKE 'history-%' GROUP BY c",
    )
    .all() as { c: string; n: number }[];
  const markers = db
    .prepare("SELECT type FROM events WHERE stream_id = 'history-import' ORDER BY global_position")
    .pluck()
    .all() as string[];
  db.close();
  // Every step of the history once (5 documents and 386 facts), each in one append.
  expect(correlations).toHaveLength(391);
  expect(correlations.filter((r) => r.n !== 1)).toEqual([]);
  // The kills landed inside the import: it was started more than once, and completed once.
  expect(markers.filter((m) => m === 'HistoryImportStarted').length).toBeGreaterThan(1);
  expect(markers.at(-1)).toBe('HistoryImportCompleted');
  expect(markers.filter((m) => m === 'HistoryImportCompleted')).toHaveLength(1);
  const store = new SqliteEventStore(storePath);
  try {
    expect(await new EventLog(store, systemClock).verify()).toMatchObject({ ok: true });
  } finally {
    await store.close();
  }
}, 240_000);
