import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { RunningApi, type Answer } from '../support/running-api';

/**
 * The embedded store backed up while the app serves writes (`npm run backup`), restored into
 * another installation's paths (`npm run restore`), verified by both, and served again.
 */
const dir = mkdtempSync(join(tmpdir(), 'governance-log-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const root = join(__dirname, '../..');
const source = join(dir, 'live.db');
const backup = join(dir, 'backups/2026-11-28.db');
const restored = join(dir, 'restored/governance-log.db');

const npm = (script: string, file: string, storePath: string) =>
  promisify(execFile)(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/backup.ts', script, file],
    { cwd: root, env: { ...process.env, EVENT_STORE_PATH: storePath } },
  ).then(
    ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
  );

const ok = async (answer: Promise<Answer>) => {
  const { status, body } = await answer;
  if (status !== 201) throw new Error(`expected 201, got ${status}: ${JSON.stringify(body)}`);
  return body;
};

const rowsOf = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT global_position, event_id, type, metadata FROM events ORDER BY global_position').all() as { type: string }[];
  } finally {
    db.close();
  }
};

it('backs up while writes go on, restores into empty paths, and both copies verify; the restored log serves the same record', async () => {
  const api = new RunningApi(() => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: source }));
  await api.start();
  let written: number;
  try {
    await ok(api.post('/bodies', { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre', effectiveAt: '2021-01-01' }));
    await ok(api.post('/meetings', { bodyId: 'nehs', number: '1/22', date: '2022-02-04' }));
    await ok(api.post('/saker', { meetingId: 'nehs-2022-1', number: '1/22', title: 'Sak 1/22', sakstype: 'drofting' }));
    await ok(api.post('/audit/checkpoints', {}, 'auditor'));
    // Writes go on for as long as the backup runs.
    let writing = true;
    let n = 0;
    const writer = (async () => {
      while (writing)
        await ok(api.post('/saker/nehs-2022-1/attachments', { attachment: { name: `Vedlegg ${++n}`, title: 'Under backup' } }));
    })();
    const answer = await npm('backup', backup, source);
    writing = false;
    await writer;
    written = n;
    expect(answer).toMatchObject({ code: 0, out: expect.stringMatching(/verifies: \d+ events/) });
    expect(answer.out).toContain('keys:');
  } finally {
    await api.app.close();
  }
  const [live, copied] = [rowsOf(source), rowsOf(backup)];
  // The backup is the log as it stood at one commit: a prefix of it, each event as it is.
  expect(copied.length).toBeLessThanOrEqual(live.length);
  expect(copied).toEqual(live.slice(0, copied.length));
  expect(written).toBeGreaterThan(0);
  expect(copied.some((row) => row.type === 'AttachmentAdded')).toBe(true);

  const restore = await npm('restore', backup, restored);
  expect(restore).toMatchObject({ code: 0, out: expect.stringContaining(`verifies: ${copied.length} events`) });
  expect(await npm('restore', backup, restored)).toMatchObject({ code: 1, out: expect.stringContaining('exists') });

  const again = new RunningApi(() => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: restored }));
  await again.start();
  try {
    expect((await again.get('/audit/verify')).body).toMatchObject({ ok: true, checkpointsChecked: 1 });
    const sak = (await again.get('/saker/nehs-2022-1')).body;
    expect(sak.attachments.length).toBe(copied.filter((row) => row.type === 'AttachmentAdded').length);
  } finally {
    await again.app.close();
  }
}, 120_000);
