import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createEventStore, type EventStoreConfig } from '@app/event-store';
import { importHistory } from '../../apps/api/src/history/history-importer';
import { EventStoreDbStandIn } from '../eventstoredb-stand-in/stand-in-server';
import { eventStoreDbEnv } from '../support/both-stores';
import { RunningApi } from '../support/running-api';

/**
 * `npm run migrate`: the recorded history moved from the embedded store into EventStoreDB (the
 * stand-in, over gRPC) and back into another embedded file. On each copy the app answers the same
 * reads as on the original, its tokens still work, and `/audit/verify` says ok, also where the
 * read models and what the app verified were kept beside the original (at its store positions).
 */
const dir = mkdtempSync(join(tmpdir(), 'governance-log-migrate-'));
const root = join(__dirname, '../..');
const original = join(dir, 'original.db');
const returned = join(dir, 'returned.db');
let standIn: EventStoreDbStandIn;

beforeAll(async () => {
  standIn = await EventStoreDbStandIn.start();
});
afterAll(async () => {
  await standIn.stop();
  rmSync(dir, { recursive: true, force: true });
});

const migrate = (from: string, to: string) =>
  promisify(execFile)(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/migrate-log.ts', '--from', from, '--to', to],
    { cwd: root },
  ).then(
    ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
  );

/** What an auditor and the public read: the strategy across the 28 → 6 story, goals and their lineage, meetings, vedtak, findings. */
const READS = [
  '/strategy?at=2022-02-04',
  '/strategy?at=2022-06-01',
  '/strategy/diff?from=2022-02-04&to=2022-06-01',
  '/goals/mal-5/history',
  '/goals/mal-5/lineage',
  '/meetings',
  '/meetings/nehs-2022-1',
  '/decisions',
  '/findings/report?at=2024-01-01',
  '/documents',
  '/persons/inger-cathrine-bryne',
];

/**
 * The answers to READS, as an auditor and as the public. Store positions differ between stores, so
 * each is written as the event's place in log order (`#n`), which a faithful copy keeps.
 */
async function readsOf(api: RunningApi, token: string, store: EventStoreConfig): Promise<Record<string, unknown>> {
  const log = createEventStore(store);
  const places = new Map((await log.readAll()).map((event, n) => [event.globalPosition.toString(), `#${n}`]));
  await log.close();
  const inLogOrder = (key: string, value: unknown) =>
    (key === 'globalPosition' || key === 'position') && typeof value === 'string'
      ? (places.get(value) ?? `not in the log: ${value}`)
      : value;
  const answers: Record<string, unknown> = {};
  for (const url of READS) {
    const asAuditor = await api.get(url, { as: { token } });
    const asPublic = await api.get(url, { as: 'public' });
    answers[url] = JSON.parse(
      JSON.stringify({ auditor: [asAuditor.status, asAuditor.body], public: [asPublic.status, asPublic.body] }),
      inLogOrder,
    );
  }
  return answers;
}

/** The files an installation keeps beside its log that go with it unchanged: the personal data keys and the signing key. */
const companionsOf = (log: string) => ({
  PERSONAL_DATA_KEYS_PATH: log.replace(/\.db$/, '.keys.db'),
  AUDIT_SIGNING_KEY_PATH: log.replace(/\.db$/, '.signing-key.pem'),
});

it('moves the history embedded → EventStoreDB → embedded; each copy verifies and answers as the original did', async () => {
  const api = new RunningApi(() => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: original }));
  await api.start();
  let token: string;
  let before: Record<string, unknown>;
  try {
    await importHistory(api.app);
    token = await api.issue('Ola Revisor', 'auditor');
    expect((await api.post('/audit/checkpoints', {}, 'auditor')).status).toBe(201);
    // What the app verified is kept beside the log, at the embedded store's positions.
    expect((await api.get('/audit/verify?scope=new')).body).toMatchObject({ ok: true });
    before = await readsOf(api, token, { kind: 'embedded', path: original });
  } finally {
    await api.app.close();
  }
  expect(Object.values(before).filter((answer) => JSON.stringify(answer).startsWith('{"auditor":[200'))).toHaveLength(READS.length);

  const there = await migrate(original, standIn.connectionString);
  expect(there).toMatchObject({
    code: 0,
    out: expect.stringMatching(/Copied (\d+) events; 0 were already in the target; the source holds \1\n/),
  });
  expect(there.out).toMatch(
    /The target verifies: \d+ events in \d+ streams, log hash [0-9a-f]{64} \(the source's\), 1 signed checkpoint\(s\) checked/,
  );
  const events = Number(/the source holds (\d+)/.exec(there.out)![1]);
  expect(events).toBeGreaterThan(390);
  // Run again: nothing is copied twice.
  expect(await migrate(original, standIn.connectionString)).toMatchObject({
    code: 0,
    out: expect.stringContaining(`Copied 0 events; ${events} were already in the target`),
  });

  // On EventStoreDB, with the read models and the verified chain the original kept (copied, as an operator would keep them).
  const kept = (name: string) => {
    copyFileSync(original.replace(/\.db$/, `.${name}.db`), join(dir, `kept.${name}.db`));
    return join(dir, `kept.${name}.db`);
  };
  const onServer = new RunningApi(() => ({
    ...eventStoreDbEnv(standIn.connectionString, dir),
    ...companionsOf(original),
    PROJECTIONS_PATH: kept('projections'),
    AUDIT_PATH: kept('audit'),
  }));
  await onServer.start({ issueTokens: false });
  try {
    expect((await onServer.get('/audit/verify?scope=new', { as: { token: token! } })).body).toMatchObject({ ok: true, logEvents: events });
    expect(await readsOf(onServer, token!, { kind: 'eventstoredb', connectionString: standIn.connectionString })).toEqual(before);
  } finally {
    await onServer.app.close();
  }

  const back = await migrate(standIn.connectionString, returned);
  expect(back).toMatchObject({ code: 0, out: expect.stringContaining(`Copied ${events} events; 0 were already in the target`) });
  const onReturned = new RunningApi(() => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: returned, ...companionsOf(original) }));
  await onReturned.start({ issueTokens: false });
  try {
    expect((await onReturned.get('/audit/verify', { as: { token: token! } })).body).toMatchObject({ ok: true, logEvents: events });
    expect(await readsOf(onReturned, token!, { kind: 'embedded', path: returned })).toEqual(before);
  } finally {
    await onReturned.app.close();
  }
}, 180_000);

it('refuses to copy into a store that holds another log, and says what to use', async () => {
  const other = join(dir, 'other.db');
  const api = new RunningApi(() => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: other }));
  await api.start();
  await api.app.close();
  expect(await migrate(other, original)).toMatchObject({ code: 1, out: expect.stringContaining('the target is not a copy of this log') });
  expect(await migrate(join(dir, 'missing.db'), returned)).toMatchObject({
    code: 1,
    out: expect.stringContaining('no such file (an EventStoreDB source starts with esdb://)'),
  });
  expect(await migrate(original, original)).toMatchObject({ code: 2, out: expect.stringContaining('Usage: npm run migrate') });
}, 60_000);
