import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EventLog, SqliteEventStore } from '@app/event-store';
import { systemClock } from '@app/shared-kernel';
import { seededRandom } from '../support/random';

/**
 * The first start's import of the recorded history, killed (kill -9) at random points: each
 * start after a crash says "importing" until it has finished it, and the record ends complete,
 * each step once, its chains intact. The app runs as `npm start` runs it, in a process of its own.
 */
const dir = mkdtempSync(join(tmpdir(), 'governance-log-resume-'));
const storePath = join(dir, 'resume.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const root = join(__dirname, '../..');
let port = 3900 + Math.floor(Math.random() * 90);

function startApp(): ChildProcess {
  port++;
  return spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, EVENT_STORE_PATH: storePath, PORT: String(port), NO_COLOR: '1' },
    stdio: 'ignore',
  });
}

/** Polls /health/ready; the statuses it said, until `until` says stop. */
async function readiness(until: (status: string) => boolean, timeoutMs = 60_000): Promise<string[]> {
  const seen: string[] = [];
  for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((r) => setTimeout(r, 25))) {
    const status = await fetch(`http://127.0.0.1:${port}/health/ready`)
      .then(async (r) => (await r.json()) as { status?: string; details?: { status?: string } })
      .then((b) => b.status ?? b.details?.status ?? 'unknown')
      .catch(() => undefined);
    if (status === undefined) continue;
    if (seen.at(-1) !== status) seen.push(status);
    if (until(status)) return seen;
  }
  throw new Error(`readiness did not settle: ${seen.join(', ')}`);
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

it('finishes an import that kill -9 cut short, at the next start, saying "importing" until done; each step recorded once', async () => {
  const next = seededRandom(7);
  for (let kill = 0; kill < 3; kill++) {
    const child = startApp();
    const seen = await readiness((status) => status === 'importing' || status === 'ready');
    if (seen.includes('ready')) {
      child.kill('SIGKILL');
      await exited(child);
      break;
    }
    await new Promise((r) => setTimeout(r, 50 + next() * 600)); // somewhere inside the import
    child.kill('SIGKILL');
    await exited(child);
  }
  const last = startApp();
  try {
    const seen = await readiness((status) => status === 'ready');
    expect(seen[0]).toBe('importing');
    expect(seen.at(-1)).toBe('ready');
  } finally {
    last.kill('SIGKILL');
    await exited(last);
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
