import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import { AppProcesses, kill9, readiness, type AppProcess } from '../support/app-process';
import { seededRandom } from '../support/random';

/**
 * kill -9 with writes in flight, over HTTP (issue #13): the app as `npm start` runs it, in a process
 * of its own, on one store file kept across 20 cycles. Each cycle eight writers send distinct writes
 * (attachments to three saker everyone writes to, and new saker) until the process is killed at a
 * seeded random moment. The file is then checked as the dead process left it: SQLite's integrity
 * check; every acknowledged (201) write present once, whole, at the revision and position it was
 * acknowledged at; every other write present once or not at all, never torn or twice. At the next
 * start the app must become ready, /audit/verify must find the log intact, and the read models,
 * caught up after the crash, must show what the log holds.
 */
const CYCLES = 20;
const WRITERS = 8;
const next = seededRandom(1313);

const dir = mkdtempSync(join(tmpdir(), 'governance-log-crash-'));
const storePath = join(dir, 'crash.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The history's import is import-resume's subject; skipped here, each start is short. The write
// limit per principal would answer 429 to writers that are meant to be as fast as they can.
const apps = new AppProcesses(dir, { EVENT_STORE_PATH: storePath, IMPORT_HISTORY: 'false', WRITES_PER_MINUTE: '1000000' });

/** A write sent, and the one event it records (every write here records exactly one). */
interface Write {
  correlationId: string;
  url: string;
  body: object;
  streamId: string;
  type: string;
  data: object;
  acknowledged?: { revision: string; position: string };
}

const BODY = 'testkropp';
const MEETING = `${BODY}-2030-1`;
const HOT = [1, 2, 3].map((n) => `${BODY}-2030-${n}`);
/** Every write sent, by its correlation id (sent as X-Correlation-Id, which its event's metadata records). */
const ledger = new Map<string, Write>();
/** Of those, the ones the store held at the last check, by correlation id: their stream revision. */
let present = new Map<string, number>();
let serial = 10;

const sak = (number: number, title: string): Pick<Write, 'url' | 'body' | 'streamId' | 'type' | 'data'> => {
  const sakId = `${BODY}-2030-${number}`;
  const body = { meetingId: MEETING, number: `${number}/30`, title, sakstype: 'drofting' };
  const data = { sakId, number: body.number, title, sakstype: 'drofting', attachments: [], bodyId: BODY, meetingId: MEETING };
  return { url: '/saker', body, streamId: `sak-${sakId}`, type: 'SakRegistered', data };
};

/** The next write: three in five an attachment to one of the hot saker (one stream, many writers), else a new sak. */
function nextWrite(cycle: number): Write {
  const n = serial++;
  if (n > 9999) throw new Error('sak numbers run to 9999 a year: fewer writes per cycle');
  const correlationId = `crash-${n}`;
  const title = `Skrevet i runde ${cycle} – æøå ${n}`;
  if (n % 5 >= 3) return { correlationId, ...sak(n, title) };
  const sakId = HOT[n % HOT.length];
  const attachment = { name: `Vedlegg ${n}`, title };
  const data = { sakId, attachment };
  return {
    correlationId,
    url: `/saker/${sakId}/attachments`,
    body: { attachment },
    streamId: `sak-${sakId}`,
    type: 'AttachmentAdded',
    data,
  };
}

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

async function request(app: AppProcess, token: string, method: string, url: string, body?: object, headers = {}): Promise<Answer> {
  const response = await fetch(`${app.url}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body && JSON.stringify(body),
  });
  // Parsed here, not by response.json(): fetch's objects are of another realm, which isDeepStrictEqual tells apart.
  return { status: response.status, body: JSON.parse(await response.text()) };
}

/** Sends a write; records it as acknowledged on a 201 that says what the write recorded. Any other answer is a problem. */
async function send(app: AppProcess, token: string, write: Write): Promise<string | undefined> {
  ledger.set(write.correlationId, write);
  const { status, body } = await request(app, token, 'POST', write.url, write.body, { 'x-correlation-id': write.correlationId });
  if (status !== 201 || body.streamId !== write.streamId || !isDeepStrictEqual(body.events, [write.type]))
    return `${write.correlationId} ${write.url}: ${status} ${JSON.stringify(body)}`;
  write.acknowledged = { revision: body.revision, position: body.position };
}

/**
 * Eight writers as fast as they can, until the kill: after a random number of acknowledgements and a
 * random few milliseconds more, so it lands mid-request, not just after an answer. Answers that
 * arrive after the kill was sent still count: the app said 201. Returns what went wrong.
 */
async function writeUntilKilled(app: AppProcess, token: string, cycle: number): Promise<string[]> {
  const killAfter = 10 + Math.floor(next() * 140);
  const jitterMs = next() * 30;
  const problems: string[] = [];
  let acks = 0;
  let killed = false;
  const kill = () => {
    killed = true;
    app.child.kill('SIGKILL');
  };
  // Were the writers to stall (they should not), the kill still comes.
  const fallback = setTimeout(kill, 20_000);
  const writer = async () => {
    while (!killed) {
      const problem = await send(app, token, nextWrite(cycle)).catch((error: Error) =>
        // A connection lost to the kill leaves the write unacknowledged; lost before it, something else died.
        killed ? undefined : `lost the connection before the kill: ${String(error.cause ?? error)}; ${app.stderr()}`,
      );
      if (problem) {
        problems.push(`cycle ${cycle}: ${problem}`);
        kill();
      }
      if (killed) return;
      if (++acks === killAfter) setTimeout(kill, jitterMs);
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  clearTimeout(fallback);
  await kill9(app);
  return problems;
}

type Row = { correlationId: string | null; streamId: string; revision: number; position: number; type: string; data: string };

/** The store file as the dead process left it, against the ledger: what is wrong, and which writes it holds. */
function checkStore(cycle: number): string[] {
  const db = new Database(storePath, { readonly: true });
  let integrity: unknown;
  let rows: Row[];
  try {
    integrity = db.pragma('integrity_check', { simple: true });
    rows = db
      .prepare(
        `SELECT json_extract(metadata, '$.correlationId') AS correlationId, stream_id AS streamId, stream_revision AS revision,
                global_position AS position, type, data
         FROM events WHERE stream_id LIKE ? ORDER BY global_position`,
      )
      .all(`%-${BODY}%`) as Row[];
  } finally {
    db.close();
  }
  const problems = integrity === 'ok' ? [] : [`integrity_check: ${String(integrity)}`];
  const at = (row: Row) => `${row.streamId}@${row.revision} (position ${row.position})`;
  present = new Map();
  for (const row of rows) {
    const write = row.correlationId === null ? undefined : ledger.get(row.correlationId);
    if (!write) problems.push(`${at(row)}: ${row.type} of a write never sent (${row.correlationId})`);
    else if (present.has(write.correlationId)) problems.push(`${write.correlationId}: recorded twice, again at ${at(row)}`);
    else {
      present.set(write.correlationId, row.revision);
      let data: unknown;
      try {
        data = JSON.parse(row.data);
      } catch {
        data = row.data;
      }
      if (row.streamId !== write.streamId || row.type !== write.type || !isDeepStrictEqual(data, write.data))
        problems.push(`${write.correlationId}: torn or changed at ${at(row)}: ${row.type} ${row.data}`);
      const ack = write.acknowledged;
      if (ack && (ack.revision !== String(row.revision) || ack.position !== String(row.position)))
        problems.push(`${write.correlationId}: acknowledged at revision ${ack.revision}, position ${ack.position}; stored at ${at(row)}`);
    }
  }
  for (const write of ledger.values())
    if (write.acknowledged && !present.has(write.correlationId))
      problems.push(`${write.correlationId}: acknowledged at ${write.streamId}@${write.acknowledged.revision}, missing`);
  return problems.map((problem) => `after kill ${cycle}: ${problem}`);
}

/** At a start after a kill: the log verifies, and each hot sak's read model lists the attachments the log holds, in order. */
async function checkRestarted(app: AppProcess, token: string, cycle: number): Promise<string[]> {
  const problems: string[] = [];
  const verified = await request(app, token, 'GET', '/audit/verify');
  if (verified.status !== 200 || verified.body.ok !== true)
    problems.push(`/audit/verify: ${verified.status} ${JSON.stringify(verified.body)}`);
  for (const sakId of HOT) {
    const expected = [...ledger.values()]
      .filter((w) => w.streamId === `sak-${sakId}` && w.type === 'AttachmentAdded' && present.has(w.correlationId))
      .sort((a, b) => present.get(a.correlationId)! - present.get(b.correlationId)!)
      .map((w) => (w.data as { attachment: { name: string } }).attachment.name);
    // As on the meeting's day: the saker take effect then, and today the view would not have them yet.
    const view = await request(app, token, 'GET', `/saker/${sakId}?at=2030-01-10`);
    const shown = (view.body.attachments ?? []).map((a: { name: string }) => a.name);
    if (!isDeepStrictEqual(shown, expected))
      problems.push(`/saker/${sakId} shows ${shown.length} attachments, the log holds ${expected.length}: ${JSON.stringify(view.body)}`);
  }
  return problems.map((problem) => `at the start after kill ${cycle}: ${problem}`);
}

it(`keeps every acknowledged write across ${CYCLES} × kill -9 of the app under ${WRITERS} concurrent HTTP writers`, async () => {
  const started = Date.now();
  const token = await apps.token('Kari Nordmann', 'secretariat');
  for (let cycle = 0; cycle <= CYCLES; cycle++) {
    const app = await apps.start();
    try {
      const seen = await readiness(app, (status) => status === 'ready' || status === 'chain-broken');
      expect(seen.at(-1)).toBe('ready');
      if (cycle > 0) expect(await checkRestarted(app, token, cycle - 1)).toEqual([]);
      if (cycle === CYCLES) break;
      if (cycle === 0) {
        // What the writers write to, acknowledged like any other write.
        const setUp = [
          {
            correlationId: 'crash-body',
            url: '/bodies',
            body: { bodyId: BODY, name: 'Testkropp', effectiveAt: '2021-01-01' },
            streamId: `body-${BODY}`,
            type: 'BodyEstablished',
            data: { bodyId: BODY, name: 'Testkropp' },
          },
          {
            correlationId: 'crash-meeting',
            url: '/meetings',
            body: { bodyId: BODY, number: '1/30', date: '2030-01-10' },
            streamId: `meeting-${MEETING}`,
            type: 'MeetingScheduled',
            data: { meetingId: MEETING, number: '1/30', date: '2030-01-10', kind: 'ordinary', bodyId: BODY },
          },
          ...[1, 2, 3].map((n) => ({ correlationId: `crash-hot-${n}`, ...sak(n, `Sak ${n}/30, der alle skriver`) })),
        ];
        for (const write of setUp) expect(await send(app, token, write)).toBeUndefined();
      }
      expect(await writeUntilKilled(app, token, cycle)).toEqual([]);
    } finally {
      await kill9(app);
    }
    expect(checkStore(cycle)).toEqual([]);
  }
  const acknowledged = [...ledger.values()].filter((w) => w.acknowledged).length;
  const unacknowledged = [...ledger.values()].filter((w) => !w.acknowledged);
  const kept = unacknowledged.filter((w) => present.has(w.correlationId)).length;
  // For the record of a run: how much was written and killed, and how long it took.
  console.log(
    `${CYCLES} kills: ${acknowledged} writes acknowledged, ${unacknowledged.length} in flight at a kill ` +
      `(${kept} of them recorded), ${Math.round((Date.now() - started) / 1000)} s`,
  );
  expect(acknowledged).toBeGreaterThanOrEqual(CYCLES * 10);
}, 300_000);
