import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { chainHashOf, dataHashOf, type EventMetadata } from '@app/event-store';
import { ManualClock } from '@app/shared-kernel';
import { onBothStores } from '../support/both-stores';
import { RunningApi, type Answer } from '../support/running-api';
import { registerDocuments } from '../support/source-documents';

/**
 * Edits to the embedded store's file as someone with access to it could make them, each on a
 * copy of one recorded log: every one is named by /audit/verify (and by the offline verifier),
 * including those a stream's own chain cannot see (a deleted stream tail, a deleted stream, a
 * deleted newest event, events reordered across streams, a rewrite with recomputed hashes).
 */
const dir = mkdtempSync(join(tmpdir(), 'governance-log-tamper-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const root = join(__dirname, '../..');
const clock = new ManualClock('2026-11-25T09:00:00.000Z');

async function ok(answer: Promise<Answer>, status = 201): Promise<Answer['body']> {
  const { status: actual, body } = await answer;
  if (actual !== status) throw new Error(`expected ${status}, got ${actual}: ${JSON.stringify(body)}`);
  return body;
}

const storeOf = (name: string) => join(dir, `${name}.db`);
/** The log's file and the app's files beside it (what it verified, its signing key), as an installation keeps them. */
const FILES = ['.db', '.audit.db', '.signing-key.pem'];

/** A copy of the recorded log and the files beside it, to edit. */
function copyOf(name: string): string {
  for (const suffix of FILES)
    if (existsSync(join(dir, `base${suffix}`))) copyFileSync(join(dir, `base${suffix}`), join(dir, `${name}${suffix}`));
  return storeOf(name);
}

interface Row {
  global_position: number;
  event_id: string;
  stream_id: string;
  stream_revision: number;
  type: string;
  data: string;
  metadata: string;
}

function edit<T>(path: string, change: (db: Database.Database, rows: Row[]) => T): T {
  const db = new Database(path);
  try {
    return change(db, db.prepare('SELECT * FROM events ORDER BY global_position').all() as Row[]);
  } finally {
    db.close();
  }
}

/** An auditor's token, issued in the recorded log: the copies are read with it, so reading them writes nothing. */
let auditor: { token: string };

/** Starts the app on a store file, runs `check`, and stops it; the base is recorded with the test's tokens, the copies without. */
async function onStore<T>(path: string, check: (api: RunningApi) => Promise<T>): Promise<T> {
  const api = new RunningApi(() => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: path }), clock);
  await api.start({ issueTokens: path === storeOf('base') });
  try {
    return await check(api);
  } finally {
    await api.app.close();
  }
}

const verify = async (path: string, scope = 'full') =>
  onStore(path, async (api) => (await api.get(`/audit/verify?scope=${scope}`, { as: auditor })).body);

let log: Row[];
const eventOf = (type: string, streamId: string) => log.find((r) => r.type === type && r.stream_id === streamId)!;

beforeAll(async () => {
  await onStore(storeOf('base'), async (api) => {
    auditor = { token: await api.issue('Ola Revisor', 'auditor') };
    await registerDocuments(api);
    await ok(api.post('/bodies', { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre', effectiveAt: '2021-01-01' }));
    await ok(api.post('/meetings', { bodyId: 'nehs', number: '1/22', date: '2022-02-04' }));
    for (const number of ['1/22', '2/22'])
      await ok(api.post('/saker', { meetingId: 'nehs-2022-1', number, title: `Sak ${number}`, sakstype: 'drofting' }));
    await ok(api.post('/saker/nehs-2022-1/vedtak', { text: 'Nasjonalt e-helsestyre tar saken til orientering.' }));
    await ok(api.post('/saker/nehs-2022-2/vedtak', { text: 'Styret gir sin tilslutning.' }));
    expect((await api.get('/audit/verify')).body).toMatchObject({ ok: true });
    await ok(api.post('/audit/checkpoints', {}, 'auditor'));
    await ok(api.post('/saker/nehs-2022-2/attachments', { attachment: { name: 'Vedlegg 1', title: 'Siste hendelse' } }));
    expect((await api.get('/audit/verify?scope=new')).body).toMatchObject({ ok: true, eventsChecked: 2 });
  });
  log = edit(storeOf('base'), (_db, rows) => rows);
}, 60_000);

it('an untouched copy verifies, in full and from where it was last verified', async () => {
  const path = copyOf('untouched');
  expect(await verify(path)).toMatchObject({ ok: true, scope: 'full', logEvents: log.length, checkpointsChecked: 1 });
  expect(await verify(path, 'new')).toMatchObject({ ok: true, scope: 'new', eventsChecked: 0, logEvents: log.length });
});

it('a stream’s last event deleted (a vedtak) is named', async () => {
  const path = copyOf('vedtak-deleted');
  const vedtak = eventOf('DecisionAdopted', 'sak-nehs-2022-1');
  edit(path, (db) => db.prepare('DELETE FROM events WHERE event_id = ?').run(vedtak.event_id));
  expect(await verify(path)).toMatchObject({ ok: false, firstBreak: { problem: 'event_missing', expected: vedtak.event_id } });
});

it('a whole stream deleted is named by its first event', async () => {
  const path = copyOf('stream-deleted');
  const first = log.find((r) => r.stream_id === 'sak-nehs-2022-1')!;
  edit(path, (db) => db.prepare('DELETE FROM events WHERE stream_id = ?').run('sak-nehs-2022-1'));
  expect(await verify(path)).toMatchObject({ ok: false, firstBreak: { problem: 'event_missing', expected: first.event_id } });
});

it('the newest event deleted is named, by the check of the tail too, and readiness then says the chain is broken', async () => {
  const path = copyOf('newest-deleted');
  const newest = log.at(-1)!;
  edit(path, (db) => db.prepare('DELETE FROM events WHERE event_id = ?').run(newest.event_id));
  expect(await verify(path)).toMatchObject({ ok: false, firstBreak: { problem: 'log_truncated', eventId: newest.event_id } });
  await onStore(path, async (api) => {
    expect((await api.get('/audit/verify?scope=new', { as: auditor })).body).toMatchObject({
      ok: false,
      firstBreak: { problem: 'log_truncated', eventId: newest.event_id },
    });
    const ready = await api.get('/health/ready', { as: 'public' });
    expect(ready.status).toBe(503);
    expect(ready.body.details).toMatchObject({
      status: 'chain-broken',
      chain: { state: 'broken', firstBreak: { problem: 'log_truncated' } },
    });
    const signing = await api.post('/audit/checkpoints', {}, auditor);
    expect(signing.status).toBe(409);
    expect(signing.body.code).toBe('AUDIT.CHAIN_BROKEN');
  });
  // A restart does not forget it: readiness says so before any verification.
  await onStore(path, async (api) => {
    expect((await api.get('/health/ready', { as: 'public' })).body.details).toMatchObject({ status: 'chain-broken' });
  });
});

it('a lost signing key is replaced without an alarm: earlier checkpoints still verify, counted as by another key', async () => {
  const path = copyOf('key-lost');
  rmSync(join(dir, 'key-lost.signing-key.pem'));
  expect(await verify(path)).toMatchObject({ ok: true, checkpointsChecked: 1, checkpointsByOtherKeys: 1 });
});

it('events of two streams swapped in log order are named', async () => {
  const path = copyOf('reordered');
  const [a, b] = [eventOf('SakRegistered', 'sak-nehs-2022-2'), eventOf('DecisionAdopted', 'sak-nehs-2022-1')];
  edit(path, (db) => {
    const move = db.prepare('UPDATE events SET global_position = ? WHERE event_id = ?');
    db.transaction(() => {
      move.run(-1, a.event_id);
      move.run(a.global_position, b.event_id);
      move.run(b.global_position, a.event_id);
    })();
  });
  expect(await verify(path)).toMatchObject({ ok: false, firstBreak: { problem: 'event_missing', expected: a.event_id } });
});

/** Rewrites a vedtak and recomputes its stream's hashes after it with the public algorithm: each stream's chain holds. */
function rewriteVedtak(path: string): Row {
  const vedtak = eventOf('DecisionAdopted', 'sak-nehs-2022-2');
  edit(path, (db, rows) => {
    const update = db.prepare('UPDATE events SET data = ?, metadata = ? WHERE event_id = ?');
    let prevHash: string | null = null;
    for (const row of rows.filter((r) => r.stream_id === vedtak.stream_id)) {
      const data = JSON.parse(row.data);
      if (row.event_id === vedtak.event_id) data.text = 'Styret avviser saken.';
      const { hash: _hash, dataHash: _dataHash, ...metadata } = JSON.parse(row.metadata) as EventMetadata;
      const dataHash = dataHashOf(data);
      const hash = chainHashOf({
        prevHash,
        streamId: row.stream_id,
        streamRevision: BigInt(row.stream_revision),
        type: row.type,
        dataHash,
        metadata,
      });
      update.run(JSON.stringify(data), JSON.stringify({ ...metadata, dataHash, hash }), row.event_id);
      prevHash = hash;
    }
  });
  return vedtak;
}

it('a rewrite with every stream hash recomputed is named, against what was verified before', async () => {
  const path = copyOf('rewritten');
  const vedtak = rewriteVedtak(path);
  expect(await verify(path)).toMatchObject({ ok: false, firstBreak: { problem: 'event_rewritten', eventId: vedtak.event_id } });
});

it('the same rewrite with the app’s record of what it verified deleted too is named by the signed checkpoint', async () => {
  const path = copyOf('rewritten-and-forgotten');
  rewriteVedtak(path);
  rmSync(join(dir, 'rewritten-and-forgotten.audit.db'));
  expect(await verify(path)).toMatchObject({ ok: false, firstBreak: { problem: 'checkpoint_mismatch' } });
});

describe('offline: an export and a checkpoint, without the server', () => {
  const run = promisify(execFile);
  const cli = async (script: string, args: string[], env: Record<string, string> = {}) =>
    run(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', script, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
    );
  const verifyOffline = (exported: string, checkpoint: string, key: string) =>
    cli('apps/api/src/verify-export.ts', ['--export', exported, '--checkpoint', checkpoint, '--public-key', key]);
  const files = { exported: join(dir, 'export.jsonl'), checkpoint: join(dir, 'checkpoint.json'), key: join(dir, 'key.pem') };

  beforeAll(async () => {
    const path = copyOf('offline');
    await onStore(path, async (api) => {
      writeFileSync(files.checkpoint, JSON.stringify((await api.get('/audit/checkpoints/latest', { as: 'public' })).body));
      writeFileSync(files.key, (await api.get('/audit/signing-key', { as: 'public' })).body);
    });
    const exported = await cli('apps/api/src/export-log.ts', ['--out', files.exported], { EVENT_STORE_PATH: path });
    expect(exported).toMatchObject({ code: 0, out: expect.stringContaining(`Exported ${log.length} events`) });
  }, 60_000);

  it('an untouched export verifies against the checkpoint and the pinned key: exit 0', async () => {
    expect(await verifyOffline(files.exported, files.checkpoint, files.key)).toMatchObject({ code: 0, out: expect.stringContaining('OK') });
  }, 30_000);

  it('an export with the events a checkpoint covers cut short exits 1 naming it', async () => {
    const lines = readFileSync(files.exported, 'utf8').trim().split('\n');
    const checkpoint = JSON.parse(readFileSync(files.checkpoint, 'utf8'));
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, `${lines.slice(0, checkpoint.events - 1).join('\n')}\n`);
    const answer = await verifyOffline(cut, files.checkpoint, files.key);
    expect(answer).toMatchObject({ code: 1, out: expect.stringContaining('log_truncated') });
  }, 30_000);

  it('an export missing one event exits 1 naming where its stream breaks', async () => {
    const lines = readFileSync(files.exported, 'utf8').trim().split('\n');
    const removed = eventOf('SakRegistered', 'sak-nehs-2022-1');
    const holed = join(dir, 'holed.jsonl');
    writeFileSync(holed, `${lines.filter((line) => JSON.parse(line).id !== removed.event_id).join('\n')}\n`);
    const answer = await verifyOffline(holed, files.checkpoint, files.key);
    expect(answer.code).toBe(1);
    expect(answer.out).toContain(`NOT OK: revision_gap`);
    expect(answer.out).toContain(eventOf('DecisionAdopted', 'sak-nehs-2022-1').event_id);
  }, 30_000);

  it('a checkpoint whose figures were altered, or signed by another key, exits 1', async () => {
    const altered = join(dir, 'altered.json');
    const checkpoint = JSON.parse(readFileSync(files.checkpoint, 'utf8'));
    writeFileSync(altered, JSON.stringify({ ...checkpoint, events: checkpoint.events - 1 }));
    expect(await verifyOffline(files.exported, altered, files.key)).toMatchObject({
      code: 1,
      out: expect.stringContaining('checkpoint_signature_invalid'),
    });
  }, 30_000);
});

onBothStores('checkpoints', (storeName, env) => {
  describe(`signed checkpoints on ${storeName}`, () => {
    const api = new RunningApi(env, clock);
    beforeAll(() => api.start());
    afterAll(() => api.app.close());

    it('signs the log head on demand, once per head, publishes it, and verifies against it', async () => {
      expect((await api.post('/audit/checkpoints', {}, 'auditor')).status).toBe(201);
      const again = await api.post('/audit/checkpoints', {}, 'auditor');
      expect(again.status).toBe(200);
      const published = (await api.get('/audit/checkpoints', { as: 'public' })).body;
      expect(published).toHaveLength(1);
      expect(published[0]).toMatchObject({
        algorithm: 'Ed25519',
        events: expect.any(Number),
        logHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(again.body).toEqual(published[0]);
      expect((await api.get('/audit/verify')).body).toMatchObject({ ok: true, checkpointsChecked: 1 });
      expect((await api.get('/audit/verify?scope=new')).body).toMatchObject({ ok: true });
      expect((await api.get('/audit/verify?scope=all')).status).toBe(400);
    });
  });
});
